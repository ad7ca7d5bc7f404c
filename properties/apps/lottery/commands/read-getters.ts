import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import { findWinner, readEntry, readParticipants, readScratchConfig, readScratchTicket } from "../../../../simulator/apps/lottery/frontend.js";
import { scratchPrize, scratchRoll } from "../../../../simulator/apps/lottery/prize.js";
import type { Entry } from "../../../../simulator/apps/lottery/records.js";
import { bytesOfInt } from "../../../../simulator/runtime/integer-bytes.js";
import { intItem } from "../../../../simulator/runtime/items.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import type { StackItem } from "../../../../simulator/runtime/stack-item.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { ReadStep } from "../../../patterns/call-step/call-step.js";
import { PerturbationError } from "../../../patterns/frontend-perturbation/perturbation-error.js";
import { currentRound, getter, type LotterySequence } from "../sequence-model.js";

/** The rolls LO-P7 names: each tier's first and last (roll hits 0, 1, 10, 11, 110, 111, 610, 611, 1610, 1611). */
export const TIER_ROLLS = [0n, 1n, 10n, 11n, 110n, 111n, 610n, 611n, 1610n, 1611n] as const;
let tierSeeds: Map<bigint, string> | undefined;

/** 32-byte seeds bytes(i) padded, the first with each of TIER_ROLLS's rolls (searched once). */
export function tierSeed(roll: bigint): string {
  if (!tierSeeds) {
    tierSeeds = new Map();
    for (let i = 0n; tierSeeds.size < TIER_ROLLS.length; i++) {
      const s = bytesOfInt(i).padEnd(64, "0");
      const r = scratchRoll(s);
      if ((TIER_ROLLS as readonly bigint[]).includes(r) && !tierSeeds.has(r)) tierSeeds.set(r, s);
    }
  }
  return tierSeeds.get(roll)!;
}

interface Check {
  readonly call: ContractCall;
  readonly label: string;
  /** The spec's answer, computed from what the frontend read before (not from this call). */
  readonly expected: (outcomes: readonly Outcome[]) => StackItem | "skip";
}

const show = (x: unknown) => JSON.stringify(x, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

/**
 * G6 plain reads and the O(1) ↔ O(n) getter pairs with the spec as a third party:
 * - LO-P7: calculatePrizeFromSeed(type, s) = SP(cfg(type), s) for a seed at each tier boundary and a
 *   random one, 0 outside 0–5;
 * - getRoundEntry ↔ getRoundParticipantsForFrontend for `round` (the current one, an older one or an
 *   absent one) at i = −1, 0, k − 1, k, k + 1 (k a cumulative boundary), EntryCount − 1, EntryCount;
 * - selectWinner(r, R) = the frontend's binary search over the cumulative index (R: the stored
 *   randomness, else `randomness`);
 * - getPlayerUnrevealedTickets(player) = the unscratched ones among getScratchTicket(id) of the
 *   player's seen tickets, in order.
 */
export function readStep(roundDelta: bigint, type: bigint, tierPick: number, randomness: string, player: string, k: number): ReadStep<LotterySequence> {
  let checks: Check[] = [];
  return new ReadStep<LotterySequence>(`getters(round ${roundDelta === 0n ? "current" : roundDelta}, type ${type}, ${player})`, (m, r) => {
    checks = plan(m, r, roundDelta, type, tierPick, randomness, player, k);
    return checks.map((c) => c.call);
  }, (_m, outcomes) => {
    checks.forEach((c, i) => {
      const want = c.expected(outcomes);
      const o = outcomes[i]!;
      if (want === "skip") return;
      const got = o.state === "HALT" ? o.stack[0] : undefined;
      if (!got || show(got) !== show(want)) throw new PerturbationError(c.label, show(want), o.state === "HALT" ? show(got) : `FAULT ${o.exception}`);
    });
  });
}

const entryItem = (e: Entry): StackItem => ({ type: "Struct", items: [{ type: "ByteString", hex: e.player }, { type: "Integer", value: e.startTicket }, { type: "Integer", value: e.count }] });

function plan(m: LotterySequence, r: Parameters<typeof chainActor>[0], roundDelta: bigint, type: bigint, tierPick: number, randomness: string, player: string, k: number): Check[] {
  const call = (method: string, ...args: ReturnType<typeof arg.int>[]): ContractCall => ({ contract: m.app, method, args });
  const checks: Check[] = [];
  const plain = (method: string, ...args: ReturnType<typeof arg.int>[]) => checks.push({ call: call(method, ...args), label: method, expected: () => "skip" });
  // LO-P7 against the frontend's config read.
  const cfg = readScratchConfig(getter(m, "getScratchConfigForFrontend", intItem(type)));
  // Every tier boundary, the picked one first, then a random seed.
  const seeds = [...TIER_ROLLS.map((_, i) => tierSeed(TIER_ROLLS[(tierPick + i) % TIER_ROLLS.length]!)), randomness];
  for (const s of seeds) {
    checks.push({ call: call("calculatePrizeFromSeed", arg.int(type), arg.bytes(s)), label: `calculatePrizeFromSeed(${type}, roll ${scratchRoll(s)})`, expected: () => ({ type: "Integer", value: cfg ? scratchPrize(cfg, s) : 0n }) });
  }
  // getRoundEntry ↔ getRoundParticipantsForFrontend.
  const current = currentRound(m);
  const roundId = current.id + roundDelta;
  const participantsAt = checks.length;
  checks.push({ call: call("getRoundParticipantsForFrontend", arg.int(roundId)), label: `getRoundParticipantsForFrontend(${roundId})`, expected: () => "skip" });
  const view = (outcomes: readonly Outcome[]) => {
    const o = outcomes[participantsAt]!;
    return o.state === "HALT" ? readParticipants(o.stack[0]!) : null;
  };
  const entries = Array.from({ length: Number(roundDelta === 0n ? current.entryCount : 0n) }, (_, i) => readEntry(getter(m, "getRoundEntry", intItem(roundId), intItem(BigInt(i))))!);
  const n = roundDelta === 0n ? entries.length : Number((readEntryCount(m, roundId)));
  const boundary = n > 0 ? k % n : 0;
  for (const i of new Set([-1, 0, boundary - 1, boundary, boundary + 1, n - 1, n])) {
    checks.push({
      call: call("getRoundEntry", arg.int(roundId), arg.int(i)), label: `getRoundEntry(${roundId}, ${i}) vs getRoundParticipantsForFrontend`,
      expected: (outcomes) => {
        const all = view(outcomes);
        const e = all && i >= 0 && i < all.length ? all[i]! : undefined;
        return e ? entryItem(e) : { type: "Any" };
      },
    });
  }
  // selectWinner ≡ the frontend's search (the current round).
  const stored = getter(m, "getRoundRandomness", intItem(current.id));
  const R = stored.type === "ByteString" ? stored.hex : randomness;
  const claim = findWinner(R, roundDelta === 0n ? entries : []);
  if (roundDelta === 0n) checks.push({ call: call("selectWinner", arg.int(current.id), arg.bytes(R)), label: `selectWinner(${current.id}, R)`, expected: () => (claim ? { type: "ByteString", hex: claim.winner } : { type: "Any" }) });
  // getPlayerUnrevealedTickets ≡ filtering getScratchTicket.
  const ids = [...m.scratch].filter(([, s]) => s.player === player).map(([id]) => id).sort((a, b) => (a < b ? -1 : 1));
  const want = ids.map((id) => getter(m, "getScratchTicket", intItem(id))).filter((t) => readScratchTicket(t)?.scratched === false);
  const who = arg.hash160(chainActor(r, player).scriptHash);
  checks.push({ call: call("getPlayerUnrevealedTickets", who), label: `getPlayerUnrevealedTickets(${player})`, expected: () => ({ type: "Array", items: want }) });
  // Plain reads (G6): compared model ≡ chain.
  plain("getLotteryConfig", arg.int(type));
  plain("getPrizeTiers", arg.int(type));
  plain("getScratchConfigForFrontend", arg.int(type));
  plain("getLotteryConstants");
  plain("getRound", arg.int(roundId));
  plain("getRoundRandomness", arg.int(roundId));
  plain("currentRound");
  plain("totalPrizesDistributed");
  plain("isDrawPending");
  plain("getPlayerTickets", who, arg.int(roundId));
  plain("getPlayerScratchCount", who);
  plain("getScratchTicket", arg.int(ids.at(-1) ?? 1n));
  plain("getGameBetLimits");
  return checks;
}

function readEntryCount(m: LotterySequence, roundId: bigint): bigint {
  const round = getter(m, "getRound", intItem(roundId));
  return round.type === "Struct" || round.type === "Array" ? (round.items[7]?.type === "Integer" ? round.items[7].value : 0n) : 0n;
}
