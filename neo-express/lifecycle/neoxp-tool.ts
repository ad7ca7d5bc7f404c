import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { HarnessError } from "../harness-error.js";

/**
 * Where the pinned neo-express tool lives. `.config/dotnet-tools.json` pins Neo.Express 3.5.20;
 * `dotnet tool restore` (run by the set-up) puts it into the NuGet package folder. The harness
 * runs its `neoxp.dll` directly with `dotnet`, so the node is one process it can stop for sure
 * (`dotnet tool run` would add a parent process in between).
 */
export const NEO_EXPRESS_VERSION = "3.5.20";

export function neoxpDll(): string {
  const root = process.env.NUGET_PACKAGES ?? join(homedir(), ".nuget", "packages");
  const dll = join(root, "neo.express", NEO_EXPRESS_VERSION, "tools", "net6.0", "any", "neoxp.dll");
  if (!existsSync(dll)) {
    throw new HarnessError("DOTNET_TOOL_MISSING", `neo-express ${NEO_EXPRESS_VERSION} is not installed (looked for ${dll})`,
      "run `npm run setup` (it runs `dotnet tool restore` for the pinned tool)");
  }
  return dll;
}

/**
 * neo-express 3.5.20 targets net6.0; the machine has a newer runtime, hence the roll-forward.
 *
 * The runtime's settings for a node that lives minutes and shares 2 cores with the harness
 * (issue #16, stop 19; a profile and 23 interleaved runs of `npm run bench:shared -- --sequences
 * 100 --concurrency 8 --nodes 1,2`): in a fresh node the JIT was about 30 % of its CPU, mostly
 * tier-1 re-compilation with dynamic PGO, so TieredPGO is off (node CPU per step on a fresh node
 * 0.7–0.8 ms lower, start no slower; TieredCompilation=0 was slower everywhere and started 30 %
 * slower); a 64 MiB gen-0 budget collects less often (0.15–0.3 ms lower, measured together with the
 * next); the thread pool does not spin waiting for work (4–7 % of the node's CPU in the profile,
 * no gain measurable alone, but that CPU is the harness's core). A setting already in the
 * environment wins, so each can be measured against its default.
 */
export function neoxpEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { DOTNET_TieredPGO: "0", DOTNET_GCgen0size: "0x4000000", DOTNET_ThreadPool_UnfairSemaphoreSpinLimit: "0", ...process.env, DOTNET_ROLL_FORWARD: "Major", DOTNET_CLI_TELEMETRY_OPTOUT: "1", ...extra };
}
