import { loadConfig } from "../../config/load-config.js";
import { contractsOf, preflight } from "../../preflight/preflight.js";
import { gasBaseline, requireNamedSnapshot } from "../../gas/gas-baseline.js";

interface CheckOptions {
  readonly config?: string;
  readonly log: (line: string) => void;
}

/**
 * `miniapp-verify check`: the config and the pre-run checks of `verify` (ABI against the spec,
 * NEF against Neo 3.5.0, the named GAS snapshot readable) without starting a chain. Problems throw
 * a UsageError (exit 2).
 */
function checkCommand(options: CheckOptions): void {
  const config = loadConfig(options.config);
  options.log(`config  ${config.file ?? "(none: defaults)"}`);
  const contracts = contractsOf(config);
  const pending = config.apps.filter((a) => a.contracts.kind === "csproj").map((a) => a.slug);
  preflight(contracts);
  if (config.gas.snapshot) {
    requireNamedSnapshot(gasBaseline(config.gas.snapshot, false));
    options.log(`ok      GAS snapshot ${config.gas.snapshot}`);
  }
  for (const c of contracts) options.log(`ok      ${c.slug}: ${c.nef}`);
  for (const slug of pending) options.log(`later   ${slug}: a csproj, checked after \`verify\` compiles it`);
}

export { checkCommand };
