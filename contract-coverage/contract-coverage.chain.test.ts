import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useEngine } from "../neo-express/test-support/lane-sessions.js";
import { runProperty } from "../properties/harness/run-property.js";
import { chainContext } from "../properties/test-support/doomsday-context.js";
import { doomsdayDifferential } from "../properties/apps/doomsday-clock/doomsday-differential.js";
import { CheckAndEndRound } from "../properties/apps/doomsday-clock/commands/check-and-end-round.js";
import { ClimbToCap } from "../properties/apps/doomsday-clock/commands/climb-to-cap.js";
import { Purchase } from "../properties/apps/doomsday-clock/commands/purchase.js";
import { DailyLimitPair } from "../properties/apps/doomsday-clock/commands/daily-limit-pair.js";
import { BUILD_DIR, builtContract } from "../neo-express/world/built-contracts.js";
import { renderMarkdown } from "../reports/render/markdown.js";
import type { RunSummary } from "../reports/run-summary.js";
import { contractCoverage } from "./contract-coverage.js";
import { coverageView, percent } from "./coverage-view.js";
import { belowMinCoverage } from "./min-coverage.js";

describe("contract coverage counted by the engine host", () => {
  const engine = useEngine();
  const files = builtContract("MiniAppDoomsdayClock");
  const nefPath = join(BUILD_DIR, "MiniAppDoomsdayClock.nef");

  it("maps what DoomsdayClock's sequences ran to C# lines, branches and thrown messages; two runs of one seed count alike; a generator that stops reaching a branch shows in the report and fails the gate", async () => {
    // One context: its worlds are built once (not counted), then every sequence restores its fork.
    // The warm-up runs the counted campaign's sequences, so that the deployment-window worlds some
    // of them ask for (world-kind.ts) are built too: a world built during a counted run would add
    // its fixture's _deploy to that run only.
    const ctx = chainContext(engine());
    await runProperty(doomsdayDifferential(ctx, 20), { numRuns: 30, seed: 9, lanes: ["engine"], replayCommand: () => "" });
    // `drop`: the generators any of whose (seeded) samples is one of these commands.
    const counted = async (drop: readonly (new (...args: never[]) => unknown)[] = []) => {
      const property = doomsdayDifferential(ctx, 20);
      const commands = property.commands.filter((a) => !fc.sample(a, { numRuns: 50, seed: 1 }).some((c) => drop.some((d) => c instanceof d)));
      await engine().startCoverage();
      refusals = (await runProperty({ ...property, commands }, { numRuns: 30, seed: 9, lanes: ["engine"], replayCommand: () => "" })).coverage ?? {};
      return contractCoverage(files, nefPath, await engine().coverage(true));
    };
    // The methods × outcomes table of the last counted campaign.
    let refusals: Record<string, number> = {};
    const first = await counted();
    expect((await counted()).hits).toEqual(first.hits);

    const full = coverageView(first);
    console.log(`DoomsdayClock, 30 sequences: lines ${percent(full.lines!)} %, branches ${percent(full.branches)} %, instructions ${percent(full.instructions)} %`);
    expect(full.source).toBe("debug-info");
    expect(full.lines!.covered).toBeGreaterThan(0);
    expect(full.lines!.covered).toBeLessThan(full.lines!.total);
    const reached = (v: typeof full, message: string) => v.messages.find((m) => m.message === message)!.hits;
    expect(reached(full, "round not ended")).toBeGreaterThan(0);
    // A thrown message counts once per refused step: the fee-measuring dry run before each
    // transaction does not count (it did, and every hit was doubled).
    const refused = Object.entries(refusals).filter(([k]) => k.endsWith("FAULT round not ended")).reduce((n, [, v]) => n + v, 0);
    expect(reached(full, "round not ended")).toBe(refused);
    expect(full.methods.find((m) => m.name === "MiniAppDoomsdayClock.CheckAndEndRound")!.branches.covered).toBeGreaterThan(0);

    // The same campaign without the commands that settle a round (checkAndEndRound, and the
    // purchase flows that settle an ended round before they buy): that method's branches go dark.
    const reduced = await counted([CheckAndEndRound, Purchase, ClimbToCap, DailyLimitPair]);
    const less = coverageView(reduced);
    expect(reached(less, "round not ended")).toBe(0);
    expect(less.methods.find((m) => m.name === "MiniAppDoomsdayClock.CheckAndEndRound")!.branches.covered).toBe(0);
    console.log(`without checkAndEndRound: branches ${percent(less.branches)} % (${less.branches.covered}), full ${percent(full.branches)} % (${full.branches.covered})`);
    expect(less.branches.covered).toBeLessThan(full.branches.covered);
    const gate = percent(full.branches);
    expect(belowMinCoverage([first], gate)).toEqual([]);
    const below = belowMinCoverage([reduced], gate);
    expect(below).toHaveLength(1);
    expect(below[0]).toMatch(/^MiniAppDoomsdayClock: branch coverage .* \(worst: .*\)/);
    const md = renderMarkdown({ ...summaryStub, coverage: [reduced], coverageGate: { minBranchPercent: gate, below } });
    expect(md).toMatch(/Coverage gate \(branches ≥ .*\) failed/);
    expect(md).toMatch(/MiniAppDoomsdayClock: `round not ended`/);
  }, 600_000);
});

const summaryStub: RunSummary = {
  schemaVersion: 1, tool: { name: "miniapp-verify", version: "0", neoExpress: "3.5.20", node: "v20" }, startedAt: "", finishedAt: "", durationMs: 0, lane: "engine",
  chain: { userAgent: "/Neo:3.5.0/", magic: 0, msPerBlock: 15000, feePolicy: { feePerByte: "", execFeeFactor: "", storagePrice: "" } },
  contracts: [], properties: [], gas: [], errors: [], exitCode: 1,
};
