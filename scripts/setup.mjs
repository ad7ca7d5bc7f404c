#!/usr/bin/env node
// One set-up for a fresh machine, run before the main job and the tests (npm's pre-scripts):
// npm packages, the pinned .NET local tools (neo-express 3.5.20), the native library its RocksDB
// needs, the contracts and the engine host. Idempotent and quick when everything is in place.
// Plain Node, no dependencies: it runs before `npm ci` has.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const quiet = process.argv.includes("--quiet");
const say = (msg) => quiet || console.log(`setup: ${msg}`);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", ...options });
  if (r.status !== 0) {
    console.error(`setup: \`${cmd} ${args.join(" ")}\` failed (exit ${r.status ?? r.signal})`);
    process.exit(3);
  }
}

function fail(message, fix) {
  console.error(`setup: ${message}\n  fix: ${fix}`);
  process.exit(3);
}

// 1. Toolchains that the machine must bring.
const [major] = process.versions.node.split(".").map(Number);
if (major < 20) fail(`Node ${process.versions.node} is too old`, "install Node 20 or newer");
if (spawnSync("dotnet", ["--version"], { stdio: "ignore" }).status !== 0) fail("the .NET SDK (dotnet) is not on PATH", "install the .NET SDK 8 or newer");

// 2. npm packages, when the lock file changed since the last install.
const lock = join(root, "package-lock.json");
const installed = join(root, "node_modules", ".package-lock.json");
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  say("installing npm packages (npm ci)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

// 3. .NET local tools pinned in .config/dotnet-tools.json (neo-express 3.5.20).
const nugetRoot = process.env.NUGET_PACKAGES ?? join(process.env.HOME ?? "/root", ".nuget", "packages");
if (!existsSync(join(nugetRoot, "neo.express", "3.5.20", "tools", "net6.0", "any", "neoxp.dll"))) {
  say("restoring .NET local tools (neo-express 3.5.20)");
  run("dotnet", ["tool", "restore"]);
}

// 4. neo-express's RocksDB loads Debian's libsnappy at run time.
const hasSnappy = () => {
  try {
    return /libsnappy\.so\.1/.test(execFileSync("ldconfig", ["-p"], { encoding: "utf8" }));
  } catch {
    return false;
  }
};
if (!hasSnappy()) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) fail("neo-express needs the native library libsnappy1v5, which is missing", "sudo apt-get update && sudo apt-get install -y libsnappy1v5");
  say("installing libsnappy1v5 (apt-get)");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "libsnappy1v5"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (!hasSnappy()) fail("libsnappy1v5 is still missing after apt-get", "install it by hand: apt-get install -y libsnappy1v5");
}

// 4b. The HTML report's browser test drives Debian's chromium (never a downloaded browser). It is
// optional: without it that one test is skipped, so a non-root user only gets the command.
if (!existsSync("/usr/bin/chromium")) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    say("chromium is missing: the HTML report's browser test will be skipped (install: sudo apt-get install -y chromium)");
  } else {
    say("installing chromium for the HTML report's browser test (apt-get)");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
}

// 5. The contracts, compiled by the project's compiler (unchanged sources are not recompiled).
if (existsSync(join(root, "scripts", "build-contracts.mjs"))) {
  say("building contracts");
  run(process.execPath, [join(root, "scripts", "build-contracts.mjs"), ...(quiet ? ["--quiet"] : [])]);
}

// 6. The engine host the driver's in-process lane talks to (Release, build/engine-host/).
if (existsSync(join(root, "scripts", "build-engine-host.mjs"))) {
  say("building the engine host");
  run(process.execPath, [join(root, "scripts", "build-engine-host.mjs"), ...(quiet ? ["--quiet"] : [])]);
}
say("ready");
