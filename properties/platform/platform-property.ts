import type fc from "fast-check";
import { HarnessError } from "../../neo-express/harness-error.js";
import type { ChainContext } from "../harness/chain-context.js";
import type { ChainInvariant } from "../harness/chain-invariant.js";
import { modelVersion } from "../harness/model-version.js";
import type { DifferentialCommand, DifferentialProperty } from "../harness/run-property.js";
import { expectWorlds, worldRun } from "../harness/world-run.js";
import type { PlatformSequence } from "./platform-sequence.js";
import { deployedCode } from "../../neo-express/world/fixture-log.js";

/** A property's chain invariants for one sequence, given the observed contracts' display hashes by label (to pick their notifications). */
export type PlatformInvariants = (contracts: ReadonlyMap<string, string>) => readonly ChainInvariant[];

export interface PlatformPropertySpec {
  /** `PH-differential`, … */
  readonly property: string;
  readonly title: string;
  readonly commands: readonly fc.Arbitrary<DifferentialCommand<PlatformSequence>>[];
  readonly invariants: PlatformInvariants;
  /** Changes whenever the generators change what a seed generates (saved failures then go stale). */
  readonly generator: string;
}

/**
 * A platform contract's differential property: each sequence in a fresh §6 world whose app is the
 * base probe (MiniAppBaseProbe), the app through which a platform contract is seen from an app:
 * payments it checks, RNG requests it makes and callbacks it receives, the pause it obeys. Every
 * step is compared model ≡ chain (G1–G6) over the app's and the three platform contracts' storage
 * and every balance, and the property's chain invariants are checked without the model.
 *
 * Decision: the entries belong to the app `base-probe` in the catalog (config, `--app`, saved
 * failures under fixtures/failures/base-probe/), because their worlds are the probe's.
 */
export function platformProperty(ctx: ChainContext, spec: PlatformPropertySpec, maxCommands = 25): DifferentialProperty<PlatformSequence> {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === "base-probe");
  if (!app) throw new HarnessError("NEF_MISSING", "the contracts under test have no MiniAppBaseProbe", "add the base-probe app to the run's contracts: the platform properties run through it");
  return {
    app: "base-probe",
    property: spec.property,
    title: spec.title,
    pattern: "platform contract",
    commands: spec.commands,
    maxCommands,
    // As an app's property (appDifferential): with SharedBlocks, sequences run at once, each in its
    // own world, sharing blocks; and the world pool is told how many sequences are to come, so a
    // refill builds for them (without it, 100 builds of one world each, every one waiting for all
    // running sequences to end).
    ...(ctx.sharedBlocks ? { sharesBlocks: true } : {}),
    expect: (sequences) => expectWorlds(ctx, "base-probe", sequences),
    fingerprint: () => ({
      nefChecksums: Object.fromEntries([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files].map((f) => [f.name, f.checksum])),
      modelVersion: modelVersion("base-probe"),
      generator: { maxCommands, commands: spec.generator },
    }),
    setup: async () => {
      const { world, model, real, app: probe } = await worldRun(ctx, "base-probe", "MiniAppBaseProbe");
      await real.watch(...spec.invariants(new Map(real.observed.contracts.map((c) => [c.label, c.hash]))));
      const { paymentHub, gateway, pauseRegistry } = world.hashes;
      const code = { paymentHub: deployedCode(world.log, paymentHub), gateway: deployedCode(world.log, gateway) };
      const sequence: PlatformSequence = { model, paymentHub, gateway, pauseRegistry, probe, receipts: [], requests: [], time: real.time, code };
      return { model: sequence, real };
    },
  };
}
