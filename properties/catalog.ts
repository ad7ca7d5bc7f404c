import type { ChainContext } from "./harness/chain-context.js";
import type { DifferentialProperty } from "./harness/run-property.js";
import { doomsdayDifferential } from "./apps/doomsday-clock/doomsday-differential.js";
import { coinFlipDifferential } from "./apps/coin-flip/coin-flip-differential.js";
import { probeDifferential } from "./apps/base-probe/probe-differential.js";
import { paymentHubDifferential } from "./platform/payment-hub/payment-hub-differential.js";
import { gatewayDifferential } from "./platform/service-layer-gateway/gateway-differential.js";
import { pauseRegistryDifferential } from "./platform/pause-registry/pause-registry-differential.js";
import { dailyCheckinDifferential } from "./apps/daily-checkin/daily-checkin-differential.js";
import { redEnvelopeDifferential } from "./apps/red-envelope/red-envelope-differential.js";
import { timeLockDifferential } from "./apps/timelock-probe/timelock-differential.js";
import { timeCapsuleDifferential } from "./apps/time-capsule/time-capsule-differential.js";
import { tarotDifferential } from "./apps/on-chain-tarot/on-chain-tarot-differential.js";
import { turtleMatchDifferential } from "./apps/turtle-match/turtle-match-differential.js";
import { burnLeagueDifferential } from "./apps/burn-league/burn-league-differential.js";
import { compoundCapsuleDifferential } from "./apps/compound-capsule/compound-capsule-differential.js";
import { neoGachaDifferential } from "./apps/neo-gacha/neo-gacha-differential.js";
import { lotteryDifferential } from "./apps/lottery/lottery-differential.js";
import { masqueradeDaoDifferential } from "./apps/masquerade-dao/masquerade-dao-differential.js";

/** A property the CLI can run: which app, its spec id, and how to build it on a run's chain. */
export interface CatalogEntry {
  readonly app: string;
  readonly property: string;
  /**
   * Lane equivalence: built on a context whose driver is the engine lane and whose judge is
   * neo-express, so every step runs on both (see DifferentialRun), whatever the run's lane.
   */
  readonly judged?: boolean;
  readonly build: (ctx: ChainContext) => DifferentialProperty<object>;
}

/**
 * The lane-equivalence form of an app's differential property: the same generated sequences on
 * the engine lane and on neo-express, in the same world at the same times, every step compared
 * between the lanes exactly and with the model as usual.
 */
function laneEquivalence(app: string, property: string, build: CatalogEntry["build"]): CatalogEntry {
  return {
    app, property, judged: true,
    build: (ctx) => {
      const p = build(ctx);
      const title = p.title.includes("model ≡ chain") ? p.title.replace("model ≡ chain", "engine lane ≡ neo-express ≡ model") : `engine lane ≡ neo-express ≡ model: ${p.title}`;
      return { ...p, property, title: `${title}; the lanes exactly: GAS, fees, every notification, storage, balances` };
    },
  };
}

/** A differential property and its lane-equivalence form, as two entries. */
function withLanes(app: string, property: string, build: CatalogEntry["build"]): CatalogEntry[] {
  return [{ app, property: `${property}-differential`, build }, laneEquivalence(app, `${property}-lane-equivalence`, build)];
}

const asEntry = <M extends object>(build: (ctx: ChainContext) => DifferentialProperty<M>): CatalogEntry["build"] => (ctx) => build(ctx) as unknown as DifferentialProperty<object>;

/**
 * Every property the harness runs, by app slug and id: the order of a campaign and the unit of
 * sharding (`--shard k/n`). Apps add their entries here as their suites land. The platform
 * contracts' properties (PH, GW, PR) run in the base probe's worlds, hence under its slug.
 */
export const CATALOG: readonly CatalogEntry[] = [
  // The apps first: a run that reaches its time limit skips the properties at the end.
  ...withLanes("doomsday-clock", "DD", asEntry(doomsdayDifferential)),
  ...withLanes("coin-flip", "CF", asEntry(coinFlipDifferential)),
  ...withLanes("daily-checkin", "DC", asEntry(dailyCheckinDifferential)),
  ...withLanes("red-envelope", "RE", asEntry(redEnvelopeDifferential)),
  ...withLanes("time-capsule", "TC", asEntry(timeCapsuleDifferential)),
  ...withLanes("on-chain-tarot", "TA", asEntry(tarotDifferential)),
  ...withLanes("turtle-match", "TM", asEntry(turtleMatchDifferential)),
  ...withLanes("burn-league", "BL", asEntry(burnLeagueDifferential)),
  ...withLanes("compound-capsule", "CC", asEntry(compoundCapsuleDifferential)),
  ...withLanes("neo-gacha", "NG", asEntry(neoGachaDifferential)),
  ...withLanes("lottery", "LO", asEntry(lotteryDifferential)),
  ...withLanes("masquerade-dao", "MD", asEntry(masqueradeDaoDifferential)),
  ...withLanes("base-probe", "DP", asEntry(probeDifferential)),
  ...withLanes("base-probe", "PH", asEntry(paymentHubDifferential)),
  ...withLanes("base-probe", "GW", asEntry(gatewayDifferential)),
  ...withLanes("base-probe", "PR", asEntry(pauseRegistryDifferential)),
  ...withLanes("timelock-probe", "TL", asEntry(timeLockDifferential)),
];
