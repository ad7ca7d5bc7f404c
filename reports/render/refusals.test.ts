import { describe, expect, it } from "vitest";
import { refusals, showRefusals } from "./refusals.js";

describe("refused steps of a property", () => {
  const coverage = {
    "buyKeys → HALT": 60, "buyKeys → FAULT no active round": 30, "buyKeys → FAULT cooldown active": 5,
    "checkAndEndRound → FAULT no active round": 4, "checkAndEndRound → HALT": 1, "getRound → HALT": 100,
  };

  it("counts every FAULT and keeps each method's most frequent message, the largest first", () => {
    const r = refusals(coverage);
    expect(r).toEqual({
      steps: 200, refused: 39,
      leading: [{ method: "buyKeys", message: "no active round", count: 30 }, { method: "checkAndEndRound", message: "no active round", count: 4 }],
    });
    expect(showRefusals(r, 1)).toBe('39 of 200 steps refused (19.5 %); most often: buyKeys "no active round" 30 (15.0 %)');
  });

  it("says nothing was refused when nothing was", () => {
    expect(showRefusals(refusals({ "getRound → HALT": 3 }))).toBe("0 of 3 steps refused (0.0 %)");
    expect(showRefusals(refusals(undefined))).toBe("0 of 0 steps refused (0.0 %)");
  });
});
