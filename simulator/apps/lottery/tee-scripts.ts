// lottery.md "Draw frontend / TEE draw-winner" and "TEE scratch-prize": the TEE scripts as the
// off-chain registry holds them (platform.md §5): canonical text, whose SHA-256 the fixture
// registers on chain, and the deterministic implementation.
import { hexOf } from "../../runtime/hex.js";
import { addressOf, intOf, jsonAddress, jsonInt, type JsonObject } from "../../tee/json-value.js";
import type { TeeScript } from "../../tee/script-registry.js";
import { findWinner } from "./frontend.js";
import { scratchPrize, scratchRoll } from "./prize.js";

export const DRAW_WINNER_TEXT = [
  "// miniapp-lottery / draw-winner",
  "function fn(seed, input) {",
  "  const w = be8(sha256(seed)) % BigInt(input.totalTickets);",
  "  const i = binarySearch(input.entries, ([, start, count]) => w < BigInt(start) + BigInt(count));",
  "  return { winningTicket: String(w), entryIndex: String(i), winner: input.entries[i][0] };",
  "}",
].join("\n");

export const SCRATCH_PRIZE_TEXT = [
  "// miniapp-lottery / scratch-prize",
  "function fn(seed, input) {",
  "  const roll = be8(sha256(seed)) % 10000n, p = BigInt(input.ticketPrice);",
  "  const prize = roll < 1n ? min(100n * p, BigInt(input.maxJackpot)) : roll < 11n ? 20n * p : roll < 111n ? 5n * p : roll < 611n ? 2n * p : roll < 1611n ? p : 0n;",
  "  return { prize: String(prize), roll: String(roll) };",
  "}",
].join("\n");

/** Input `{ totalTickets, entries: [[player, startTicket, count], …] }`; the seed must be 32 bytes (platform.md §5). */
export const DRAW_WINNER: TeeScript = {
  text: DRAW_WINNER_TEXT,
  fn: (seed: Uint8Array, input: JsonObject): JsonObject => {
    if (seed.length !== 32) throw new Error("draw-winner: the seed must be 32 bytes");
    const raw = input.entries;
    if (!Array.isArray(raw)) throw new Error("draw-winner: input.entries must be an array");
    const entries = (raw as readonly JsonObject[]).map((e) => ({ player: addressOf(e, "0"), startTicket: intOf(e, "1"), count: intOf(e, "2") }));
    const claim = findWinner(hexOf(seed), entries);
    if (!claim || claim.winningTicket >= intOf(input, "totalTickets")) throw new Error("draw-winner: no tickets");
    return { winningTicket: jsonInt(claim.winningTicket), entryIndex: jsonInt(claim.entryIndex), winner: jsonAddress(claim.winner) };
  },
};

/** Input `{ ticketPrice, maxJackpot }` (getScratchConfigForFrontend) → `{ prize, roll }`. */
export const SCRATCH_PRIZE: TeeScript = {
  text: SCRATCH_PRIZE_TEXT,
  fn: (seed: Uint8Array, input: JsonObject): JsonObject => {
    const s = hexOf(seed);
    return { prize: jsonInt(scratchPrize({ ticketPrice: intOf(input, "ticketPrice"), maxJackpot: intOf(input, "maxJackpot") }, s)), roll: jsonInt(scratchRoll(s)) };
  },
};
