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
  const appsOnly = apps.filter((a) => APPS.includes(a.entry));

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
  // A GAS sweep's lanes: each world with the one app it measures.
  it("deploys and configures only a world's own apps, in the blocks and at the times of the world with all of them", async () => {
    const { driver } = session();
    const before = driver.tip.index;
    const [full, gacha] = await buildWorlds(driver, {
      paymentHub: builtContract("PaymentHub"), pauseRegistry: builtContract("PauseRegistry"), gateway: builtContract("ServiceLayerGateway"), apps: appsOnly,
    }, { count: 2, firstIndex: 10, t0: driver.lastBlockTime() + 1_000n, scriptHash, funding: () => scaledFunding(20n), appsOf: (i) => (i === 0 ? appsOnly.map((a) => a.entry.slug) : ["neo-gacha"]) });
    expect(driver.tip.index - before).toBe(full!.log.length);
    // NeoGacha's extra contract (ItemToken) comes with it; no other app is deployed.
    expect([...gacha!.hashes.apps.keys()]).toEqual(["neo-gacha", "ItemToken"]);
    expect(gacha!.log.length).toBeLessThan(full!.log.length / 3);
    const times = new Set(full!.log.map((s) => s.step.time));
    expect(gacha!.log.every((s) => times.has(s.step.time))).toBe(true);
    const configured = async (appId: string) => {
      const o = await driver.testInvoke({ contract: gacha!.hashes.paymentHub, method: "getApp", args: [arg.str(appId)] });
      return o.state === "HALT" ? o.stack[0]?.type : o.state;
    };
    expect(await configured("miniapp-neo-gacha")).toBe("Struct");
    expect(await configured(appsOnly[0]!.entry.appId)).not.toBe("Struct");
    expect(await driver.balanceOf("0x" + GAS_HASH, gacha!.hashes.apps.get("neo-gacha")!)).toBe(gacha!.funding.appGas);
  });
});
