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

/** neo-express 3.5.20 targets net6.0; the machine has a newer runtime, hence the roll-forward. */
export function neoxpEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DOTNET_ROLL_FORWARD: "Major", DOTNET_CLI_TELEMETRY_OPTOUT: "1", ...extra };
}
