import { describe, expect, it } from "vitest";
import { useChain } from "../../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../../neo-express/world/built-contracts.js";
import { runProperty } from "../../harness/run-property.js";
import { chainContext, projectContracts } from "../../test-support/doomsday-context.js";
import { masqueradeDaoDifferential } from "./masquerade-dao-differential.js";

const contracts = () => projectContracts(builtContract("MiniAppMasqueradeDAO"), "masquerade-dao");

describe("MasqueradeDAO: model ≡ chain on generated sequences (neo-express)", () => {
  const session = useChain();

  it("agrees at every step (MD-P1…P9, G1–G9)", async () => {
    const result = await runProperty(masqueradeDaoDifferential(chainContext(session().driver, contracts()), 12), {
      numRuns: Number(process.env.MD_RUNS ?? 2), seed: Number(process.env.MD_SEED ?? 7),
      replayCommand: (seed, path) => `npx miniapp-verify replay --app masquerade-dao --seed ${seed} --path ${path}`,
    });
    if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
    console.log(`neo-express: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
    expect(result.verdict).toBe("pass");
  }, 600_000);
});
