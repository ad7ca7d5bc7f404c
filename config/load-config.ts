import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appBySlug, PLATFORM_CONTRACTS } from "../simulator/registry.js";
import { CONFIG_APP_SLUGS, ConfigSchema, PROJECT_BUILD, type Config, type ContractSource } from "./config-schema.js";
import { readJsonFile } from "./read-json-file.js";
import { UsageError } from "./usage-error.js";

/** The file `verify` reads when no `--config` is given (optional: absent means all defaults). */
const DEFAULT_CONFIG_FILE = "miniapp-verify.config.json";
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** A contract under test with absolute paths: files to load, or a project to compile first. */
type ResolvedContract =
  | { readonly kind: "files"; readonly origin: "project" | "files"; readonly nef: string; readonly manifest: string }
  | { readonly kind: "csproj"; readonly csproj: string };

interface ResolvedApp {
  readonly slug: string;
  readonly contractName: string;
  readonly contracts: ResolvedContract;
  readonly properties?: readonly string[];
}

interface ResolvedConfig extends Omit<Config, "apps" | "platform"> {
  /** The config file read, or null when every default applies. */
  readonly file: string | null;
  readonly apps: readonly ResolvedApp[];
  readonly platform: Readonly<Record<string, ResolvedContract>>;
}

function resolveContract(source: ContractSource, contractName: string, base: string): ResolvedContract {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  switch (source.source) {
    case "project": {
      const build = join(REPO_ROOT, "build", "contracts");
      return { kind: "files", origin: "project", nef: join(build, `${contractName}.nef`), manifest: join(build, `${contractName}.manifest.json`) };
    }
    case "files":
      return { kind: "files", origin: "files", nef: abs(source.nef), manifest: abs(source.manifest) };
    case "csproj":
      return { kind: "csproj", csproj: abs(source.csproj) };
  }
}

function parse(file: string): Config {
  return readJsonFile(file, ConfigSchema, {
    code: "CONFIG_INVALID", what: `the config file ${file}`, invalid: "has errors", fixSyntax: "fix the JSON syntax (no comments, no trailing commas)",
    fixFields: `fix the fields named above; apps are named by slug (${CONFIG_APP_SLUGS.join(", ")}), contracts by { "source": "project" | "files" | "csproj" }`,
  });
}

/**
 * Reads and checks the config (`path`, or `miniapp-verify.config.json` in `cwd` if present, else
 * all defaults) and resolves every path: the file's own paths relative to the file, the
 * project's builds to build/contracts. Whether the files exist is checked when they are loaded
 * (loadContractFiles), so that a csproj build may create them first; the GAS snapshot's when the
 * gate reads it (gas/gas-baseline.ts), since `bench --update` creates it.
 */
function loadConfig(path?: string, cwd = process.cwd()): ResolvedConfig {
  const explicit = path !== undefined;
  const file = resolve(cwd, path ?? DEFAULT_CONFIG_FILE);
  if (explicit && !existsSync(file)) {
    throw new UsageError("CONFIG_MISSING", `the config file ${file} does not exist`, `check the --config path, or drop it to use ${DEFAULT_CONFIG_FILE} or the defaults`);
  }
  const found = existsSync(file);
  const config = found ? parse(file) : ConfigSchema.parse({});
  const base = found ? dirname(file) : cwd;
  const apps = Object.entries(config.apps).map(([slug, app]) => {
    const contractName = appBySlug(slug)!.contractName;
    return { slug, contractName, contracts: resolveContract(app!.contracts, contractName, base), ...(app!.properties ? { properties: app!.properties } : {}) };
  });
  const platform = Object.fromEntries(PLATFORM_CONTRACTS.map((name) => [name, resolveContract(config.platform[name] ?? PROJECT_BUILD, name, base)]));
  const gas = { ...config.gas, ...(config.gas.snapshot ? { snapshot: resolve(base, config.gas.snapshot) } : {}) };
  return { ...config, file: found ? file : null, outDir: resolve(base, config.outDir), apps, platform, gas };
}

export { loadConfig, DEFAULT_CONFIG_FILE };
export type { ResolvedApp, ResolvedConfig, ResolvedContract };
