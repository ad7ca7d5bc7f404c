import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { checkCommittedSnapshot } from "./test-support/check-committed-snapshot.js";

// The CI gate inside `npm test`: the committed baseline checked on a reduced set of points (n = 1
// and the range's 2,000), tolerance 0, since GAS is deterministic: any increase fails, a decrease
// passes. The full sweep runs only through
// `npm run bench:gas` / `bench:gas:check`.
describe("the committed GAS snapshot of DoomsdayClock", () => {
  const session = useChain();

  it("is not exceeded by a fresh measurement by a single datoshi, hybrids constant", async () => {
    const run = await checkCommittedSnapshot(session().driver, "doomsday-clock", [1, 2000]);
    // A cheaper contract passes (the baseline is then stale: npm run bench:gas:update); any increase fails.
    expect(run.checks[0]!.entries).toHaveLength(8);
    expect(run.checks[0]!.entries.every((e) => e.status === "same" || e.status === "improvement")).toBe(true);
    expect(run.sweep.determinism.first).toBe(run.sweep.determinism.second);
    // DD-P3 "identical storage": both purchases left the same bytes, world addresses aside.
    expect(run.sweep.pairs.find((p) => p.plan.kind === "transaction")?.sameStorage).toEqual([true, true]);
    expect(run.sweep.contractCallPrice).toBe((1n << 15n) * run.sweep.feePolicy.execFeeFactor);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "linear")).toBe(true);
  }, 90_000);
});

// A node of its own: a second sweep on the first one's chain would start behind its blocks.
describe("the committed GAS snapshot of DailyCheckin", () => {
  const session = useChain();

  it("DailyCheckin's too: checkInWithCalculation and checkIn, both constant (no n in the app file)", async () => {
    const run = await checkCommittedSnapshot(session().driver, "daily-checkin", [1, 1000]);
    expect(run.checks[0]!.entries).toHaveLength(4);
    expect(run.checks[0]!.entries.every((e) => e.status === "same" || e.status === "improvement")).toBe(true);
    // DC-P3 "identical storage": both check-ins left the same bytes, world addresses aside.
    expect(run.sweep.pairs[0]?.sameStorage).toEqual([true, true]);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "constant")).toBe(true);
  }, 90_000);
});

// A node of its own, like DailyCheckin's.
describe("the committed GAS snapshot of BurnLeague", () => {
  const session = useChain();

  it("burnGasWithCalculation and burnGas, both constant (no n in the app file), the same storage", async () => {
    const run = await checkCommittedSnapshot(session().driver, "burn-league", [1, 1000]);
    expect(run.checks[0]!.entries).toHaveLength(4);
    expect(run.checks[0]!.entries.every((e) => e.status === "same" || e.status === "improvement")).toBe(true);
    // BL-P3 "identical storage, events, receipt use": both burns left the same bytes, world addresses aside.
    expect(run.sweep.pairs[0]?.sameStorage).toEqual([true, true]);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "constant")).toBe(true);
  }, 90_000);
});
