import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * A contract csproj as the official nccs 3.5.0 reads it (neo-devpack-dotnet v3.5.0,
 * CompilationContext.GetCompilation): every `*.cs` under the project's folder (obj/ excluded) plus
 * the `Include` of each `<Compile>` element that is a direct child of a direct child `<ItemGroup>`
 * of the root, taken literally as one path relative to the folder: no wildcard expansion, no `;`
 * lists, no conditions, no imported files (Contract.props is invisible to it). The references come
 * from `dotnet restore` (project.assets.json), which is real MSBuild: that is where the
 * NeoFramework property of Contract.props chooses the framework.
 *
 * MSBuild itself compiles the same set only if the project keeps the SDK's default items (its
 * folder's files) and adds nothing nccs cannot see; `nccsProblems` lists every way a csproj can make
 * the two disagree, so the rule cannot drift as app folders are added.
 */
export interface NccsProject {
  readonly csproj: string;
  /** The files nccs 3.5.0 compiles, absolute, sorted. */
  readonly sources: readonly string[];
  /** Everything in the csproj that nccs would read differently from MSBuild, or not at all. */
  readonly problems: readonly string[];
}

interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Names of the enclosing elements, root first. */
  readonly path: readonly string[];
  /** The enclosing element's attributes. */
  readonly parentAttrs: Readonly<Record<string, string>>;
}

/** The elements of an MSBuild file with their ancestry (comments dropped; enough XML for project files). */
function elements(xml: string): Element[] {
  const out: Element[] = [];
  const stack: { name: string; attrs: Record<string, string> }[] = [];
  const text = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  for (const m of text.matchAll(/<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, close, name, rawAttrs, selfClose] = m;
    if (close) {
      stack.pop();
      continue;
    }
    const attrs = Object.fromEntries([...rawAttrs!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1]!, a[2] ?? a[3] ?? ""]));
    out.push({ name: name!, attrs, path: stack.map((x) => x.name), parentAttrs: stack.at(-1)?.attrs ?? {} });
    if (!selfClose) stack.push({ name: name!, attrs });
  }
  return out;
}

function csFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) return e === "obj" || e === "bin" ? [] : csFiles(p);
    return e.endsWith(".cs") ? [p] : [];
  });
}

/** Reads a contract csproj the way nccs 3.5.0 does and lists what would make nccs and MSBuild disagree. */
export function readNccsProject(csproj: string): NccsProject {
  const folder = dirname(csproj);
  const problems: string[] = [];
  const els = elements(readFileSync(csproj, "utf8"));
  const includes: string[] = [];
  for (const e of els) {
    if (e.name === "EnableDefaultCompileItems" || e.name === "EnableDefaultItems") problems.push(`<${e.name}>: MSBuild would then drop the folder's own files, which nccs always compiles`);
    if (e.name !== "Compile") continue;
    const where = [...e.path, "Compile"].join("/");
    const include = e.attrs["Include"];
    if (include === undefined) {
      problems.push(`<Compile ${Object.keys(e.attrs).join(" ")}> without Include (${where}): nccs ignores Remove/Update`);
      continue;
    }
    if (e.path.length !== 2 || e.path[0] !== "Project" || e.path[1] !== "ItemGroup") {
      problems.push(`<Compile Include="${include}"> at ${where}: nccs reads only Project/ItemGroup/Compile`);
      continue;
    }
    if (e.attrs["Condition"] !== undefined || e.parentAttrs["Condition"] !== undefined) problems.push(`<Compile Include="${include}"> is conditional: nccs reads it whatever the condition`);
    if (/[*?;]|\$\(|%\(|@\(/.test(include)) {
      problems.push(`<Compile Include="${include}">: nccs takes an Include literally as one path (no wildcards, lists or properties); name each file`);
      continue;
    }
    const path = resolve(folder, include.replace(/\\/g, "/"));
    if (!existsSync(path)) problems.push(`<Compile Include="${include}">: ${path} does not exist`);
    else if (path.startsWith(folder + "/")) problems.push(`<Compile Include="${include}">: a file of the project's own folder is compiled by default; listing it makes MSBuild fail on a duplicate item`);
    else includes.push(path);
  }
  const sources = [...new Set([...csFiles(folder), ...includes])].sort();
  return { csproj, sources, problems };
}

/** Whether a project's sources derive from a DevPack base class (then it needs the whole DevPack). */
export function usesDevPack(sources: readonly string[], devPack: string): boolean {
  return sources.some((s) => !s.startsWith(devPack + "/") && /:\s*MiniApp\w*Base\b/.test(readFileSync(s, "utf8")));
}

/**
 * The contract projects under `contracts/` (each csproj that imports Contract.props), as
 * scripts/build-contracts.mjs finds them: compiler, tests and framework are not contracts.
 */
export function contractProjects(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    if (["bin", "obj", "compiler", "compiler.tests", "framework"].includes(e)) return [];
    if (statSync(p).isDirectory()) return contractProjects(p);
    return e.endsWith(".csproj") && readFileSync(p, "utf8").includes("Contract.props") ? [p] : [];
  }).sort();
}

/** Every problem of every contract project of `contracts`, plus DevPack files an app does not list and sources no project compiles. */
export function nccsProblems(contracts: string): string[] {
  const devPack = join(contracts, "DevPack");
  const devPackFiles = csFiles(devPack).sort();
  const problems: string[] = [];
  const compiled = new Set<string>();
  for (const csproj of contractProjects(contracts)) {
    const p = readNccsProject(csproj);
    const name = relative(contracts, csproj);
    problems.push(...p.problems.map((x) => `${name}: ${x}`));
    p.sources.forEach((s) => compiled.add(s));
    if (usesDevPack(p.sources, devPack)) {
      for (const f of devPackFiles.filter((f) => !p.sources.includes(f))) problems.push(`${name}: derives from a DevPack base but does not list ${relative(dirname(csproj), f)} (add <Compile Include="${relative(dirname(csproj), f)}" />)`);
    }
  }
  for (const f of csFiles(contracts).filter((f) => !/\/(compiler|compiler\.tests|framework)\//.test(f.slice(contracts.length)))) {
    if (!compiled.has(f)) problems.push(`${relative(contracts, f)}: no contract project compiles it (a DevPack file every app must list, or a file outside any contract folder)`);
  }
  return problems;
}
