import { APPS } from "../simulator/registry.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sc } from "@cityofzion/neon-core";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/load-config.js";
import { UsageError } from "../config/usage-error.js";
import { contractsOf, preflight } from "./preflight.js";

describe("preflight", () => {
  it("passes the project's own builds, as the default config names them", () => {
    const contracts = contractsOf(loadConfig(undefined, mkdtempSync(join(tmpdir(), "pf-"))));
    const built = APPS.filter((a) => a.built).map((a) => a.slug);
    expect(contracts.map((c) => c.slug)).toEqual([...built, "base-probe", "timelock-probe", "payment-hub", "pause-registry", "service-layer-gateway"]);
    expect(built).toContain("doomsday-clock");
    expect(() => preflight(contracts)).not.toThrow();
  });

  it("checks a probe app's NEF though the spec has no ABI for it", () => {
    const dir = mkdtempSync(join(tmpdir(), "pf-"));
    writeFileSync(join(dir, "miniapp-verify.config.json"), JSON.stringify({ apps: { "base-probe": {} } }));
    const contracts = contractsOf(loadConfig(undefined, dir));
    expect(contracts[0]!.slug).toBe("base-probe");
    expect(() => preflight(contracts)).not.toThrow();
  });

  it("reports a second copy given by config, doctored in NEF and manifest, in one error", () => {
    const dir = mkdtempSync(join(tmpdir(), "pf-"));
    const built = loadConfig(undefined, dir).apps.find((a) => a.slug === "doomsday-clock")!.contracts;
    if (built.kind !== "files") throw new Error("unexpected");
    const manifest = JSON.parse(readFileSync(built.manifest, "utf8"));
    manifest.abi.methods = manifest.abi.methods.filter((m: { name: string }) => m.name !== "checkAndEndRound");
    writeFileSync(join(dir, "Clock.manifest.json"), JSON.stringify(manifest));
    const nef = sc.NEF.fromBuffer(readFileSync(built.nef));
    const script = Buffer.from(nef.script, "hex");
    script[script.length - 1] = 0xe1; // the last RET becomes ASSERTMSG
    writeFileSync(join(dir, "Clock.nef"), Buffer.from(new sc.NEF({ compiler: "nccs 3.7.0", source: "", tokens: nef.tokens, script: script.toString("hex") }).serialize(), "hex"));
    writeFileSync(join(dir, "miniapp-verify.config.json"), JSON.stringify({ apps: { "doomsday-clock": { contracts: { source: "files", nef: "Clock.nef", manifest: "Clock.manifest.json" } } } }));
    let error: unknown;
    try {
      preflight(contractsOf(loadConfig(undefined, dir)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as UsageError).message;
    expect(message).toContain("the contracts under test fail 2 pre-run checks");
    expect(message).toContain("missing method checkAndEndRound() → Void (doomsday-clock.md ABI)");
    expect(message).toContain(`${join(dir, "Clock.nef")} cannot run on the chain (Neo 3.5.0, neo-express 3.5.20)`);
    expect(message).toContain("opcode ASSERTMSG (0xE1, added in Neo 3.6.0)");
  });
});
