import { describe, expect, it } from "vitest";
import { sideBySide } from "./side-by-side.js";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("sideBySide", () => {
  it("runs the streams at once and waits for all of them", async () => {
    const log: string[] = [];
    const stream = (name: string) => async () => {
      for (const i of [1, 2, 3]) {
        log.push(`${name}${i}`);
        await tick();
      }
    };
    await sideBySide([stream("a"), stream("b")]);
    expect(log.slice(0, 2).sort()).toEqual(["a1", "b1"]);
    expect(log).toHaveLength(6);
  });

  it("halts the other streams at their next property and throws the first error once all have ended", async () => {
    const done: string[] = [];
    let otherEnded = false;
    const failing = async () => {
      await tick();
      throw new Error("chain down");
    };
    const other = async (halted: () => boolean) => {
      for (const p of ["p1", "p2", "p3", "p4", "p5"]) {
        if (halted()) break;
        await tick();
        await tick();
        done.push(p);
      }
      otherEnded = true;
    };
    await expect(sideBySide([failing, other])).rejects.toThrow("chain down");
    expect(otherEnded).toBe(true);
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(5);
  });

  it("keeps the first error when two streams fail", async () => {
    const fail = (msg: string, ticks: number) => async () => {
      for (let i = 0; i < ticks; i++) await tick();
      throw new Error(msg);
    };
    await expect(sideBySide([fail("second", 5), fail("first", 1)])).rejects.toThrow("first");
  });
});
