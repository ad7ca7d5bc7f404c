// coin-flip.md "Frontend / TEE flip-coin": the TEE script as the off-chain registry holds it
// (platform.md §5): its canonical text, whose SHA-256 the fixture registers on chain, and its
// deterministic implementation.
import { hexOf } from "../../runtime/hex.js";
import type { JsonObject } from "../../tee/json-value.js";
import type { TeeScript } from "../../tee/script-registry.js";
import { flip } from "./outcome.js";

/** The canonical source of `flip-coin` (input `{ choice }`, seed = the bet's seed). */
export const FLIP_COIN_TEXT = [
  "// miniapp-coinflip / flip-coin",
  "function fn(seed, input) {",
  "  const h = sha256(seed);",
  "  const heads = randLE31(h) % 2n === 0n;",
  "  return { won: heads === input.choice, heads, jackpotRoll: String(randLE31(sha256(h)) % 10000n) };",
  "}",
].join("\n");

export const FLIP_COIN: TeeScript = {
  text: FLIP_COIN_TEXT,
  fn: (seed: Uint8Array, input: JsonObject): JsonObject => {
    if (typeof input.choice !== "boolean") throw new Error("flip-coin: input.choice must be a boolean");
    const f = flip(hexOf(seed), input.choice);
    return { won: f.won, heads: f.heads, jackpotRoll: f.jackpotRoll.toString() };
  },
};
