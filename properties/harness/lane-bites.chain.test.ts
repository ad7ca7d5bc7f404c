import { describe, expect, it } from "vitest";
import { useChain } from "../../neo-express/test-support/chain-session.js";
import { useEngine, useJudgedPair } from "../../neo-express/test-support/lane-sessions.js";
import { doomsdayDifferential } from "../apps/doomsday-clock/doomsday-differential.js";
import { withWrongFormula } from "../test-support/broken-models.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import { faultGasPlusOne, perturbExecutions, wrongThrownMessage } from "../test-support/perturbed-engine.js";
import { runProperty } from "./run-property.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";

const replayCommand = (seed: number, path: string) => `npx miniapp-verify replay --app doomsday-clock --seed ${seed} --path ${path} --lane engine`;

describe("the lane-equivalence property bites", () => {
  const pair = useJudgedPair();

  it("finds an engine that charges one datoshi more GAS on a FAULT, which the model comparison cannot see", async () => {
    const { engine, neoExpress } = pair();
    perturbExecutions(engine, faultGasPlusOne);
    const judged = await runProperty(doomsdayDifferential(chainContext(engine, projectContracts(), 1, neoExpress), 20), {
      numRuns: 20, seed: 3, replayCommand, lanes: ["engine", "neo-express"],
    });
    expect(judged.verdict).toBe("fail");
    expect(judged.counterexample!.reproducedOn).toEqual(["engine", "neo-express"]);
    const last = judged.counterexample!.steps.at(-1)!;
    expect(last.differences[0]).toMatchObject({ kind: "lane-mismatch", field: "gasConsumed" });
    expect(BigInt(last.differences[0]!.engine!) - BigInt(last.differences[0]!.chain!)).toBe(1n);
    expect(last.neoExpress).toBeDefined();
  }, 600_000);
});

describe("the engine lane alone", () => {
  const engine = useEngine();

  it("does not see that GAS difference: only the judge does", async () => {
    perturbExecutions(engine(), faultGasPlusOne);
    const alone = await runProperty(doomsdayDifferential(chainContext(engine()), 20), { numRuns: 20, seed: 3, replayCommand, lanes: ["engine"] });
    expect(alone.verdict).toBe("pass");
    expect(Object.keys(alone.coverage ?? {}).some((k) => k.includes("FAULT"))).toBe(true);
  }, 600_000);
});

describe("a failure found on the engine lane", () => {
  const chain = useChain();
  const engine = useEngine();

  it("is confirmed on neo-express before it is reported as a model or contract bug", async () => {
    const onEngine = { ...chainContext(engine(), projectContracts(), 10_000), modelOf: withWrongFormula };
    const onNeoExpress = { ...chainContext(chain().driver, projectContracts(), 10_000), modelOf: withWrongFormula };
    const result = await runProperty(doomsdayDifferential(onEngine, 20), {
      numRuns: 50, seed: 20261130, replayCommand, lanes: ["engine"], judge: () => doomsdayDifferential(onNeoExpress, 20),
    });
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.reproducedOn).toEqual(["engine", "neo-express"]);
    expect(result.counterexample!.replay).toContain("--lane engine");
  }, 600_000);

  it("that neo-express does not reproduce is an engine-lane discrepancy, not a contract or model bug", async () => {
    const restore = perturbExecutions(engine(), wrongThrownMessage);
    // One confirming context: the judge is asked again for each fresh world it replays in.
    const onNeoExpress = chainContext(chain().driver, projectContracts(), 20_000);
    const result = await runProperty(doomsdayDifferential(chainContext(engine(), projectContracts(), 20_000), 20), {
      numRuns: 50, seed: 4, replayCommand, lanes: ["engine"], judge: () => doomsdayDifferential(onNeoExpress, 20),
    }).finally(restore);
    expect(result.verdict).toBe("error");
    expect(result.counterexample!.reproducedOn).toEqual(["engine"]);
    expect(result.error).toMatch(/NOT reproduced on neo-express: an engine-lane discrepancy/);
  }, 600_000);

  it("is confirmed on neo-express however late it is found: after the node made blocks of its own (issue #22)", async () => {
    // What neo-express does while the engine lane runs for minutes: blocks of its own (dBFT, 15 s
    // idle), at its wall clock, which the confirming driver has not seen. Another connection to the
    // same node makes one an hour after the tip, with no waiting.
    const other = await NeoExpressDriver.connect(chain().running);
    await other.confirm([], other.lastBlockTime() + 3_600_000n);
    expect(chain().driver.lastBlockTime()).toBeLessThan(other.lastBlockTime());
    const onEngine = { ...chainContext(engine(), projectContracts(), 30_000), modelOf: withWrongFormula };
    const onNeoExpress = { ...chainContext(chain().driver, projectContracts(), 30_000), modelOf: withWrongFormula };
    const result = await runProperty(doomsdayDifferential(onEngine, 20), {
      numRuns: 50, seed: 20261130, replayCommand, lanes: ["engine"], judge: () => doomsdayDifferential(onNeoExpress, 20),
    });
    expect(result.verdict).toBe("fail");
    expect(result.counterexample!.reproducedOn).toEqual(["engine", "neo-express"]);
  }, 600_000);
});
