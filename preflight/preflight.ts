import { loadContractFiles } from "../neo-express/driver/contract-files.js";
import type { ResolvedConfig } from "../config/load-config.js";
import { UsageError } from "../config/usage-error.js";
import { ManifestAbiSchema } from "./abi/manifest-abi.js";
import { checkAbi, hasSpecAbi, loadSpecAbi } from "./abi/check-abi.js";
import { checkNef } from "./nef/check-nef.js";

interface ContractUnderTest {
  /** The spec ABI's slug: an app slug, or `payment-hub` / `pause-registry` / `service-layer-gateway`. */
  readonly slug: string;
  readonly nef: string;
  readonly manifest: string;
}

const kebab = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();

/** The NEF + manifest pairs of a config (csproj sources must have been compiled to files first). */
function contractsOf(config: ResolvedConfig): ContractUnderTest[] {
  const all = [...config.apps.map((a) => [a.slug, a.contracts] as const), ...Object.entries(config.platform).map(([n, c]) => [kebab(n), c] as const)];
  return all.flatMap(([slug, c]) => (c.kind === "files" ? [{ slug, nef: c.nef, manifest: c.manifest }] : []));
}

/**
 * The pre-run checks of every contract under test: its manifest has the spec's ABI and its NEF
 * runs on the chain's NeoVM. All contracts are checked and all problems reported in one error
 * (exit 2), before neo-express starts. A missing file is loadContractFiles' HarnessError.
 */
function preflight(contracts: readonly ContractUnderTest[]): void {
  const failures: UsageError[] = [];
  for (const c of contracts) {
    const files = loadContractFiles(c.nef, c.manifest);
    // The probe apps test base classes and have no ABI table in the spec; their NEF is still checked.
    for (const check of [
      () => hasSpecAbi(c.slug) && checkAbi(files.manifest, c.manifest, loadSpecAbi(c.slug)),
      () => checkNef(files.nef, ManifestAbiSchema.parse(JSON.parse(files.manifest)).abi.methods, c.nef),
    ]) {
      try {
        check();
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        failures.push(e);
      }
    }
  }
  if (failures.length === 1) throw failures[0]!;
  if (failures.length > 1) {
    // The first failure's code stands for all; each entry keeps its own code and fix.
    throw new UsageError(failures[0]!.code, `the contracts under test fail ${failures.length} pre-run checks:\n\n${failures.map((e) => `${e.code}: ${e.message}`).join("\n\n")}`,
      "fix each contract as its entry says, then run again");
  }
}

export { preflight, contractsOf };
export type { ContractUnderTest };
