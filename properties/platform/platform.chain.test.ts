import { describe, expect, it } from "vitest";
import { useChain } from "../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import { runProperty } from "../harness/run-property.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import { paymentHubDifferential } from "./payment-hub/payment-hub-differential.js";
import { gatewayDifferential } from "./service-layer-gateway/gateway-differential.js";
import { pauseRegistryDifferential } from "./pause-registry/pause-registry-differential.js";

const contracts = () => projectContracts(builtContract("MiniAppBaseProbe"), "base-probe");
const RUNS = Number(process.env.PLATFORM_RUNS ?? 3);

describe("the platform contracts: model ≡ chain on generated sequences, chain invariants (issue #14)", () => {
  const session = useChain();

  // World indexes decide keys and contract hashes: each property on the one chain takes its own range.
  for (const [name, build, firstWorld] of [["PaymentHub", paymentHubDifferential, 1], ["ServiceLayerGateway", gatewayDifferential, 1_000], ["PauseRegistry", pauseRegistryDifferential, 2_000]] as const) {
    it(`${name} agrees at every step`, async () => {
      const p = build(chainContext(session().driver, contracts(), firstWorld));
      const result = await runProperty(p, {
        numRuns: RUNS, seed: Number(process.env.PLATFORM_SEED ?? 14),
        replayCommand: (seed, path) => `npx miniapp-verify replay --app base-probe --property ${p.property} --seed ${seed} --path ${path}`,
      });
      if (result.verdict !== "pass") console.log(JSON.stringify(result, null, 1).slice(0, 8000));
      if (process.env.PLATFORM_COVERAGE) console.log(result.coverage);
      console.log(`${name}: ${result.numRuns} sequences, ${result.steps} steps in ${Math.round(result.durationMs)} ms`);
      expect(result.verdict).toBe("pass");
    }, 900_000);
  }
});
