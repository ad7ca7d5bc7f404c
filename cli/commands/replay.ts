import { loadConfig } from "../../config/load-config.js";
import { UsageError } from "../../config/usage-error.js";
import type { Lane } from "../../neo-express/driver/lane.js";
import { appBySlug } from "../../simulator/registry.js";
import { CATALOG } from "../../properties/catalog.js";
import { runProperty } from "../../properties/harness/run-property.js";
import { readSavedFailure } from "../../properties/harness/failure-store.js";
import type { PropertyResult } from "../../reports/run-summary.js";
import { EXIT } from "../exit-codes.js";
import { differenceSides } from "../../reports/render/step-outcome.js";
import { resolveContractFiles } from "../run/resolve-contracts.js";
import { openLanes, placeProperty } from "../run/run-lanes.js";

export interface ReplayOptions {
  readonly app?: string;
  readonly property?: string;
  readonly seed?: number;
  readonly path?: string;
  readonly replayPath?: string;
  /** The flexible steps' delays of a failure found while sharing blocks (printed with its replay command). */
  readonly times?: string;
  readonly failure?: string;
  readonly config?: string;
  /** The lane to replay on (default: the config's, neo-express); engine replays are confirmed on neo-express. */
  readonly lane?: Lane;
  readonly log: (line: string) => void;
}

/**
 * Replays one generated sequence (seed + path, or a saved failure file) on a fresh chain and
 * model and prints every step side by side: the call, both outcomes, and the differences. On the
 * engine lane it is replayed on neo-express too, and the lanes it reproduced on are printed.
 */
export async function replay(o: ReplayOptions): Promise<number> {
  const target = o.failure ? readSavedFailure(o.failure) : fromArgs(o);
  const entry = CATALOG.find((e) => e.app === target.app && e.property === target.property);
  if (!entry) throw new UsageError("CONFIG_INVALID", `no property ${target.app}/${target.property}`, `choose from ${CATALOG.map((e) => `${e.app}/${e.property}`).join(", ")}`);
  const config = loadConfig(o.config);
  const platform = (name: string) => resolveContractFiles(config.platform[name]!, name).files;
  const app = config.apps.find((a) => a.slug === target.app);
  if (!app) throw new UsageError("CONFIG_INVALID", `app "${target.app}" is not under test in this config`, "add it to the config's apps");
  const lane = o.lane ?? config.lane;
  const lanes = await openLanes(lane, {
    paymentHub: platform("PaymentHub"), pauseRegistry: platform("PauseRegistry"), gateway: platform("ServiceLayerGateway"),
    apps: [{ entry: appBySlug(app.slug)!, files: resolveContractFiles(app.contracts, app.contractName).files }],
  });
  let result: PropertyResult;
  try {
    const { property, options } = await placeProperty(entry, lanes);
    result = await runProperty(property, {
      numRuns: 1, seed: target.seed, path: target.path, ...(target.replayPath ? { replayPath: target.replayPath } : {}),
      ...(target.times ? { times: target.times } : {}), replayCommand: () => "", ...options,
    });
  } finally {
    await lanes.stop();
  }
  const steps = result.counterexample?.steps ?? [];
  const failed = result.verdict === "fail" || result.verdict === "error";
  o.log(`${target.app}/${target.property} seed ${target.seed} path ${target.path}: ${failed ? `FAILS (reproduced on ${result.counterexample?.reproducedOn.join(", ") || "—"})` : "passes"}`);
  if (result.verdict === "error" && result.error) o.log(result.error);
  for (const s of steps) {
    o.log(`#${s.index} ${s.call}`);
    o.log(`    model: ${s.model.state} ${s.model.result}${s.model.notifications.length ? `  [${s.model.notifications.join("; ")}]` : ""}`);
    o.log(`    chain: ${s.chain.state} ${s.chain.result}${s.chain.notifications.length ? `  [${s.chain.notifications.join("; ")}]` : ""}`);
    if (s.neoExpress) o.log(`    neo-express: ${s.neoExpress.state} ${s.neoExpress.result}`);
    for (const d of s.differences) o.log(`    ≠ ${d.field} (${d.kind}): ${differenceSides(d).map((x) => `${x.side} ${x.value}`).join(" | ") || "—"}`);
  }
  return failed ? EXIT.failed : EXIT.ok;
}

function fromArgs(o: ReplayOptions) {
  if (!o.app || o.seed === undefined || o.path === undefined) {
    throw new UsageError("CONFIG_INVALID", "replay needs --app, --seed and --path (or --failure <file>)", "copy the replay command a report prints");
  }
  return { app: o.app, property: o.property ?? CATALOG.find((e) => e.app === o.app)?.property ?? "", seed: o.seed, path: o.path, ...(o.replayPath ? { replayPath: o.replayPath } : {}), ...(o.times ? { times: o.times } : {}) };
}
