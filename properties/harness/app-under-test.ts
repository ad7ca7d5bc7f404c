import { HarnessError } from "../../neo-express/harness-error.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { ChainContext } from "./chain-context.js";
import { modelVersion } from "./model-version.js";
import type { Fingerprint } from "./failure-store.js";

type AppContracts = WorldContracts["apps"][number];

/** The run's contracts of app `slug`; a run without them is a configuration error (NEF_MISSING). */
export function appUnderTest(ctx: ChainContext, slug: string, name: string): AppContracts {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === slug);
  if (!app) throw new HarnessError("NEF_MISSING", `the contracts under test have no ${name}`, `add the ${slug} app to the run's contracts`);
  return app;
}

/** What a persisted failure of an app's differential property was found with: NEF checksums, model version, generator settings. */
export function appFingerprint(ctx: ChainContext, app: AppContracts, maxCommands: number, commands: string): Fingerprint {
  return {
    nefChecksums: Object.fromEntries([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files].map((f) => [f.name, f.checksum])),
    modelVersion: modelVersion(app.entry.slug),
    generator: { maxCommands, commands },
  };
}
