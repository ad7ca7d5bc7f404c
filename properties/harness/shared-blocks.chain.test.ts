import { describe, expect, it } from "vitest";
import { useChain } from "../../neo-express/test-support/chain-session.js";
import { useJudgedPair } from "../../neo-express/test-support/lane-sessions.js";
import { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import type { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { doomsdayDifferential } from "../apps/doomsday-clock/doomsday-differential.js";
import { withWrongFormula } from "../test-support/broken-models.js";
import { compileVariant } from "../test-support/compile-variant.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import type { PropertyResult } from "../../reports/run-summary.js";
import { runProperty } from "./run-property.js";

const replayCommand = (seed: number, path: string, replayPath: string, times?: string) => `replay --seed ${seed} --path ${path} --replay-path ${replayPath}${times ? ` --times ${times}` : ""}`;
const lanes = ["neo-express" as const];

/** The worlds (by index) whose transactions each block carried, from the world actors' names (`w12.u1`). */
function watchBlocks(driver: NeoExpressDriver): { worlds: number[][]; stop(): void } {
  const worlds: number[][] = [];
  const original = driver.confirmObservedMany.bind(driver);
  driver.confirmObservedMany = async (steps, time, groups, estimates) => {
    worlds.push(steps.map((s) => Number(/^w(\d+)\./.exec(s.sender.name)?.[1] ?? -1)));
    return original(steps, time, groups, estimates);
  };
  return { worlds, stop: () => { driver.confirmObservedMany = original; } };
}

/** A counterexample's steps as they compare across runs on different worlds and time bases: times relative to the first step. */
function shape(r: PropertyResult) {
  const steps = r.counterexample!.steps;
  const t0 = BigInt(steps[0]!.chain.time);
  return steps.map((s) => ({ call: s.call, model: s.model.state, chain: s.chain.state, at: String(BigInt(s.chain.time) - t0), differences: s.differences.map((d) => d.field.replace(/[0-9a-f]{40}/g, "<hash>")) }));
}

// Sequences that share blocks on one neo-express node (SharedBlocks, README "How the chain is
// driven"): each in its own world, many steps per block.
describe("sequences sharing blocks on neo-express", () => {
  const session = useChain();

  it("a bug in one sequence's world never shows up in another's that shares its blocks", async () => {
    const { driver } = session();
    // Every round ends 1 ms late, in the worlds of one property only: its first round start differs.
    const broken = compileVariant("DoomsdayClock", "MiniAppDoomsdayClock", [
      { file: "DoomsdayClock/MiniAppDoomsdayClock.Round.cs", from: "BigInteger endTime = now + INITIAL_DURATION;", to: "BigInteger endTime = now + INITIAL_DURATION + 1;" },
    ]);
    const blocks = new SharedBlocks(driver, 8);
    const sound = { ...chainContext(driver, projectContracts(), 60_000), sharedBlocks: blocks };
    const buggy = { ...chainContext(driver, projectContracts(broken), 61_000), sharedBlocks: blocks };
    const watched = watchBlocks(driver);
    let [good, bad]: PropertyResult[] = [];
    try {
      [good, bad] = await Promise.all([
        runProperty(doomsdayDifferential(sound, 12), { numRuns: 8, seed: 7, replayCommand, lanes, concurrency: 4 }),
        runProperty(doomsdayDifferential(buggy, 12), { numRuns: 8, seed: 7, replayCommand, lanes, concurrency: 4 }),
      ]);
    } finally {
      watched.stop();
    }
    // The buggy worlds' property finds its bug …
    expect(bad!.verdict).toBe("fail");
    expect(bad!.counterexample!.steps.at(-1)!.call).toMatch(/startNewRound/);
    // … while every step of the sound worlds' sequences, compared in full with their own model
    // (G1–G6), passes, although many of their blocks carried the buggy worlds' transactions.
    expect(good!.verdict).toBe("pass");
    const mixed = watched.worlds.filter((w) => w.some((i) => i >= 61_000) && w.some((i) => i >= 60_000 && i < 61_000));
    expect(mixed.length).toBeGreaterThan(0);
    // One transaction per sequence (world) per block.
    for (const w of watched.worlds) expect(new Set(w).size).toBe(w.length);
  }, 600_000);

  it("a failure found while sharing blocks replays alone, at the times it ran at, with the same outcome", async () => {
    const { driver } = session();
    const blocks = new SharedBlocks(driver, 8);
    const ctx = { ...chainContext(driver, projectContracts(), 62_000), modelOf: withWrongFormula };
    const shared = await runProperty(doomsdayDifferential({ ...ctx, sharedBlocks: blocks }, 12), { numRuns: 16, seed: 20261130, replayCommand, lanes, concurrency: 4 });
    expect(shared.verdict).toBe("fail");
    expect(blocks.stats.steps).toBeGreaterThan(blocks.stats.blocks);
    const { seed, path, replayPath, times, replay } = shared.counterexample!;
    expect(replay).toContain(`--path ${path}`);
    if (times) expect(replay).toContain(`--times ${times}`);
    // The printed command's seed, path, replay path and times, alone (no shared blocks).
    const alone = await runProperty(doomsdayDifferential(ctx, 12), { numRuns: 1, seed, path, ...(replayPath ? { replayPath } : {}), ...(times ? { times } : {}), replayCommand, lanes });
    expect(alone.verdict).toBe("fail");
    expect(alone.counterexample!.commands).toEqual(shared.counterexample!.commands);
    expect(shape(alone)).toEqual(shape(shared));
  }, 600_000);
});

// Lane equivalence sharing blocks: neo-express's SharedBlocks with the engine as their mirror, so
// both lanes persist the very same blocks (every sequence's transaction, in the same order).
describe("lane equivalence sharing blocks (engine as the mirror of neo-express's shared blocks)", () => {
  const pair = useJudgedPair();

  it("every step compared on both lanes and the model; a broken model's worlds never leak into the sound ones; its failure replays alone", async () => {
    const { engine, neoExpress } = pair();
    const blocks = new SharedBlocks(neoExpress, 8, engine);
    const lanes2 = ["engine" as const, "neo-express" as const];
    const judged = (first: number) => chainContext(engine, projectContracts(), first, neoExpress);
    const broken = { ...judged(71_000), modelOf: withWrongFormula };
    const watched = watchBlocks(neoExpress);
    let [good, bad]: PropertyResult[] = [];
    try {
      [good, bad] = await Promise.all([
        runProperty(doomsdayDifferential({ ...judged(70_000), sharedBlocks: blocks }, 10), { numRuns: 6, seed: 20261130, replayCommand, lanes: lanes2, concurrency: 3 }),
        runProperty(doomsdayDifferential({ ...broken, sharedBlocks: blocks }, 10), { numRuns: 6, seed: 20261130, replayCommand, lanes: lanes2, concurrency: 3 }),
      ]);
    } finally {
      watched.stop();
    }
    expect(good!.verdict, good!.error).toBe("pass");
    expect(bad!.verdict).toBe("fail");
    expect(blocks.stats.steps).toBeGreaterThan(blocks.stats.blocks);
    expect(watched.worlds.some((w) => w.some((i) => i >= 71_000) && w.some((i) => i >= 70_000 && i < 71_000))).toBe(true);
    for (const w of watched.worlds) expect(new Set(w).size).toBe(w.length);
    // The engine persisted every shared block: the lanes are at the same height.
    expect(engine.height).toBe(neoExpress.tip.index);
    // The printed replay, alone (no shared blocks), on both lanes: the same steps and outcome.
    const { seed, path, replayPath, times } = bad!.counterexample!;
    const alone = await runProperty(doomsdayDifferential({ ...broken, nextWorld: judged(72_000).nextWorld }, 10), { numRuns: 1, seed, path, ...(replayPath ? { replayPath } : {}), ...(times ? { times } : {}), replayCommand, lanes: lanes2 });
    expect(alone.verdict).toBe("fail");
    expect(alone.counterexample!.commands).toEqual(bad!.counterexample!.commands);
    expect(shape(alone)).toEqual(shape(bad!));
  }, 600_000);
});
