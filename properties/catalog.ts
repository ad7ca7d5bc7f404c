import type { ChainContext } from "./harness/chain-context.js";
import type { DifferentialProperty } from "./harness/run-property.js";
import { doomsdayDifferential } from "./apps/doomsday-clock/doomsday-differential.js";
import { probeDifferential } from "./apps/base-probe/probe-differential.js";
import { timeCapsuleDifferential } from "./apps/time-capsule/time-capsule-differential.js";

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

/**
 * Every property the harness runs, by app slug and id: the order of a campaign and the unit of
 * sharding (`--shard k/n`). Apps add their entries here as their suites land.
 */
export const CATALOG: readonly CatalogEntry[] = [
  { app: "base-probe", property: "DP-differential", build: (ctx) => probeDifferential(ctx) as unknown as DifferentialProperty<object> },
  laneEquivalence("base-probe", "DP-lane-equivalence", (ctx) => probeDifferential(ctx) as unknown as DifferentialProperty<object>),
  { app: "doomsday-clock", property: "DD-differential", build: (ctx) => doomsdayDifferential(ctx) as unknown as DifferentialProperty<object> },
  laneEquivalence("doomsday-clock", "DD-lane-equivalence", (ctx) => doomsdayDifferential(ctx) as unknown as DifferentialProperty<object>),
  { app: "time-capsule", property: "TC-differential", build: (ctx) => timeCapsuleDifferential(ctx) as unknown as DifferentialProperty<object> },
  laneEquivalence("time-capsule", "TC-lane-equivalence", (ctx) => timeCapsuleDifferential(ctx) as unknown as DifferentialProperty<object>),
];
