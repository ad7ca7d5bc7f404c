#!/usr/bin/env node
// Compiles every contract under contracts/ (each csproj that imports Contract.props) with the
// project's own compiler into build/contracts/: <Name>.nef, <Name>.manifest.json,
// <Name>.debug.json. The compiler skips projects whose sources did not change; any compile
// error fails the build (exit 1) with `file(line,col): error CODE: message` lines.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const quiet = process.argv.includes("--quiet");
const out = join(root, "build", "contracts");
const compilerOut = join(root, "build", "compiler");

function contractProjects(dir) {
  const found = [];
  for (const entry of readdirSync(dir)) {
    if (["bin", "obj", "compiler", "compiler.tests", "framework"].includes(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...contractProjects(path));
    else if (entry.endsWith(".csproj") && readFileSync(path, "utf8").includes("Contract.props")) found.push(dirname(path));
  }
  return found;
}

const stdio = quiet ? ["ignore", "ignore", "inherit"] : "inherit";
const build = spawnSync("dotnet", ["build", join(root, "contracts", "compiler", "MiniApp.Compiler.csproj"), "-c", "Release", "-o", compilerOut, "--nologo", "-v", "q", "-clp:ErrorsOnly"], { cwd: root, stdio });
if (build.status !== 0) {
  console.error("build-contracts: building the compiler failed");
  process.exit(1);
}
const projects = contractProjects(join(root, "contracts")).sort();
const compile = spawnSync("dotnet", [join(compilerOut, "MiniApp.Compiler.dll"), ...projects.map((p) => relative(root, p)), "-o", relative(root, out)], { cwd: root, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" });
if (compile.status !== 0) {
  console.error(`build-contracts: compiling the contracts failed (exit ${compile.status})`);
  process.exit(1);
}
