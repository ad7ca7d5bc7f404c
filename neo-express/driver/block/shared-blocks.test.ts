import { describe, expect, it } from "vitest";
import { choose, type BlockTime } from "./shared-blocks.js";

const at = (id: number, when: BlockTime) => ({ seat: { id }, when });

describe("the next shared block (choose)", () => {
  it("takes the earliest exact time, with every step asked for it and every window that holds it", () => {
    const r = choose([at(2, { exact: 1_050n }), at(0, { exact: 1_001n }), at(1, { exact: 1_001n }), at(3, { earliest: 990n, latest: 1_060n })], 1_000n);
    expect(r.time).toBe(1_001n);
    expect(r.members.map((m) => m.seat.id)).toEqual([0, 1, 3]);
  });

  it("gathers flexible steps at the latest start among the windows that hold the most urgent deadline", () => {
    const r = choose([at(0, { earliest: 1_010n, latest: 1_070n }), at(1, { earliest: 1_060n, latest: 1_120n }), at(2, { earliest: 1_080n, latest: 1_140n }), at(3, { exact: 5_000n })], 1_000n);
    expect(r.time).toBe(1_060n);
    expect(r.members.map((m) => m.seat.id)).toEqual([0, 1]);
  });

  it("never passes an exact time: flexible steps wait for it or go with it", () => {
    const r = choose([at(0, { earliest: 1_010n, latest: 1_070n }), at(1, { exact: 1_030n })], 1_000n);
    expect(r.time).toBe(1_030n);
    expect(r.members.map((m) => m.seat.id)).toEqual([0, 1]);
  });

  it("keeps every block after the tip, and refuses an exact time the tip has passed", () => {
    expect(choose([at(0, { earliest: 900n, latest: 960n })], 1_000n).time).toBe(1_001n);
    expect(() => choose([at(0, { exact: 1_000n })], 1_000n)).toThrow(/not after the tip/);
  });
});
