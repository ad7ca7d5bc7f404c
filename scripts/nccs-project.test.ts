import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { contractProjects, nccsProblems, readNccsProject } from "./nccs-project.js";

const CONTRACTS = fileURLToPath(new URL("../contracts", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "nccs-project-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of contracts/ without the compiler, its tests and bin/obj, to break on purpose. */
function copyOfContracts(): string {
  const dir = mkdtempSync(join(tmp, "contracts-"));
  cpSync(CONTRACTS, dir, { recursive: true, filter: (p) => !/[\\/](bin|obj|compiler|compiler\.tests)$/.test(p) });
  return dir;
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(file, next);
};

describe("contract projects as nccs 3.5.0 reads them", () => {
  it("every contract csproj has only explicit, existing Compile items, and each app lists the whole DevPack", () => {
    expect(contractProjects(CONTRACTS).map((p) => p.slice(CONTRACTS.length + 1))).toEqual(expect.arrayContaining([
      "DoomsdayClock/DoomsdayClock.csproj", "Platform/PaymentHub/PaymentHub.csproj", "Testing/BaseProbe/BaseProbe.csproj", "Testing/TimeLockProbe/TimeLockProbe.csproj",
    ]));
    expect(nccsProblems(CONTRACTS)).toEqual([]);
  });

  it("reads the folder's files and the listed DevPack files, nothing else", () => {
    const p = readNccsProject(join(CONTRACTS, "DoomsdayClock", "DoomsdayClock.csproj"));
    const names = p.sources.map((s) => s.slice(CONTRACTS.length + 1));
    expect(names).toContain("DoomsdayClock/MiniAppDoomsdayClock.Hybrid.cs");
    expect(names).toContain("DevPack/MiniAppGameBase.cs");
    expect(names.every((n) => n.startsWith("DoomsdayClock/") || n.startsWith("DevPack/"))).toBe(true);
  });

  it("finds a wildcard, a missing file, an item nccs cannot see, a conditional item and an unlisted DevPack file", () => {
    const dir = copyOfContracts();
    const dd = join(dir, "DoomsdayClock", "DoomsdayClock.csproj");
    edit(dd, '<Compile Include="../DevPack/BetLimits.cs" />', '<Compile Include="../DevPack/*.cs" />');
    edit(join(dir, "Testing", "BaseProbe", "BaseProbe.csproj"), '<Compile Include="../../DevPack/MiniAppBase.cs" />', '<Compile Include="../../DevPack/MiniAppBas.cs" />');
    edit(join(dir, "Testing", "TimeLockProbe", "TimeLockProbe.csproj"), "</Project>", '<Choose><When Condition="true"><ItemGroup><Compile Include="../../DevPack/MiniAppBase.cs" /></ItemGroup></When></Choose>\n<ItemGroup Condition="\'$(X)\' == \'\'"><Compile Include="../../Platform/PaymentHub/Records.cs" /></ItemGroup>\n</Project>');
    writeFileSync(join(dir, "DevPack", "MiniAppNewBase.cs"), "namespace X { }\n");
    const problems = nccsProblems(dir);
    expect(problems).toContain('DoomsdayClock/DoomsdayClock.csproj: <Compile Include="../DevPack/*.cs">: nccs takes an Include literally as one path (no wildcards, lists or properties); name each file');
    expect(problems).toContain("DoomsdayClock/DoomsdayClock.csproj: derives from a DevPack base but does not list ../DevPack/BetLimits.cs (add <Compile Include=\"../DevPack/BetLimits.cs\" />)");
    expect(problems.some((p) => p.startsWith("Testing/BaseProbe/BaseProbe.csproj: <Compile Include=\"../../DevPack/MiniAppBas.cs\">:") && p.endsWith("does not exist"))).toBe(true);
    expect(problems).toContain('Testing/TimeLockProbe/TimeLockProbe.csproj: <Compile Include="../../DevPack/MiniAppBase.cs"> at Project/Choose/When/ItemGroup/Compile: nccs reads only Project/ItemGroup/Compile');
    expect(problems).toContain('Testing/TimeLockProbe/TimeLockProbe.csproj: <Compile Include="../../Platform/PaymentHub/Records.cs"> is conditional: nccs reads it whatever the condition');
    // Every app project (whatever apps have landed) and both probes must list the new base file.
    const unlisted = problems.filter((p) => p.includes("MiniAppNewBase.cs"));
    expect(unlisted).toContain("DoomsdayClock/DoomsdayClock.csproj: derives from a DevPack base but does not list ../DevPack/MiniAppNewBase.cs (add <Compile Include=\"../DevPack/MiniAppNewBase.cs\" />)");
    expect(unlisted).toContain("Testing/BaseProbe/BaseProbe.csproj: derives from a DevPack base but does not list ../../DevPack/MiniAppNewBase.cs (add <Compile Include=\"../../DevPack/MiniAppNewBase.cs\" />)");
    expect(unlisted).toContain("Testing/TimeLockProbe/TimeLockProbe.csproj: derives from a DevPack base but does not list ../../DevPack/MiniAppNewBase.cs (add <Compile Include=\"../../DevPack/MiniAppNewBase.cs\" />)");
    expect(unlisted.at(-1)).toBe("DevPack/MiniAppNewBase.cs: no contract project compiles it (a DevPack file every app must list, or a file outside any contract folder)");
  });

  it("finds a new app folder whose csproj still uses the old wildcard, and a source no project compiles", () => {
    const dir = copyOfContracts();
    // An app folder no engineer will land (it was "Lottery" until Lottery landed).
    mkdirSync(join(dir, "FutureApp"));
    writeFileSync(join(dir, "FutureApp", "FutureApp.csproj"), '<Project Sdk="Microsoft.NET.Sdk">\n  <Import Project="../Contract.props" />\n  <ItemGroup><Compile Include="../DevPack/*.cs" /></ItemGroup>\n</Project>\n');
    writeFileSync(join(dir, "FutureApp", "MiniAppFutureApp.cs"), "public class MiniAppFutureApp : MiniAppGameComputeBase { }\n");
    mkdirSync(join(dir, "Shared"));
    writeFileSync(join(dir, "Shared", "Helpers.cs"), "static class Helpers { }\n");
    const problems = nccsProblems(dir);
    expect(problems.filter((p) => p.startsWith("FutureApp/"))).toHaveLength(14);
    expect(problems).toContain("Shared/Helpers.cs: no contract project compiles it (a DevPack file every app must list, or a file outside any contract folder)");
  });

  it("the framework is chosen by NeoFramework: this project's stand-in by default, the official 3.5.0 package for nccs", () => {
    const evaluate = (env: Record<string, string>) => {
      const r = spawnSync("dotnet", ["msbuild", join(CONTRACTS, "DoomsdayClock", "DoomsdayClock.csproj"), "-getProperty:TargetFramework", "-getItem:PackageReference", "-getItem:ProjectReference"],
        { encoding: "utf8", env: { ...process.env, ...env } });
      expect(r.status, r.stderr + r.stdout).toBe(0);
      const out = JSON.parse(r.stdout) as { Properties: { TargetFramework: string }; Items: Record<string, { Identity: string; Version?: string }[]> };
      return { tfm: out.Properties.TargetFramework, packages: (out.Items["PackageReference"] ?? []).map((i) => `${i.Identity} ${i.Version}`), projects: (out.Items["ProjectReference"] ?? []).map((i) => i.Identity.slice(CONTRACTS.length + 1)) };
    };
    expect(evaluate({})).toEqual({ tfm: "net10.0", packages: [], projects: ["framework/Neo.SmartContract.Framework.csproj"] });
    expect(evaluate({ NeoFramework: "official" })).toEqual({ tfm: "net6.0", packages: ["Neo.SmartContract.Framework 3.5.0"], projects: [] });
  }, 60_000);
});
