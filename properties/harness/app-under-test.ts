import { HarnessError } from "../../neo-express/harness-error.js";
import { nefChecksums, type ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { ChainContext } from "./chain-context.js";
import type { Fingerprint } from "./failure-store.js";
import { modelVersion } from "./model-version.js";

/** The contracts under test of `slug` in a run's context, or a NEF_MISSING error naming the app. */
export function appUnderTest(ctx: ChainContext, slug: string, name: string): ContractFiles {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === slug);
  if (!app) throw new HarnessError("NEF_MISSING", `the contracts under test have no ${name}`, `add the ${slug} app to the run's contracts`);
  return app.files;
}

/**
 * What makes a saved failure of an app's property stale (STYLE.md habit 5): the NEF checksums of
 * the platform and the app, the model's version and the generator settings.
 */
export function appFingerprint(ctx: ChainContext, slug: string, app: ContractFiles, generator: Fingerprint["generator"]): Fingerprint {
  return {
    nefChecksums: nefChecksums([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app]),
    modelVersion: modelVersion(slug),
    generator,
  };
}
