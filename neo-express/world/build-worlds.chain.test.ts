import { describe, expect, it } from "vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { useChain } from "../test-support/chain-session.js";
import { buildWorlds, type World } from "./build-worlds.js";
import { builtContract } from "./built-contracts.js";
import { scaledFunding, SPEC_FUNDING } from "./world-funding.js";
import { APPS, PROBES, type AppEntry } from "../../simulator/registry.js";
import { arg } from "../driver/abi-arg.js";
import { GAS_HASH } from "../driver/fee-policy.js";

const scriptHash = (app: AppEntry, name: string) => Buffer.from(sha256(Buffer.from(`${app.appId}/${name} text`, "utf8"))).toString("hex");

describe("the platform.md §6 fixture, built on chain", () => {
  const session = useChain();
  let worlds: World[] = [];
  const apps = [...APPS, ...PROBES].filter((a) => a.built).map((entry) => ({ entry, files: builtContract(entry.contractName) }));

  it("builds three worlds in shared blocks, every step HALTing, one transaction per world per block", async () => {
    const { driver, t0 } = session();
    const before = driver.tip.index;
    worlds = await buildWorlds(driver, {
      paymentHub: builtContract("PaymentHub"), pauseRegistry: builtContract("PauseRegistry"), gateway: builtContract("ServiceLayerGateway"), apps,
    }, { count: 3, t0, scriptHash, funding: (i) => (i === 0 ? SPEC_FUNDING : scaledFunding(20n)) });
    const steps = worlds[0]!.log.length;
    expect(worlds.every((w) => w.log.length === steps)).toBe(true);
    expect(driver.tip.index - before).toBe(steps);
    expect(new Set(worlds[0]!.log.map((s) => s.step.time)).size).toBe(steps);
    // Deployer, NEF and name decide a contract's hash: every world has its own instances.
    const hubs = new Set(worlds.map((w) => w.hashes.paymentHub));
    expect(hubs.size).toBe(3);
  });

  it("leaves each world configured as the spec says", async () => {
    const { driver } = session();
    for (const w of worlds) {
      const tee = await driver.testInvoke({ contract: w.hashes.gateway, method: "updater", args: [] });
      expect(tee).toMatchObject({ state: "HALT", stack: [{ type: "ByteString", hex: Buffer.from(w.actors.tee.scriptHash, "hex").reverse().toString("hex") }] });
      for (const { entry } of apps) {
        const app = w.hashes.apps.get(entry.slug)!;
        const config = await driver.testInvoke({ contract: w.hashes.paymentHub, method: "getApp", args: [arg.str(entry.appId)] });
        expect(config).toMatchObject({ state: "HALT", stack: [{ type: "Struct" }] });
        const hub = await driver.testInvoke({ contract: app, method: "paymentHub", args: [] });
        expect(hub).toMatchObject({ stack: [{ type: "ByteString", hex: Buffer.from(w.hashes.paymentHub.slice(2), "hex").reverse().toString("hex") }] });
        expect(await driver.balanceOf("0x" + GAS_HASH, app)).toBe(w.funding.appGas);
        for (const name of entry.scripts) {
          const info = await driver.testInvoke({ contract: app, method: "getScriptHash", args: [arg.str(name)] });
          expect(info).toMatchObject({ state: "HALT", stack: [{ type: "ByteString", hex: scriptHash(entry, name) }] });
        }
      }
    }
  });
});
