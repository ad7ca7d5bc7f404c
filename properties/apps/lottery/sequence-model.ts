import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import { SCRIPT_DRAW, SCRIPT_SCRATCH } from "../../../simulator/apps/lottery/constants.js";
import { findWinner, readEntry, readRound, readScratchTicket, type WinnerClaim } from "../../../simulator/apps/lottery/frontend.js";
import type { Entry, Round, ScratchTicket } from "../../../simulator/apps/lottery/records.js";
import { appBySlug } from "../../../simulator/registry.js";
import type { Hash160Le } from "../../../simulator/runtime/hash160.js";
import { intItem } from "../../../simulator/runtime/items.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import { registeredScriptHash } from "../../../simulator/tee/script-texts.js";

/**
 * What the commands of a Lottery sequence know: the pay-then-act state, the app's and the
 * gateway's hashes, the RNG worker watching the gateway, the scratch tickets the frontend saw
 * (owner, and the seed of ScratchTicketInitiated for hybrid ones) and the accounts' names by
 * little-endian hash. Everything else it reads, as a frontend would, from the getters.
 */
export interface LotterySequence extends PaidSequence {
  readonly app: string;
  readonly gateway: string;
  readonly pauseRegistry: string;
  readonly rng: RngService;
  /** The RNG worker's fixture seed (its default result's constant, platform.md §4). */
  readonly rngSeed: string;
  readonly scratch: Map<bigint, { readonly player: string; readonly seed?: string }>;
  readonly names: ReadonlyMap<Hash160Le, string>;
  /** The block time of the last RNG draw request (4C as the frontend sees it: DrawInitiated's block). */
  drawAt?: bigint;
}

export const honestDrawHash = (): string => registeredScriptHash(appBySlug("lottery")!, SCRIPT_DRAW);
export const honestScratchHash = (): string => registeredScriptHash(appBySlug("lottery")!, SCRIPT_SCRATCH);

/** A getter of the app on the model, at the time a test invocation would see (T_last + 15 s). */
export function getter(m: LotterySequence, method: string, ...args: StackItem[]): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args }, m.time + 15_000n);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}

const int = (item: StackItem): bigint => (item.type === "Integer" ? item.value : 0n);

export const currentRound = (m: LotterySequence): Round => readRound(getter(m, "getRound", intItem(int(getter(m, "currentRound")))))!;

/** The round's entries, read one by one with getRoundEntry (O(1) each), as the frontend rebuilds the cumulative index. */
export function roundEntries(m: LotterySequence, r: Round): Entry[] {
  return Array.from({ length: Number(r.entryCount) }, (_, i) => readEntry(getter(m, "getRoundEntry", intItem(r.id), intItem(BigInt(i))))!);
}

/** The honest claim for the current round's stored randomness (null while none is stored). */
export function honestClaim(m: LotterySequence): { readonly round: Round; readonly entries: Entry[]; readonly claim: WinnerClaim } | null {
  const round = currentRound(m);
  const randomness = getter(m, "getRoundRandomness", intItem(round.id));
  if (randomness.type !== "ByteString") return null;
  const entries = roundEntries(m, round);
  const claim = findWinner(randomness.hex, entries);
  return claim ? { round, entries, claim } : null;
}

export const isDrawPending = (m: LotterySequence): boolean => {
  const p = getter(m, "isDrawPending");
  return p.type === "Boolean" && p.value;
};

export const scratchTicket = (m: LotterySequence, id: bigint): ScratchTicket | null => readScratchTicket(getter(m, "getScratchTicket", intItem(id)));

export const scratchCount = (m: LotterySequence): bigint => BigInt(m.scratch.size);

/** The newest seen scratch ticket matching `ok`, if any. */
export function newestTicket(m: LotterySequence, ok: (t: ScratchTicket, owner: string, seed?: string) => boolean): bigint | undefined {
  for (const [id, s] of [...m.scratch].reverse()) {
    const t = scratchTicket(m, id);
    if (t && ok(t, s.player, s.seed)) return id;
  }
  return undefined;
}
