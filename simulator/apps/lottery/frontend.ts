import type { Hash160Le } from "../../runtime/hash160.js";
import type { Hex } from "../../runtime/hex.js";
import { fieldItems, hash160Field, intField } from "../../runtime/record-fields.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { scratchPrize, winningTicket, type PrizeConfig } from "./prize.js";
import { entryOf, roundOf, scratchOf, type Entry, type Round, type ScratchTicket } from "./records.js";

/**
 * The frontend's off-chain calculations (lottery.md "Draw frontend / TEE draw-winner" and
 * "Scratch tickets"), as pure functions of what a frontend reads: getters (getRound,
 * getRoundEntry, getRoundRandomness, getScratchTicket, getScratchConfigForFrontend) and
 * notifications (TicketPurchased, ScratchTicketInitiated).
 */

export interface WinnerClaim {
  readonly winningTicket: bigint;
  /** Round-relative index of the entry holding the winning ticket. */
  readonly entryIndex: bigint;
  readonly winner: Hash160Le;
}

/** w = beN(H(R), 8) mod T, then a binary search of the cumulative index (entries in purchase order). Null without tickets. */
export function findWinner(randomness: Hex, entries: readonly Entry[]): WinnerClaim | null {
  const total = entries.reduce((t, e) => t + e.count, 0n);
  if (total === 0n) return null;
  const w = winningTicket(randomness, total);
  let lo = 0, hi = entries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid]!;
    if (w < e.startTicket + e.count) hi = mid;
    else lo = mid + 1;
  }
  return { winningTicket: w, entryIndex: BigInt(lo), winner: entries[lo]!.player };
}

/** SP(cfg, seed) from getScratchConfigForFrontend's ticketPrice and maxJackpot. */
export const frontendScratchPrize = (cfg: PrizeConfig, seed: Hex): bigint => scratchPrize(cfg, seed);

/** The unscratched tickets among those read one by one with getScratchTicket, in list order (≡ getPlayerUnrevealedTickets). */
export const unrevealed = (tickets: readonly ScratchTicket[]): ScratchTicket[] => tickets.filter((t) => !t.scratched);

/** getRound / getRoundEntry / getScratchTicket results (null for a null result). */
export const readRound = (item: StackItem | undefined): Round | null => (item && item.type !== "Any" ? roundOf(item) : null);
export const readEntry = (item: StackItem | undefined): Entry | null => (item && item.type !== "Any" ? entryOf(item) : null);
export const readScratchTicket = (item: StackItem | undefined): ScratchTicket | null => (item && item.type !== "Any" ? scratchOf(item) : null);

/** getScratchConfigForFrontend's Map (null for an empty Map: a type outside 0–5). */
export function readScratchConfig(item: StackItem): (PrizeConfig & { readonly enabled: boolean; readonly isInstant: boolean }) | null {
  if (item.type !== "Map" || item.entries.length === 0) return null;
  const v = new Map<string, StackItem>();
  for (const [k, x] of item.entries) if (k.type === "ByteString") v.set(Buffer.from(k.hex, "hex").toString("utf8"), x);
  const int = (k: string) => { const x = v.get(k); return x?.type === "Integer" ? x.value : 0n; };
  const bool = (k: string) => { const x = v.get(k); return x?.type === "Boolean" && x.value; };
  return { ticketPrice: int("ticketPrice"), maxJackpot: int("maxJackpot"), enabled: bool("enabled"), isInstant: bool("isInstant") };
}

/** getRoundParticipantsForFrontend's positional arrays, as entries [participants[i], startTickets[i], cumulativeSums[i] − startTickets[i]]. */
export function readParticipants(item: StackItem): Entry[] | null {
  if (item.type !== "Map" || item.entries.length === 0) return null;
  const v = new Map<string, StackItem>();
  for (const [k, x] of item.entries) if (k.type === "ByteString") v.set(Buffer.from(k.hex, "hex").toString("utf8"), x);
  const list = (k: string) => fieldItems(v.get(k) ?? { type: "Array", items: [] });
  const players = list("participants"), starts = list("startTickets"), sums = list("cumulativeSums");
  const holder = (i: number) => ({ type: "Array" as const, items: [players[i]!, starts[i]!, sums[i]!] });
  return players.map((_, i) => ({ player: hash160Field(holder(i), 0), startTicket: intField(holder(i), 1), count: intField(holder(i), 2) - intField(holder(i), 1) }));
}
