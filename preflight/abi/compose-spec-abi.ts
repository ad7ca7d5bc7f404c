import type { AppEntry } from "../../simulator/registry.js";
import { parseAbiTable } from "./parse-abi-table.js";
import { parseEvents } from "./parse-events.js";
import type { AbiParameter, SpecAbi, SpecEvent, SpecMethod } from "./spec-abi.js";

/** The spec's markdown files by name (`devpack.md` → its text). */
type SpecFiles = Readonly<Record<string, string>>;

interface Part {
  readonly methods: readonly SpecMethod[];
  readonly events: readonly SpecEvent[];
}

/** The `## N. Title` section of a file whose title starts with `title` (up to the next `## `). */
function section(text: string, title: string, file: string): string {
  const parts = text.split(/^## /m);
  const found = parts.find((p) => p.startsWith(title));
  if (!found) throw new Error(`${file}: no section "## ${title}"`);
  return found;
}

function standardCallback(files: SpecFiles): AbiParameter[] {
  const m = /\*\*Standard callback signature\*\*[^`]*`\(([^)]*)\)/.exec(files["platform.md"] ?? "");
  if (!m) throw new Error("platform.md: no **Standard callback signature**");
  return m[1]!.split(",").map((p) => {
    const [name, type] = p.trim().split(/\s+/);
    return { name: name!, type: type as AbiParameter["type"] };
  });
}

/** The devpack parts each base class is made of, in inheritance order (devpack.md). */
function baseParts(base: AppEntry["base"], files: SpecFiles): Part[] {
  const dev = files["devpack.md"]!;
  const cb = standardCallback(files);
  const part = (title: string, from: string, nameColumn?: number): Part => {
    const text = section(dev, title, "devpack.md");
    return { methods: parseAbiTable(text, { from, standardCallback: cb, ...(nameColumn !== undefined ? { nameColumn } : {}) }), events: parseEvents(text, from) };
  };
  const core = part("1. MiniAppBase", "devpack.md §1 MiniAppBase");
  const service = part("2. MiniAppServiceBase", "devpack.md §2 MiniAppServiceBase");
  const compute = part("5. MiniAppComputeBase", "devpack.md §5 MiniAppComputeBase");
  // §3 has one table with a name column per base class, and one event per base class.
  const game = (column: 0 | 1): Part => {
    const p = part("3. MiniAppGameBase", `devpack.md §3 ${column === 0 ? "MiniAppGameBase" : "MiniAppGameComputeBase"}`, column);
    return { methods: p.methods, events: p.events.slice(column, column + 1) };
  };
  switch (base) {
    case "MiniAppServiceBase": return [core, service];
    case "MiniAppGameBase": return [core, game(0)];
    case "MiniAppTimeLockBase": return [core, part("4. MiniAppTimeLockBase", "devpack.md §4 MiniAppTimeLockBase")];
    case "MiniAppComputeBase": return [core, service, compute];
    case "MiniAppGameComputeBase": return [core, service, compute, game(1)];
  }
}

function join(contract: string, slug: string, base: string | null, parts: readonly Part[]): SpecAbi {
  const methods = parts.flatMap((p) => p.methods);
  const events = parts.flatMap((p) => p.events);
  for (const list of [methods, events]) {
    const seen = new Map<string, string>();
    for (const m of list) {
      const key = `${m.name}/${m.parameters.length}`;
      if (seen.has(key)) throw new Error(`${contract}: ${m.name} is declared by ${seen.get(key)} and by ${m.from}`);
      seen.set(key, m.from);
    }
  }
  return { contract, slug, base, methods, events };
}

/** An app's ABI: its base classes' public methods and events, then its own ABI table and events. */
function appSpecAbi(app: AppEntry, files: SpecFiles): SpecAbi {
  const file = `${app.slug}.md`;
  const abi = section(files[file] ?? "", "ABI", file);
  const own: Part = { methods: parseAbiTable(abi, { from: `${file} ABI`, standardCallback: standardCallback(files) }), events: parseEvents(abi, `${file} ABI`) };
  return join(app.contractName, app.slug, app.base, [...baseParts(app.base, files), own]);
}

/** A platform contract's ABI: exactly its table and events in platform.md. */
function platformSpecAbi(contract: string, slug: string, files: SpecFiles): SpecAbi {
  const text = section(files["platform.md"]!, contract === "PaymentHub" ? "1. PaymentHub" : contract === "ServiceLayerGateway" ? "2. ServiceLayerGateway" : "3. PauseRegistry", "platform.md");
  const abi = text.slice(text.indexOf("### ABI"));
  const from = `platform.md ${contract}`;
  return join(contract, slug, null, [{ methods: parseAbiTable(abi, { from, standardCallback: standardCallback(files) }), events: parseEvents(text, from) }]);
}

export { appSpecAbi, platformSpecAbi };
export type { SpecFiles };
