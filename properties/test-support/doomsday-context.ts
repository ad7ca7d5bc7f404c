import { registeredScriptHash } from "../../simulator/tee/script-texts.js";
import type { LaneDriver } from "../../neo-express/driver/lane.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import { appBySlug } from "../../simulator/registry.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import type { ChainContext } from "../harness/chain-context.js";

/** The project's own builds of the platform and DoomsdayClock (or another app), as a run's contracts. */
export function projectContracts(appContract = builtContract("MiniAppDoomsdayClock"), slug = "doomsday-clock"): WorldContracts {
  return {
    paymentHub: builtContract("PaymentHub"),
    pauseRegistry: builtContract("PauseRegistry"),
    gateway: builtContract("ServiceLayerGateway"),
    apps: [{ entry: appBySlug(slug)!, files: appContract }],
  };
}

/** A run's context on one lane; with `judge` (neo-express beside an engine driver), a judged one. */
export function chainContext(driver: LaneDriver, contracts: WorldContracts = projectContracts(), firstWorld = 1, judge?: LaneDriver): ChainContext {
  let next = firstWorld;
  return { driver, ...(judge ? { judge } : {}), contracts, modelOf: contractModelOf, scriptHash: registeredScriptHash, nextWorld: () => next++ };
}
