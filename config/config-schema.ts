import { z } from "zod";
import { APPS, PLATFORM_CONTRACTS, PROBES } from "../simulator/registry.js";

/**
 * The one schema of `miniapp-verify.config.json`: every default lives here (`.default`), the
 * config types are derived from it, and every object is strict, so an unknown key or a wrong
 * type is an error naming its field. Paths are relative to the config file (load-config.ts).
 */

/** Where the contract under test comes from. */
const ContractSourceSchema = z.discriminatedUnion("source", [
  /** This project's own build (`npm run build:contracts` → build/contracts/<Contract>.nef). */
  z.strictObject({ source: z.literal("project") }),
  /** Another project's NEF + manifest, e.g. built by the official nccs. */
  z.strictObject({ source: z.literal("files"), nef: z.string().min(1), manifest: z.string().min(1) }),
  /** A contract project compiled by this project's compiler before the run. */
  z.strictObject({ source: z.literal("csproj"), csproj: z.string().min(1).endsWith(".csproj") }),
]);

const PROJECT_BUILD = { source: "project" } as const;

const AppConfigSchema = z.strictObject({
  contracts: ContractSourceSchema.default(PROJECT_BUILD),
  /** Property ids to run (`DD-P2`, `G8`); absent: all of the app's properties. */
  properties: z.array(z.string().min(1)).min(1).optional(),
});

const appSlugs = [...APPS, ...PROBES].map((a) => a.slug) as [string, ...string[]];

const ConfigSchema = z.strictObject({
  /** Apps under test by slug (spec README §8); absent: every app and probe app the project builds, as built. */
  apps: z.partialRecord(z.enum(appSlugs), AppConfigSchema).default(() =>
    Object.fromEntries([...APPS, ...PROBES].filter((a) => a.built).map((a) => [a.slug, { contracts: PROJECT_BUILD }]))),
  /** The platform contracts deployed with the apps; absent: the project's builds. */
  platform: z.partialRecord(z.enum(PLATFORM_CONTRACTS), ContractSourceSchema).default({}),
  budget: z.strictObject({
    /** Generated call sequences per property. */
    sequences: z.number().int().positive().default(100),
    /**
     * Wall-clock limit of the whole run; properties not reached are reported as skipped. A
     * property under way starts no new sequence past it, and the sequences in flight finish.
     */
    timeLimitSeconds: z.number().int().positive().default(1800),
  }).prefault({}),
  /** The campaign seed (32-bit); absent: chosen at the start of the run and recorded in the report. */
  seed: z.number().int().min(-(2 ** 31)).max(2 ** 32 - 1).optional(),
  outDir: z.string().min(1).default("reports/out"),
  /** Contract coverage (issue #15): counted on the engine hosts of the run, reported and exported as LCOV. */
  coverage: z.strictObject({
    collect: z.boolean().default(true),
    /** The gate: every contract's branch coverage at least this (%); absent: no gate. */
    minBranchPercent: z.number().min(0).max(100).optional(),
  }).prefault({}),
  /** The GAS gate (G10): the baseline of the contracts under test and the allowed increase. */
  gas: z.strictObject({
    /**
     * The snapshot file of these contracts (`miniapp-verify bench --update` writes it; commit it, as
     * Foundry's `.gas-snapshot`); must exist when named. Absent: the project's own baselines for
     * the project's builds, none for other contracts (measured, G10's shape checked, nothing compared).
     */
    snapshot: z.string().min(1).optional(),
    /** Allowed increase over the baseline before a figure is a regression, percent. */
    tolerance: z.number().min(0).default(1),
  }).prefault({}),
  /**
   * Where the differential properties and the GAS gate run (README "Lanes"). Decision (issue #16):
   * the engine by default. neo-express still judges every default run: the lane-equivalence
   * properties run each of their steps on it (and the model), and an engine-lane failure is
   * confirmed on it before it is reported; `"neo-express"` runs the differential properties there too.
   */
  lane: z.enum(["neo-express", "engine"]).default("engine"),
});

type ContractSource = z.infer<typeof ContractSourceSchema>;
/** The config as written (defaults optional). */
type ConfigInput = z.input<typeof ConfigSchema>;
/** The config after defaults, before its paths are resolved. */
type Config = z.output<typeof ConfigSchema>;

export { ConfigSchema, ContractSourceSchema, PROJECT_BUILD, appSlugs as CONFIG_APP_SLUGS };
export type { Config, ConfigInput, ContractSource };
