// neo-gacha.md "Frontend calculation / TEE select-item": the TEE script as the off-chain registry
// holds it (platform.md §5): its canonical text, whose SHA-256 the fixture registers on chain, and
// its deterministic implementation.
import { hexOf } from "../../runtime/hex.js";
import { jsonInt, type JsonObject } from "../../tee/json-value.js";
import type { TeeScript } from "../../tee/script-registry.js";
import { selectByWeights } from "./frontend.js";

/** The canonical source of `select-item` (input `{ weights }`, seed = the play's seed). */
export const SELECT_ITEM_TEXT = [
  "// miniapp-neo-gacha / select-item",
  "function fn(seed, input) {",
  "  const w = input.weights.map(BigInt); const W = w.reduce((a, b) => a + b, 0n);",
  "  const roll = randLE31(sha256(seed)) % W; let c = 0n;",
  "  for (let i = 0; i < w.length; i++) { if (roll < c + w[i]) return { selectedIndex: String(i + 1), cumulativeWeightBefore: String(c), availableWeight: String(W), roll: String(roll) }; c += w[i]; }",
  "}",
].join("\n");

export const SELECT_ITEM: TeeScript = {
  text: SELECT_ITEM_TEXT,
  fn: (seed: Uint8Array, input: JsonObject): JsonObject => {
    const weights = input.weights;
    if (!Array.isArray(weights) || weights.some((w) => typeof w !== "string" && typeof w !== "number")) throw new Error("select-item: input.weights must be a list of integers");
    const s = selectByWeights(weights.map((w) => BigInt(w as string | number)), hexOf(seed));
    if (s === null) throw new Error("select-item: the weights sum to 0");
    return { selectedIndex: jsonInt(s.index), cumulativeWeightBefore: jsonInt(s.cumulativeWeightBefore), availableWeight: jsonInt(s.totalWeight), roll: jsonInt(s.roll) };
  },
};
