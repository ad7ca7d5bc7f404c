import { describe, expect, it } from "vitest";
import { useJudgedPair } from "../../neo-express/test-support/lane-sessions.js";
import { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import type { JudgedPair } from "../../neo-express/driver/engine/judged-pair.js";
import { doomsdayDifferential } from "../apps/doomsday-clock/doomsday-differential.js";
import { withWrongFormula } from "../test-support/broken-models.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import type { ChainContext } from "./chain-context.js";
import { runProperty } from "./run-property.js";

const replayCommand = (seed: number, path: string) => `replay --seed ${seed} --path ${path}`;
const lanes = ["engine" as const, "neo-express" as const];

// Lane equivalence spread over two judged pairs (ChainContext.spread, as `verify` runs it): each
// sequence runs whole on one pair, sharing that pair's blocks, and a failure found there replays
// alone on whichever pair is free.
describe("lane equivalence spread over judged pairs", () => {
  const pairs = [useJudgedPair(), useJudgedPair()];

  it("runs sequences on both pairs, each pair's lanes block for block, and a failure replays alone with the same steps", async () => {
    const both = pairs.map((p) => p());
    const contexts = both.map((p: JudgedPair, i) => ({ ...chainContext(p.engine, projectContracts(), 80_000 + 1_000 * i, p.neoExpress), sharedBlocks: new SharedBlocks(p.neoExpress, 8, p.engine), modelOf: withWrongFormula }));
    const spread: ChainContext = { ...contexts[0]!, spread: contexts };
    const bad = await runProperty(doomsdayDifferential(spread, 10), { numRuns: 8, seed: 20261130, replayCommand, lanes, concurrency: 8 });
    expect(bad.verdict).toBe("fail");
    // Both pairs carried sequences, and each pair's engine persisted every block its node made.
    for (const [i, c] of contexts.entries()) {
      expect(c.sharedBlocks.stats.steps, `pair ${i}`).toBeGreaterThan(0);
      expect(both[i]!.engine.height).toBe(both[i]!.neoExpress.tip.index);
    }
    const { seed, path, replayPath, times } = bad.counterexample!;
    const alone = await runProperty(doomsdayDifferential(spread, 10), { numRuns: 1, seed, path, ...(replayPath ? { replayPath } : {}), ...(times ? { times } : {}), replayCommand, lanes });
    expect(alone.verdict).toBe("fail");
    expect(alone.counterexample!.commands).toEqual(bad.counterexample!.commands);
    // Same steps and differences, up to the worlds' own hashes.
    const shape = (r: typeof bad) => r.counterexample!.steps.map((s) => JSON.stringify([s.call, s.model.state, s.chain.state, s.differences.map((d) => d.field)]).replace(/[0-9a-f]{40}/g, "<hash>"));
    expect(shape(alone)).toEqual(shape(bad));
  }, 600_000);
});
