import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
// The spec's storage layout (doomsday-clock.md "Storage"), not the model's logic.
import { PREFIX_CARRY_OVER, PREFIX_CURRENT_ROUND, PREFIX_TOTAL_PRIZES_PAID, roundKey } from "../../../simulator/apps/doomsday-clock/storage-keys.js";

const LABEL = "DoomsdayClock";

/** `44`, total prizes paid. */
const prizesPaid = (s: readonly StorageEntry[]) => storedInt(s, PREFIX_TOTAL_PRIZES_PAID);

/** The current round's Pot when it is active, else 0 (Round: [Id, StartTime, EndTime, Pot, …, Active, Settled]). */
function activePot(s: readonly StorageEntry[]): bigint {
  if (!s.some((e) => e.keyHex === PREFIX_CURRENT_ROUND)) return 0n;
  const record = s.find((e) => e.keyHex === roundKey(storedInt(s, PREFIX_CURRENT_ROUND)));
  if (!record) return 0n;
  const round = deserialize(record.valueHex as Hex);
  if (round.type !== "Struct" && round.type !== "Array") return 0n;
  const [pot, active] = [round.items[3], round.items[8]];
  const isActive = active?.type === "Boolean" ? active.value : active?.type === "Integer" && active.value !== 0n;
  return isActive && pot?.type === "Integer" ? pot.value : 0n;
}

/**
 * DD-P5 from the chain alone: every pot contribution a KeysPurchased event announced is, at every
 * moment, either paid out (`44`), carried over (`45`) or in the active round's Pot:
 * `44 + 45 + (r.Pot if r.Active) = Σ pc`, counted from the world's start.
 */
function potAccounting(): ChainInvariant {
  let base = 0n;
  let contributed = 0n;
  const held = (s: readonly StorageEntry[]) => prizesPaid(s) + storedInt(s, PREFIX_CARRY_OVER) + activePot(s);
  return {
    id: "DD-P5",
    start(initial, observed) {
      base = held(storageOf(initial, observed, LABEL));
    },
    check({ outcome, observation, observed }: ChainStep) {
      if (outcome.state === "HALT") {
        for (const n of outcome.notifications) {
          const pc = n.args[2];
          if (n.eventName === "KeysPurchased" && pc?.type === "Integer") contributed += pc.value;
        }
      }
      const storage = storageOf(observation, observed, LABEL);
      const now = held(storage);
      return now === base + contributed ? [] : [`44 + 45 + active Pot = ${now}, but the world started with ${base} and KeysPurchased announced Σ pc = ${contributed}`];
    },
  };
}

/**
 * DoomsdayClock's accounting invariants, checked from the chain's state after every step
 * without the model: DD-P5 (pots) and G7 with `44` as the book of payouts ("GAS leaves the app
 * only as prizes: app GAS balance = funding + Σ GAS sent to the app − 44").
 */
export function doomsdayInvariants(app: string): ChainInvariant[] {
  return [potAccounting(), g7Conservation({ label: LABEL, hash: app }, prizesPaid)];
}
