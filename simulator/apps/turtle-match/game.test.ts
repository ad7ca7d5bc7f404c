import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hexOf } from "../../runtime/hex.js";
import { specGame } from "../../../properties/apps/turtle-match/invariants.js";
import { MAX_MATCHES_PER_BOX, MAX_REWARD_PER_BOX } from "./constants.js";
import { game } from "./game.js";
import { TURTLE_MATCH_LOGIC } from "./turtle-match-logic-script.js";

const seed = fc.uint8Array({ minLength: 0, maxLength: 64 });
const boxes = fc.integer({ min: 1, max: 20 });

describe("turtle-match GAME (TM-P3, TM-P7)", () => {
  it("TM-P3: for every seed and 1–20 boxes, matches ≤ 3 × boxes and reward ≤ 185,000,000 × boxes", () => {
    fc.assert(fc.property(seed, boxes, (s, n) => {
      const r = game(hexOf(s), BigInt(n));
      expect(r.matches).toBeGreaterThanOrEqual(0n);
      expect(r.matches).toBeLessThanOrEqual(MAX_MATCHES_PER_BOX * BigInt(n));
      expect(r.reward).toBeLessThanOrEqual(MAX_REWARD_PER_BOX * BigInt(n));
      expect(r.boxes).toHaveLength(n);
    }), { numRuns: 300 });
  });

  it("TM-P7: the model's GAME, the TEE's turtle-match-logic and the spec's text written again agree for arbitrary seeds", () => {
    fc.assert(fc.property(seed, boxes, (s, n) => {
      const r = game(hexOf(s), BigInt(n));
      const tee = TURTLE_MATCH_LOGIC.fn(s, { boxCount: String(n) });
      expect([tee.totalMatches, tee.totalReward]).toEqual([r.matches.toString(), r.reward.toString()]);
      expect(specGame(hexOf(s), n)).toEqual({ matches: r.matches, reward: r.reward });
    }), { numRuns: 300 });
  });

  it("continues the hash chain across boxes: two boxes are not the first box twice", () => {
    const s = hexOf(new Uint8Array(32).fill(7));
    const two = game(s, 2n);
    expect(two.boxes[1]!.colors).not.toEqual(two.boxes[0]!.colors);
    expect(game(s, 1n).boxes[0]).toEqual(two.boxes[0]);
  });
});
