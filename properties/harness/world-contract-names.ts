import { GAS_HASH, NEO_HASH } from "../../neo-express/driver/fee-policy.js";
import type { World } from "../../neo-express/world/build-worlds.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import { appBySlug } from "../../simulator/registry.js";

/**
 * The hash (display, `0x…`) of a contract of `world` by the name a command writes in a sender's
 * witness scope (sender-name.ts): `NEO`, `GAS`, `PaymentHub`, `PauseRegistry`,
 * `ServiceLayerGateway`, an app by slug or by contract name, or any extra contract the world
 * deployed under a name of its own (world.hashes.apps keys). Both sides of a step resolve through
 * this one function, so a name means the same contract on the chain and in the model.
 */
export function worldContractHash(world: World, name: string): string {
  const natives: Record<string, string> = { NEO: NEO_HASH, GAS: GAS_HASH };
  if (natives[name]) return "0x" + natives[name];
  const platform: Record<string, string> = { PaymentHub: world.hashes.paymentHub, PauseRegistry: world.hashes.pauseRegistry, ServiceLayerGateway: world.hashes.gateway };
  const hash = platform[name] ?? world.hashes.apps.get(name)
    ?? [...world.hashes.apps].find(([slug]) => appBySlug(slug)?.contractName === name)?.[1];
  if (!hash) throw new HarnessError("UNKNOWN_CONTRACT", `no contract "${name}" in world ${world.index}`, `use NEO, GAS, PaymentHub, PauseRegistry, ServiceLayerGateway or one of: ${[...world.hashes.apps.keys()].join(", ")}`);
  return hash.startsWith("0x") ? hash : "0x" + hash;
}
