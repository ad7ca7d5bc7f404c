import { describe, expect, it } from "vitest";
import { flexible, plainDelay } from "./differential-run.js";
import { stepTime } from "./step-time.js";

describe("stepTime", () => {
  it("gives an exact delay its time, sharing or not, planned or not", () => {
    expect(stepTime(1_000n, 5n, true, 700n)).toEqual({ exact: 1_005n });
  });

  it("opens a flexible step's window only while sharing blocks", () => {
    expect(stepTime(1_000n, plainDelay(30_001n), false)).toEqual({ exact: 31_001n });
    expect(stepTime(1_000n, plainDelay(30_001n), true)).toEqual({ earliest: 31_001n, latest: 91_001n });
    expect(stepTime(1_000n, flexible(1n, 60_000n, 1_500n), true)).toEqual({ earliest: 1_001n, latest: 1_500n });
    expect(stepTime(1_000n, flexible(1n, 60_000n, 900n), true)).toEqual({ exact: 1_001n });
  });

  it("replays a planned delay inside the window as it was", () => {
    expect(stepTime(1_000n, plainDelay(30_001n), false, 45_000n)).toEqual({ exact: 46_000n });
    expect(stepTime(1_000n, flexible(1n, 60_000n, 1_500n), false, 500n)).toEqual({ exact: 1_500n });
  });

  // The shrunk Lottery case of stop 21: a payment that asked for 30,001 ms met the 1 ms drawn for
  // another step, and the purchase after it faulted "cooldown active" only because of that.
  it("holds a misaligned planned delay to the step's window", () => {
    expect(stepTime(1_000n, plainDelay(30_001n), false, 1n)).toEqual({ exact: 31_001n });
    expect(stepTime(1_000n, plainDelay(30_001n), true, 200_000n)).toEqual({ exact: 91_001n });
    expect(stepTime(1_000n, flexible(1n, 60_000n, 1_500n), false, 30_001n)).toEqual({ exact: 1_500n });
    expect(stepTime(1_000n, flexible(1n, 60_000n, 900n), false, 30_001n)).toEqual({ exact: 1_001n });
  });
});
