import { describe, expect, it } from "vitest";
import { useChain } from "../../neo-express/test-support/chain-session.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { ChainContext } from "../harness/chain-context.js";
import { runProperty } from "../harness/run-property.js";
import type { DifferentialProperty } from "../harness/run-property.js";
import { compileVariant, type Patch } from "../test-support/compile-variant.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import type { PlatformSequence } from "./platform-sequence.js";
import { paymentHubDifferential } from "./payment-hub/payment-hub-differential.js";
import { gatewayDifferential } from "./service-layer-gateway/gateway-differential.js";
import { pauseRegistryDifferential } from "./pause-registry/pause-registry-differential.js";

/** The default budget of `verify` (100 sequences); a run stops at the first failure. */
const BUDGET = { numRuns: 100, seed: 20261206 };

interface Mutant {
  readonly name: string;
  readonly role: "paymentHub" | "gateway" | "pauseRegistry";
  readonly project: string;
  readonly contract: string;
  readonly patch: Patch;
  readonly property: (ctx: ChainContext) => DifferentialProperty<PlatformSequence>;
  /** The method of the shrunk counterexample's last step. */
  readonly lastCall: RegExp;
}

const HUB = { role: "paymentHub", project: "Platform/PaymentHub", contract: "PaymentHub", property: paymentHubDifferential } as const;
const GATEWAY = { role: "gateway", project: "Platform/ServiceLayerGateway", contract: "ServiceLayerGateway", property: gatewayDifferential } as const;
const REGISTRY = { role: "pauseRegistry", project: "Platform/PauseRegistry", contract: "PauseRegistry", property: pauseRegistryDifferential } as const;

/** Wrong platform contracts (issue #14), each a one-line change a mutation check of ours let through before. */
const MUTANTS: readonly Mutant[] = [
  { ...GATEWAY, name: "gateway: the \"request already fulfilled\" check removed (GW-P2)", lastCall: /fulfillRequest/,
    patch: { file: "Platform/ServiceLayerGateway/ServiceLayerGateway.Requests.cs", from: "if (request.Status != STATUS_PENDING) throw new Exception(\"request already fulfilled\");", to: "" } },
  { ...GATEWAY, name: "gateway: fulfilment without the updater's witness (GW-P3)", lastCall: /fulfillRequest/,
    patch: { file: "Platform/ServiceLayerGateway/ServiceLayerGateway.Requests.cs", from: "if (updater == null || !Runtime.CheckWitness(updater))", to: "if (updater == null)" } },
  { ...REGISTRY, name: "registry: OP without its CheckWitness(admin) (anyone may pause)", lastCall: /setGlobalPause|setAppPause/,
    patch: { file: "Platform/PauseRegistry/PauseRegistry.cs", from: "bool allowed = (admin != null && Runtime.CheckWitness(admin)) || IsOperator(sender);", to: "bool allowed = admin != null || IsOperator(sender);" } },
  { ...REGISTRY, name: "registry: a 63-byte app id refused (< for ≤)", lastCall: /setAppPause/,
    patch: { file: "Platform/PauseRegistry/PauseRegistry.cs", from: "appId.Length <= MAX_APP_ID_LENGTH", to: "appId.Length < MAX_APP_ID_LENGTH" } },
  { ...HUB, name: "hub: withdraw does not zero the balance (PH-P2, PH-P4)", lastCall: /withdraw/,
    patch: { file: "Platform/PaymentHub/PaymentHub.Withdraw.cs", from: "Storage.Put(Storage.CurrentContext, AppBalanceKey(appId), 0);", to: "" } },
  { ...HUB, name: "hub: receipt ids skip one (PH-P1)", lastCall: /transfer/,
    patch: { file: "Platform/PaymentHub/PaymentHub.Payments.cs", from: "PREFIX_RECEIPT_COUNTER) + 1;", to: "PREFIX_RECEIPT_COUNTER) + 2;" } },
];

describe("the platform properties bite (issue #14)", () => {
  // Compiled before the chain starts: a compile inside a test leaves neo-express idle long enough
  // (15 s) to make a block of its own at wall-clock time, ahead of the harness's block times.
  const broken = MUTANTS.map((m) => compileVariant(m.project, m.contract, [m.patch]));
  const session = useChain();

  MUTANTS.forEach((mutant, i) => {
    it(`finds and shrinks: ${mutant.name}`, async () => {
      const contracts: WorldContracts = { ...projectContracts(builtContract("MiniAppBaseProbe"), "base-probe"), [mutant.role]: broken[i]! };
      const result = await runProperty(mutant.property(chainContext(session().driver, contracts, 10_000 + 1_000 * i)), { ...BUDGET, replayCommand: () => "" });
      console.log(`${mutant.name}: found and shrunk in ${Math.round(result.durationMs)} ms after ${result.numRuns} runs: ${result.error}\n  ${result.counterexample?.commands.join("\n  ")}`);
      expect(result.verdict).toBe("fail");
      expect(result.counterexample!.reproducedOn).toEqual(["neo-express"]);
      expect(result.counterexample!.commands.length).toBeLessThanOrEqual(3);
      expect(result.counterexample!.steps.at(-1)!.call).toMatch(mutant.lastCall);
    }, 900_000);
  });
});
