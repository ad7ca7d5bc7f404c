import type { ChainContext } from "./harness/chain-context.js";
import type { DifferentialProperty } from "./harness/run-property.js";
import { doomsdayDifferential } from "./apps/doomsday-clock/doomsday-differential.js";
import { probeDifferential } from "./apps/base-probe/probe-differential.js";

/** A property the CLI can run: which app, its spec id, and how to build it on a run's chain. */
export interface CatalogEntry {
  readonly app: string;
  readonly property: string;
  readonly build: (ctx: ChainContext) => DifferentialProperty<object>;
}

/**
 * Every property the harness runs, by app slug and spec id: the order of a campaign and the unit
 * of sharding (`--shard k/n`). Apps add their entries here as their suites land.
 */
export const CATALOG: readonly CatalogEntry[] = [
  { app: "base-probe", property: "DP-differential", build: (ctx) => probeDifferential(ctx) as unknown as DifferentialProperty<object> },
  { app: "doomsday-clock", property: "DD-differential", build: (ctx) => doomsdayDifferential(ctx) as unknown as DifferentialProperty<object> },
];
