#!/usr/bin/env node
// Builds the engine host (neo-express/engine/MiniApp.Engine.Host: Neo 3.5.0 in-process, served
// over newline-delimited JSON on stdin/stdout) into build/engine-host/, in Release: the TypeScript
// driver starts `dotnet build/engine-host/MiniApp.Engine.Host.dll <chain-file>`. Skipped when the
// last successful build is newer than every source under neo-express/engine/ (setup runs this
// before each test run, and even an up-to-date `dotnet build` costs seconds); a compile error
// fails (exit 1).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const quiet = process.argv.includes("--quiet");
const sources = join(root, "neo-express", "engine");
const project = join(sources, "MiniApp.Engine.Host", "MiniApp.Engine.Host.csproj");
const out = join(root, "build", "engine-host");
// Written after each successful build: dotnet may leave an unchanged dll's time as it was.
const stamp = join(out, ".built");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir)) {
    if (entry === "bin" || entry === "obj") continue;
    const path = join(dir, entry);
    const stat = statSync(path);
    if (stat.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(cs|csproj|props)$/.test(entry)) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

if (existsSync(stamp) && existsSync(join(out, "MiniApp.Engine.Host.dll")) && statSync(stamp).mtimeMs > newestSource(sources)) process.exit(0);
const stdio = quiet ? ["ignore", "ignore", "inherit"] : "inherit";
const build = spawnSync("dotnet", ["build", project, "-c", "Release", "-o", out, "--nologo", "-v", "q", "-clp:ErrorsOnly"], { cwd: root, stdio });
if (build.status !== 0) {
  console.error(`build-engine-host: building ${project} failed (exit ${build.status ?? build.signal})`);
  process.exit(1);
}
writeFileSync(stamp, `${new Date().toISOString()}\n`);
