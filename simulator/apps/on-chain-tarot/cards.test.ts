import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bytesOfHex } from "../../runtime/hex.js";
import { cards } from "./cards.js";
import { CALCULATE_CARDS } from "./calculate-cards-script.js";

const seed = fc.uint8Array({ minLength: 0, maxLength: 48 });
const count = fc.constantFrom(1n, 3n, 5n, 10n).chain((c) => fc.oneof(fc.constant(c), fc.bigInt({ min: 1n, max: 10n })));

/** CARDS written again from the spec's text, on byte arrays (bytes(j) little-endian, minimal). */
function specCards(x: Uint8Array, n: number): number[] {
  const drawn: number[] = [];
  let h = Buffer.from(x);
  for (let j = 0; drawn.length < n; j++) {
    const bj: number[] = [];
    for (let v = j; v > 0; v >>= 8) bj.push(v & 0xff);
    if (bj.length > 0 && (bj.at(-1)! & 0x80) !== 0) bj.push(0);
    h = createHash("sha256").update(Buffer.concat([h, Buffer.from(bj)])).digest();
    const c = h.readUInt32BE(0) % 78;
    if (!drawn.includes(c)) drawn.push(c);
  }
  return drawn;
}

describe("OnChainTarot CARDS", () => {
  it("TA-P3 in the model: count(spread) pairwise-distinct cards in 0..77, as the spec's text draws them; the TEE fn returns them", () => {
    fc.assert(fc.property(seed, count, (x, n) => {
      const hex = Buffer.from(x).toString("hex");
      const c = cards(hex, n);
      expect(c).toHaveLength(Number(n));
      expect(new Set(c).size).toBe(c.length);
      for (const v of c) expect(v >= 0n && v <= 77n).toBe(true);
      expect(c.map(Number)).toEqual(specCards(x, Number(n)));
      expect(CALCULATE_CARDS.fn(bytesOfHex(hex), { cardCount: n.toString() })).toEqual({ cards: c.map(String) });
    }), { numRuns: 300 });
  });

  it("the first draw hashes the seed alone (bytes(0) is empty) and a shorter spread is a prefix of a longer one", () => {
    const x = "00112233";
    const first = BigInt(`0x${createHash("sha256").update(Buffer.from(x, "hex")).digest("hex").slice(0, 8)}`) % 78n;
    expect(cards(x, 1n)).toEqual([first]);
    expect(cards(x, 10n).slice(0, 5)).toEqual(cards(x, 5n));
  });
});
