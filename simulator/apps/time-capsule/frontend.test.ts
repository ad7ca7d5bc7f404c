import { describe, expect, it } from "vitest";
import { fishableIds, pick, type FishStatus } from "./frontend.js";

const open = (unlockTime = 0n): FishStatus => ({ exists: true, isPublic: true, isRevealed: false, unlockTime, currentTime: 0n });
const closed: FishStatus = { exists: true, isPublic: false, isRevealed: false, unlockTime: 0n, currentTime: 0n };
const revealed: FishStatus = { exists: true, isPublic: true, isRevealed: true, unlockTime: 0n, currentTime: 0n };

describe("TimeCapsule frontend search", () => {
  it("pick scans cyclically from (now mod N) + 1, as the deprecated fish does", () => {
    const s = [open(), open(), open()];
    expect(pick(s, 3n, 4n)).toBe(2n); // start = 4 mod 3 + 1 = 2
    expect(pick(s, 3n, 5n)).toBe(3n);
    expect(pick(s, 3n, 6n)).toBe(1n);
    expect(pick([open(), closed, revealed], 3n, 4n)).toBe(1n); // 2 private, 3 revealed: wraps to 1
  });

  it("takes the unlock time at the block's now: fishable from now = UnlockTime, not at UnlockTime − 1", () => {
    expect(pick([open(1_000n)], 1n, 999n)).toBeUndefined();
    expect(pick([open(1_000n)], 1n, 1_000n)).toBe(1n);
    expect(fishableIds([open(1_000n), open(), closed], 999n)).toEqual([2n]);
  });

  it("finds nothing without capsules or fishable ones (fish then faults)", () => {
    expect(pick([], 0n, 5n)).toBeUndefined();
    expect(pick([closed, revealed, { exists: false }], 3n, 5n)).toBeUndefined();
  });

  it("the worst case of the GAS series: T ≡ 0 (mod n) puts capsule n last in the scan", () => {
    for (const n of [1, 10, 100, 1_000]) {
      // The scan starts at 1 (every capsule fishable: the first visited is chosen), so n comes last …
      expect(pick(Array.from({ length: n }, () => open()), BigInt(n), 1_796_000_000_000n)).toBe(1n);
      // … and is found when it is the only fishable one.
      expect(pick(Array.from({ length: n }, (_, i) => (i === n - 1 ? open() : closed)), BigInt(n), 1_796_000_000_000n)).toBe(BigInt(n));
    }
  });
});
