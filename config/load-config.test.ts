import { APPS } from "../simulator/registry.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./load-config.js";
import { UsageError } from "./usage-error.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLE = join(ROOT, "fixtures", "config", "example.config.json");

function configError(content: string): UsageError {
  const dir = mkdtempSync(join(tmpdir(), "config-"));
  writeFileSync(join(dir, "c.json"), content);
  try {
    loadConfig("c.json", dir);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected a UsageError");
}

describe("loadConfig", () => {
  it("applies every default when there is no config file: the project's built apps and probe apps", () => {
    const dir = mkdtempSync(join(tmpdir(), "config-"));
    const c = loadConfig(undefined, dir);
    expect(c.file).toBeNull();
    // Every app the registry marks built, in its order (more land as their issues close), then the probe apps.
    expect(c.apps.map((a) => a.slug)).toEqual([...APPS.filter((a) => a.built).map((a) => a.slug), "base-probe", "timelock-probe"]);
    expect(c.gas).toEqual({ tolerance: 1 });
    expect(c.apps.map((a) => a.slug)).toContain("doomsday-clock");
    expect(c.apps.find((a) => a.slug === "doomsday-clock")!.contracts).toEqual({ kind: "files", origin: "project", nef: join(ROOT, "build/contracts/MiniAppDoomsdayClock.nef"), manifest: join(ROOT, "build/contracts/MiniAppDoomsdayClock.manifest.json") });
    expect(c.budget).toEqual({ sequences: 100, timeLimitSeconds: 1800 });
    expect(c.lane).toBe("engine");
    expect(c.seed).toBeUndefined();
    expect(c.outDir).toBe(join(dir, "reports/out"));
    expect(Object.keys(c.platform)).toEqual(["PaymentHub", "PauseRegistry", "ServiceLayerGateway"]);
  });

  it("resolves the file's paths relative to the file, for each kind of contract source", () => {
    const c = loadConfig(EXAMPLE);
    const dir = join(ROOT, "fixtures", "config");
    const bySlug = Object.fromEntries(c.apps.map((a) => [a.slug, a]));
    expect(bySlug["doomsday-clock"]!.properties).toEqual(["DD-P1", "DD-P2"]);
    expect(bySlug["coin-flip"]!.contracts).toEqual({ kind: "files", origin: "files", nef: resolve(dir, "../../../coinflip-contracts/bin/sc/MiniAppCoinFlip.nef"), manifest: resolve(dir, "../../../coinflip-contracts/bin/sc/MiniAppCoinFlip.manifest.json") });
    expect(bySlug["lottery"]!.contracts).toEqual({ kind: "csproj", csproj: resolve(dir, "../../../lottery-contracts/Lottery.csproj") });
    expect(c.budget).toEqual({ sequences: 50, timeLimitSeconds: 600 });
    expect(c.seed).toBe(42);
    expect(c.outDir).toBe(join(ROOT, "reports/out/example"));
    expect(c.gas).toEqual({ snapshot: join(ROOT, "fixtures", "miniapp-verify.gas-snapshot.json"), tolerance: 0.5 });
  });

  it("names the field of every unknown key and wrong type", () => {
    const e = configError(JSON.stringify({ apps: { "doomsday-clok": {}, "coin-flip": { contracts: { source: "files", nef: 3 } } }, budget: { sequences: "10" }, gas: { tolerance: -1, file: "x" }, colour: "red" }));
    expect(e.code).toBe("CONFIG_INVALID");
    expect(e.message).toContain('apps: Unrecognized key: "doomsday-clok"');
    expect(e.message).toContain("apps.coin-flip.contracts.nef: Invalid input: expected string, received number");
    expect(e.message).toContain("apps.coin-flip.contracts.manifest:");
    expect(e.message).toContain("budget.sequences: Invalid input: expected number, received string");
    expect(e.message).toContain('(top level): Unrecognized key: "colour"');
    expect(e.message).toContain("gas.tolerance: Too small");
    expect(e.message).toContain('gas: Unrecognized key: "file"');
    expect(e.fix).toContain("doomsday-clock");
  });

  it("rejects a contract source it does not know, bad JSON, and a missing --config file", () => {
    expect(configError(JSON.stringify({ apps: { "coin-flip": { contracts: { source: "nccs" } } } })).message).toContain("apps.coin-flip.contracts.source");
    expect(configError(JSON.stringify({ apps: { "coin-flip": { contracts: { source: "project", nef: "x.nef" } } } })).message).toContain('Unrecognized key: "nef"');
    expect(configError("{ apps: }").code).toBe("CONFIG_INVALID");
    expect(() => loadConfig("nope.json", tmpdir())).toThrow(expect.objectContaining({ code: "CONFIG_MISSING" }));
  });
});
