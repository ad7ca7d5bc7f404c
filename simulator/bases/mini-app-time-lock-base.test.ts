import { describe, expect, it } from "vitest";
import { boolItem, hash160Item, intItem } from "../runtime/items.js";
import { messageOf, resultOf } from "../test-support/model-kit.js";
import { ProbeWorld, TL_PROBE, W } from "../test-support/probe-world.js";

describe("MiniAppTimeLockBase (devpack.md §4, DP-P4)", () => {
  it("locks items with future unlock times and reports them at tinv = unlock − 1 / unlock", () => {
    const w = new ProbeWorld();
    const [U1] = W.users as [typeof W.admin];
    const unlock = w.now + 60_000n;
    expect(messageOf(w.tx(U1, TL_PROBE, "lockItem", [intItem(w.now + 1_000n)]))).toBe("unlock time must be future");
    const out = w.tx(U1, TL_PROBE, "lockItem", [intItem(unlock)]);
    expect(resultOf(out)).toEqual(intItem(1n));
    expect(out.state === "HALT" && out.notifications[0]).toMatchObject({ eventName: "ItemLocked", args: [intItem(1n), intItem(unlock)] });
    expect(w.storageValue(TL_PROBE, "1e")).toBe("01");
    const at = (method: string, tinv: bigint, id = 1n) => resultOf(w.read(TL_PROBE, method, [intItem(id)], tinv));
    expect(at("isUnlockable", unlock - 1n)).toEqual(boolItem(false));
    expect(at("timeRemaining", unlock - 1n)).toEqual(intItem(1n));
    expect(at("isUnlockable", unlock)).toEqual(boolItem(true));
    expect(at("timeRemaining", unlock)).toEqual(intItem(0n));
    expect(at("timeRemaining", unlock + 5n)).toEqual(intItem(0n));
    expect(at("timeRemaining", 0n, 2n)).toEqual(intItem(0n));
    w.tx(U1, TL_PROBE, "revealItem", [intItem(1n), hash160Item(U1)]);
    expect(at("isRevealed", unlock)).toEqual(boolItem(true));
    expect(at("isUnlockable", unlock)).toEqual(boolItem(false));
    expect(resultOf(w.read(TL_PROBE, "totalItems"))).toEqual(intItem(1n));
  });
});
