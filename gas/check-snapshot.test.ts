import { describe, expect, it } from "vitest";
import { checkSnapshot, formatCheck } from "./check-snapshot.js";
import type { AppGasSnapshot } from "./gas-snapshot.js";

const POLICY = { execFeeFactor: "30", feePerByte: "1000", storagePrice: "100000" };
const NEFS = { MiniAppDoomsdayClock: 0x11223344, PaymentHub: 7 };
const snap = (gas: Record<string, string>, classes: AppGasSnapshot["classes"] = { buyKeysWithCost: "constant", buyKeys: "linear" }, contracts = NEFS): AppGasSnapshot =>
  ({ contracts, feePolicy: POLICY, classes, gas });
const OLD = snap({ "buyKeys/n=1": "1000000", "buyKeys/n=100": "2000000", "buyKeysWithCost/n=1": "1000000", "buyKeysWithCost/n=100": "1000000" });
const HYBRIDS = [{ hybrid: "buyKeysWithCost", deprecated: "buyKeys" }];

describe("checkSnapshot", () => {
  it("passes identical figures, entry by entry", () => {
    const check = checkSnapshot("doomsday-clock", OLD, OLD, HYBRIDS, 100);
    expect(check.ok).toBe(true);
    expect(check.entries.map((e) => e.status)).toEqual(["same", "same", "same", "same"]);
  });

  it("reports an increase beyond the tolerance as a regression", () => {
    const check = checkSnapshot("doomsday-clock", OLD, snap({ ...OLD.gas, "buyKeysWithCost/n=100": "1010001" }), HYBRIDS, 100);
    expect(check.ok).toBe(false);
    expect(check.entries.find((e) => e.key === "buyKeysWithCost/n=100")).toEqual({ key: "buyKeysWithCost/n=100", old: "1000000", new: "1010001", status: "regression" });
  });

  it("lets an increase up to the tolerance pass, exactly at the boundary", () => {
    const check = checkSnapshot("doomsday-clock", OLD, snap({ ...OLD.gas, "buyKeysWithCost/n=100": "1010000" }), HYBRIDS, 100);
    expect(check.ok).toBe(true);
    expect(check.entries.find((e) => e.key === "buyKeysWithCost/n=100")?.status).toBe("within-tolerance");
    expect(checkSnapshot("doomsday-clock", OLD, snap({ ...OLD.gas, "buyKeysWithCost/n=100": "1000001" }), HYBRIDS, 0).ok).toBe(false);
  });

  it("reports a decrease as an improvement, not a failure", () => {
    const check = checkSnapshot("doomsday-clock", OLD, snap({ ...OLD.gas, "buyKeys/n=100": "1500000" }), HYBRIDS, 0);
    expect(check.ok).toBe(true);
    expect(check.entries.find((e) => e.key === "buyKeys/n=100")?.status).toBe("improvement");
  });

  it("fails when a hybrid path stopped being constant, whatever the figures", () => {
    const check = checkSnapshot("doomsday-clock", OLD, snap(OLD.gas, { buyKeysWithCost: "linear", buyKeys: "linear" }), HYBRIDS, 10_000);
    expect(check.ok).toBe(false);
    expect(check.hybridNotConstant).toEqual(["buyKeysWithCost"]);
    expect(formatCheck(check)).toContain("HYBRID NOT CONSTANT: buyKeysWithCost grows with n");
  });

  it("fails when a deprecated path stopped growing with n (G10), and judges no shape from a single n", () => {
    const check = checkSnapshot("doomsday-clock", OLD, snap(OLD.gas, { buyKeysWithCost: "constant", buyKeys: "constant" }), HYBRIDS, 100);
    expect(check.ok).toBe(false);
    expect(check.deprecatedNotLinear).toEqual(["buyKeys"]);
    expect(formatCheck(check)).toContain("DEPRECATED NOT LINEAR: buyKeys does not grow with n");
    const single = checkSnapshot("doomsday-clock", OLD, snap({ "buyKeys/n=1": "1000000", "buyKeysWithCost/n=1": "1000000" }, { buyKeysWithCost: "constant", buyKeys: "constant" }), HYBRIDS, 100);
    expect(single.ok).toBe(true);
  });

  it("without a baseline compares nothing, claims no regression, and still checks G10's shape", () => {
    const fresh = snap({ ...OLD.gas, "buyKeys/n=100": "99999999" });
    const check = checkSnapshot("doomsday-clock", undefined, fresh, HYBRIDS, 0);
    expect(check).toMatchObject({ ok: true, compared: false, nefChanges: [] });
    expect(check.entries.every((e) => e.status === "new")).toBe(true);
    expect(formatCheck(check).at(-1)).toBe("no regression claim: nothing to compare the figures with");
    expect(checkSnapshot("doomsday-clock", undefined, snap(OLD.gas, { buyKeysWithCost: "linear", buyKeys: "linear" }), HYBRIDS, 0).ok).toBe(false);
  });

  it("names the baseline's NEF checksums and which contract's NEF changed", () => {
    const check = checkSnapshot("doomsday-clock", OLD, snap({ ...OLD.gas, "buyKeys/n=100": "2100000" }, undefined, { MiniAppDoomsdayClock: 0xfffffffe | 0, PaymentHub: 7 }), HYBRIDS, 100);
    expect(check.nefChanges).toEqual([{ contract: "MiniAppDoomsdayClock", old: 0x11223344, new: 0xfffffffe | 0 }]);
    expect(formatCheck(check)).toContain("the baseline was measured on other NEFs (MiniAppDoomsdayClock 0x11223344, PaymentHub 0x00000007); changed: MiniAppDoomsdayClock 0x11223344 → 0xfffffffe");
    expect(formatCheck(checkSnapshot("doomsday-clock", OLD, OLD, HYBRIDS, 0)).join("\n")).not.toContain("other NEFs");
  });

  it("compares only what was measured and marks new keys", () => {
    const check = checkSnapshot("doomsday-clock", OLD, snap({ "buyKeys/n=1": "1000000", "buyKeys/n=7": "1" }), HYBRIDS, 100);
    expect(check.ok).toBe(true);
    expect(check.notMeasured).toEqual(["buyKeys/n=100", "buyKeysWithCost/n=1", "buyKeysWithCost/n=100"]);
    expect(check.entries.find((e) => e.key === "buyKeys/n=7")).toEqual({ key: "buyKeys/n=7", old: null, new: "1", status: "new" });
  });

  it("refuses to compare figures measured under another fee policy", () => {
    const check = checkSnapshot("doomsday-clock", OLD, { ...OLD, feePolicy: { ...POLICY, execFeeFactor: "31" } }, HYBRIDS, 100);
    expect(check.ok).toBe(false);
    expect(check.policyChanged).toContain('"execFeeFactor":"31"');
  });

  it("prints old → new with the change per entry, keys sorted", () => {
    const lines = formatCheck(checkSnapshot("doomsday-clock", OLD, snap({ ...OLD.gas, "buyKeys/n=100": "2100000" }), HYBRIDS, 100));
    expect(lines[0]).toBe("buyKeys/n=1: 1000000 → 1000000 (+0 %)  same");
    expect(lines[1]).toBe("buyKeys/n=100: 2000000 → 2100000 (+5 %)  regression");
    expect(lines.at(-1)).toBe("1 regression(s) beyond the tolerance");
  });
});
