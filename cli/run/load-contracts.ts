import type { ResolvedConfig, ResolvedContract } from "../../config/load-config.js";
import type { ContractFiles } from "../../neo-express/driver/contract-files.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import { checkAbi, hasSpecAbi, loadSpecAbi } from "../../preflight/abi/check-abi.js";
import { checkNef } from "../../preflight/nef/check-nef.js";
import type { ContractInfo } from "../../reports/run-summary.js";
import { appBySlug } from "../../simulator/registry.js";
import { contractInfo } from "./contract-info.js";
import { resolveContractFiles } from "./resolve-contracts.js";

export interface LoadedContracts {
  readonly world: WorldContracts;
  readonly infos: ContractInfo[];
  /** Each contract's files and NEF path (its debug info lies beside it), for coverage. */
  readonly sources: { readonly files: ContractFiles; readonly nefPath: string }[];
}

/**
 * Loads every contract under test and checks it before the chain starts: ABI against the spec,
 * NEF against Neo 3.5. The probe apps (base-probe, timelock-probe) test the base classes and have
 * no ABI table in the spec: their ABI is not checked, their NEF is (as `check` does).
 */
export function loadContracts(config: ResolvedConfig): LoadedContracts {
  const infos: ContractInfo[] = [];
  const sources: LoadedContracts["sources"] = [];
  const load = (label: string, slug: string, contractName: string, c: ResolvedContract): ContractFiles => {
    const { files, nefPath } = resolveContractFiles(c, contractName);
    const manifest = JSON.parse(files.manifest) as { abi: { methods: { name: string; offset: number }[] } };
    checkNef(files.nef, manifest.abi.methods, nefPath);
    if (hasSpecAbi(slug)) checkAbi(files.manifest, nefPath.replace(/\.nef$/, ".manifest.json"), loadSpecAbi(slug));
    infos.push(contractInfo(label, files, nefPath));
    sources.push({ files, nefPath });
    return files;
  };
  const platform = (name: "PaymentHub" | "PauseRegistry" | "ServiceLayerGateway", slug: string) => load("platform", slug, name, config.platform[name]!);
  return {
    world: {
      paymentHub: platform("PaymentHub", "payment-hub"),
      pauseRegistry: platform("PauseRegistry", "pause-registry"),
      gateway: platform("ServiceLayerGateway", "service-layer-gateway"),
      apps: config.apps.map((a) => ({ entry: appBySlug(a.slug)!, files: load(a.slug, a.slug, a.contractName, a.contracts) })),
    },
    infos,
    sources,
  };
}

/** Whether these apps and every platform contract are this project's own builds (then its own GAS baselines apply). */
export function projectBuildsOnly(config: ResolvedConfig, apps: readonly string[]): boolean {
  const own = (c: ResolvedContract | undefined) => c?.kind === "files" && c.origin === "project";
  return config.apps.filter((a) => apps.includes(a.slug)).every((a) => own(a.contracts)) && Object.values(config.platform).every(own);
}
