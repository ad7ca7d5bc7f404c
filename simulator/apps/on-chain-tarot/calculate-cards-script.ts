// on-chain-tarot.md "Frontend / TEE calculate-cards": the TEE script as the off-chain registry
// holds it (platform.md §5): its canonical text, whose SHA-256 the fixture registers on chain, and
// its deterministic implementation, exactly CARDS.
import { hexOf } from "../../runtime/hex.js";
import { intOf, jsonInt } from "../../tee/json-value.js";
import type { TeeScript } from "../../tee/script-registry.js";
import { cards } from "./cards.js";

/** The canonical source of `calculate-cards` (input `{ cardCount }`, seed = the reading's seed). */
export const CALCULATE_CARDS_TEXT = [
  "// miniapp-onchaintarot / calculate-cards",
  "function fn(seed, input) {",
  "  const drawn = []; let h = seed;",
  "  for (let j = 0n; drawn.length < Number(input.cardCount); j++) {",
  "    h = sha256(concat(h, intBytesLE(j)));",
  "    const c = beN(h, 4) % 78n;",
  "    if (!drawn.includes(c)) drawn.push(c);",
  "  }",
  "  return { cards: drawn.map(String) };",
  "}",
].join("\n");

export const CALCULATE_CARDS: TeeScript = {
  text: CALCULATE_CARDS_TEXT,
  fn: (seed, input) => {
    const count = intOf(input, "cardCount");
    if (count < 1n || count > 10n) throw new Error("calculate-cards: cardCount must be 1–10");
    return { cards: cards(hexOf(seed), count).map(jsonInt) };
  },
};
