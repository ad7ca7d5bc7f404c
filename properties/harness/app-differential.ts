import type fc from "fast-check";
import type { ChainContext } from "./chain-context.js";
import type { ChainInvariant } from "./chain-invariant.js";
import { appFingerprint, appUnderTest } from "./app-under-test.js";
import type { DifferentialCommand, DifferentialProperty } from "./run-property.js";
import { expectWorlds, worldRun, type WorldRun } from "./world-run.js";
import { worldKindOf } from "./world-kind-command.js";

/** What one app's model-vs-chain property names; the rest is the same for every app. */
export interface AppDifferentialSpec<M extends object> {
  readonly slug: string;
  /** The app's contract label in reports (observed storage, invariants). */
  readonly label: string;
  readonly property: string;
  readonly title: string;
  readonly pattern: string;
  readonly commands: readonly fc.Arbitrary<DifferentialCommand<M>>[];
  readonly maxCommands: number;
  /** The generator's version, part of a saved failure's fingerprint. */
  readonly generator: string;
  /** The sequence's own knowledge, from its fresh world. */
  sequence(run: WorldRun): M;
  /** The chain-alone invariants checked after every step (ChainInvariant), for the app's hash. */
  invariants?(app: string): ChainInvariant[];
}

/**
 * An app's differential property (README §10 G1–G6): each generated sequence in a fresh world,
 * fingerprinted by the NEF checksums of the platform and the app, the model's version and the
 * generator settings, with the app's chain-alone invariants watched from its start.
 */
export function appDifferential<M extends object>(ctx: ChainContext, spec: AppDifferentialSpec<M>): DifferentialProperty<M> {
  const app = appUnderTest(ctx, spec.slug, spec.label);
  return {
    app: spec.slug,
    property: spec.property,
    title: spec.title,
    pattern: spec.pattern,
    commands: spec.commands,
    maxCommands: spec.maxCommands,
    // neo-express with SharedBlocks (or a judged pair whose neo-express has them, the engine
    // their mirror): sequences run at once, each in its own world, sharing blocks.
    ...(ctx.sharedBlocks ? { sharesBlocks: true } : {}),
    expect: (sequences) => expectWorlds(ctx, spec.slug, sequences),
    fingerprint: () => appFingerprint(ctx, spec.slug, app, { maxCommands: spec.maxCommands, commands: spec.generator }),
    // The world's kind: the fixture's, or a deployment window an InWorld command asks for.
    setup: async (commands) => {
      const run = await worldRun(ctx, spec.slug, spec.label, worldKindOf(commands));
      if (spec.invariants) await run.real.watch(...spec.invariants(run.app));
      return { model: spec.sequence(run), real: run.real };
    },
  };
}
