// Generates fixtures/spec-abi/<slug>.json, the machine-readable copy of the spec's ABI tables that
// the pre-run ABI check compares manifests with: every app (its table plus the inherited
// base-class methods and events of devpack.md) and the three platform contracts (platform.md).
//   npx tsx scripts/extract-spec-abi.ts [--spec ../shared/spec] [--check]
// --check writes nothing and exits 1 when a committed file differs from the spec (CI drift check).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appSpecAbi, platformSpecAbi } from "../preflight/abi/compose-spec-abi.js";
import { SpecAbiSchema, type SpecAbi } from "../preflight/abi/spec-abi.js";
import { APPS, PLATFORM_CONTRACTS } from "../simulator/registry.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const specDir = resolve(args.includes("--spec") ? args[args.indexOf("--spec") + 1]! : join(root, "..", "shared", "spec"));
const check = args.includes("--check");
const outDir = join(root, "fixtures", "spec-abi");

const files = Object.fromEntries(readdirSync(specDir).filter((f) => f.endsWith(".md")).map((f) => [f, readFileSync(join(specDir, f), "utf8")]));
const kebab = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
const abis: SpecAbi[] = [
  ...APPS.map((app) => appSpecAbi(app, files)),
  ...PLATFORM_CONTRACTS.map((c) => platformSpecAbi(c, kebab(c), files)),
];

let drift = 0;
mkdirSync(outDir, { recursive: true });
for (const abi of abis) {
  const text = `${JSON.stringify(SpecAbiSchema.parse(abi), null, 2)}\n`;
  const path = join(outDir, `${abi.slug}.json`);
  if (check) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
      console.error(`extract-spec-abi: ${path} differs from the spec; run \`npx tsx scripts/extract-spec-abi.ts\``);
      drift++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`${abi.slug}: ${abi.methods.length} methods, ${abi.events.length} events`);
  }
}
process.exit(drift ? 1 : 0);
