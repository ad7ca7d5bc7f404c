import { gasMoved, storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout and constants (time-capsule.md "Storage", devpack.md §4), not the model's logic.
import { FISH_REWARD } from "../../../simulator/apps/time-capsule/constants.js";
import { PREFIX_CAPSULE, PREFIX_PUBLIC_CAPSULES, PREFIX_TOTAL_FISHED, PREFIX_TOTAL_REVEALED } from "../../../simulator/apps/time-capsule/storage-keys.js";
import { PREFIX_ITEM_COUNTER, PREFIX_REVEALED, PREFIX_UNLOCK_TIME } from "../../../simulator/bases/mini-app-time-lock-base.js";
import { bytesOfInt } from "../../../simulator/runtime/integer-bytes.js";

const LABEL = "TimeCapsule";

interface Observed {
  readonly id: Hex;
  readonly isPublic: boolean;
  readonly isRevealed: boolean;
  readonly unlockTime: bigint;
}

const flag = (i: StackItem | undefined) => (i?.type === "Boolean" ? i.value : i?.type === "Integer" && i.value !== 0n);
const int = (i: StackItem | undefined) => (i?.type === "Integer" ? i.value : 0n);

/** Every Capsule record at 40‖bytes(id), read from the chain's storage: [.., UnlockTime(4), .., IsPublic(6), IsRevealed(7), ..]. */
function capsules(s: readonly StorageEntry[]): Observed[] {
  return s.filter((e) => e.keyHex.startsWith(PREFIX_CAPSULE) && e.keyHex.length > 2).map((e) => {
    const r = deserialize(e.valueHex as Hex);
    const items = r.type === "Struct" || r.type === "Array" ? r.items : [];
    return { id: e.keyHex.slice(2), isPublic: flag(items[6]), isRevealed: flag(items[7]), unlockTime: int(items[4]) };
  });
}

/**
 * TC-P3 from the chain alone: a capsule is revealed at most once (no second CapsuleRevealed for an
 * id, counted from the world's start); `43` = #revealed records; `44` = Σ CapsuleFished so far;
 * `42` = #public records.
 */
function revealAccounting(): ChainInvariant {
  const revealed = new Set<string>();
  let fished0 = 0n;
  let fished = 0n;
  return {
    id: "TC-P3",
    start(initial, observed) {
      const s = storageOf(initial, observed, LABEL);
      fished0 = storedInt(s, PREFIX_TOTAL_FISHED);
      for (const c of capsules(s)) if (c.isRevealed) revealed.add(c.id);
    },
    check({ outcome, observation, observed }: ChainStep) {
      const problems: string[] = [];
      if (outcome.state === "HALT") {
        for (const n of outcome.notifications) {
          const id = n.args[0];
          if (n.eventName === "CapsuleRevealed" && id?.type === "Integer") {
            const key = bytesOfInt(id.value);
            if (revealed.has(key)) problems.push(`capsule ${id.value} revealed a second time`);
            revealed.add(key);
          }
          if (n.eventName === "CapsuleFished") fished += 1n;
        }
      }
      const s = storageOf(observation, observed, LABEL);
      const records = capsules(s);
      const nRevealed = BigInt(records.filter((c) => c.isRevealed).length);
      const nPublic = BigInt(records.filter((c) => c.isPublic).length);
      if (storedInt(s, PREFIX_TOTAL_REVEALED) !== nRevealed) problems.push(`43 = ${storedInt(s, PREFIX_TOTAL_REVEALED)}, but ${nRevealed} capsules are revealed`);
      if (storedInt(s, PREFIX_TOTAL_FISHED) !== fished0 + fished) problems.push(`44 = ${storedInt(s, PREFIX_TOTAL_FISHED)}, but ${fished} CapsuleFished were emitted since the start (44 was ${fished0})`);
      if (storedInt(s, PREFIX_PUBLIC_CAPSULES) !== nPublic) problems.push(`42 = ${storedInt(s, PREFIX_PUBLIC_CAPSULES)}, but ${nPublic} capsules are public`);
      return problems;
    },
  };
}

/** TC-P4: each fish pays exactly FISH_REWARD from the app: the step's GAS out of the app = #CapsuleFished × FISH_REWARD, each announcing FISH_REWARD. */
function fishReward(app: string): ChainInvariant {
  return {
    id: "TC-P4",
    check({ outcome }: ChainStep) {
      if (outcome.state !== "HALT") return [];
      const fishes = outcome.notifications.filter((n) => n.eventName === "CapsuleFished");
      const paid = gasMoved(outcome, app).paid;
      const problems = fishes.filter((n) => int(n.args[2]) !== FISH_REWARD).map((n) => `CapsuleFished announced ${int(n.args[2])}, not ${FISH_REWARD}`);
      if (paid !== BigInt(fishes.length) * FISH_REWARD) problems.push(`the app paid out ${paid} GAS datoshi for ${fishes.length} fishes`);
      return problems;
    },
  };
}

/** TC-P6 from storage: 1C‖id = UnlockTime and 1D‖id present ⇔ IsRevealed for every capsule; 1E = #capsules. */
function timeLockMirrors(): ChainInvariant {
  return {
    id: "TC-P6",
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const records = capsules(s);
      const problems: string[] = [];
      if (storedInt(s, PREFIX_ITEM_COUNTER) !== BigInt(records.length)) problems.push(`1E = ${storedInt(s, PREFIX_ITEM_COUNTER)}, but ${records.length} capsules are stored`);
      for (const c of records) {
        if (storedInt(s, PREFIX_UNLOCK_TIME + c.id) !== c.unlockTime) problems.push(`1C‖${c.id} = ${storedInt(s, PREFIX_UNLOCK_TIME + c.id)}, UnlockTime ${c.unlockTime}`);
        if (s.some((e) => e.keyHex === PREFIX_REVEALED + c.id) !== c.isRevealed) problems.push(`1D‖${c.id} and IsRevealed = ${c.isRevealed} disagree`);
      }
      return problems;
    },
  };
}

/**
 * TimeCapsule's accounting invariants, checked from the chain's state after every step without the
 * model: TC-P3, TC-P4, TC-P6 and G7 with `44 × FISH_REWARD` as the book of payouts (GAS leaves
 * the app only as fish rewards).
 */
export function capsuleInvariants(app: string): ChainInvariant[] {
  return [revealAccounting(), fishReward(app), timeLockMirrors(), g7Conservation({ label: LABEL, hash: app }, (s) => storedInt(s, PREFIX_TOTAL_FISHED) * FISH_REWARD)];
}
