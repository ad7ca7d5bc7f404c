// turtle-match.md "Frontend / TEE turtle-match-logic": the TEE script as the off-chain registry
// holds it (platform.md §5): its canonical text, whose SHA-256 the fixture registers on chain, and
// its deterministic implementation.
import { hexOf } from "../../runtime/hex.js";
import { intOf, jsonInt, type JsonObject } from "../../tee/json-value.js";
import type { TeeScript } from "../../tee/script-registry.js";
import { MAX_BOXES } from "./constants.js";
import { game } from "./game.js";

/** The canonical source of `turtle-match-logic` (input `{ boxCount }`, seed = the session's seed). */
export const TURTLE_MATCH_LOGIC_TEXT = [
  "// miniapp-turtle-match / turtle-match-logic",
  "const ODDS = [20, 40, 58, 73, 85, 93, 98, 100];",
  "const REWARDS = [15000000n, 15000000n, 18000000n, 20000000n, 25000000n, 35000000n, 50000000n, 100000000n];",
  "function fn(seed, input) {",
  "  let s = seed, totalMatches = 0n, totalReward = 0n; const boxes = [];",
  "  for (let b = 0; b < Number(input.boxCount); b++) {",
  "    const counts = new Array(8).fill(0), colors = [];",
  "    for (let i = 0; i < 9; i++) { s = sha256(s); const r = Number(randLE31(s) % 100n); const c = ODDS.findIndex((o) => r < o); counts[c]++; colors.push(c); }",
  "    const matchedColors = [0, 1, 2, 3, 4, 5, 6, 7].filter((c) => counts[c] >= 3);",
  "    for (const c of matchedColors) { totalMatches += 1n; totalReward += REWARDS[c]; }",
  "    boxes.push({ colors, matchedColors });",
  "  }",
  "  return { totalMatches: String(totalMatches), totalReward: String(totalReward), boxes };",
  "}",
].join("\n");

export const TURTLE_MATCH_LOGIC: TeeScript = {
  text: TURTLE_MATCH_LOGIC_TEXT,
  fn: (seed: Uint8Array, input: JsonObject): JsonObject => {
    const boxCount = intOf(input, "boxCount");
    if (boxCount < 1n || boxCount > MAX_BOXES) throw new Error(`turtle-match-logic: input.boxCount ${boxCount} outside 1..${MAX_BOXES}`);
    const r = game(hexOf(seed), boxCount);
    return {
      totalMatches: jsonInt(r.matches), totalReward: jsonInt(r.reward),
      boxes: r.boxes.map((b) => ({ colors: [...b.colors], matchedColors: [...b.matchedColors] })),
    };
  },
};
