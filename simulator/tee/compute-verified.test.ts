import { describe, expect, it } from "vitest";
import { displayOf } from "../runtime/hash160.js";
import { hexOf } from "../runtime/hex.js";
import { bytesItem, stringItem } from "../runtime/items.js";
import { PROBE, PROBE_SCRIPT_HASH, PROBE_SCRIPT_TEXT, ProbeWorld, W } from "../test-support/probe-world.js";
import { computeVerified, type ComputeRequest } from "./compute-verified.js";
import { modelScriptInfoReader } from "./script-info.js";
import { ScriptRegistry, scriptHashOf } from "./script-registry.js";

const APP = "miniapp-base-probe";
const SEED = "ab".repeat(32);

function setup(text = PROBE_SCRIPT_TEXT) {
  const w = new ProbeWorld();
  const registry = new ScriptRegistry().register(APP, "probe-script", {
    text,
    fn: (seed, input) => ({ seed: hexOf(seed), doubled: (BigInt(String(input["n"])) * 2n).toString() }),
  });
  const reader = modelScriptInfoReader(w.chain, () => w.now + 15_000n);
  const ask = (over: Partial<ComputeRequest> = {}) =>
    computeVerified({ app_id: APP, contract_hash: displayOf(PROBE), script_name: "probe-script", seed: SEED, input: { n: "9007199254740993" }, ...over }, registry, reader);
  return { w, ask };
}

describe("TEE compute-verified (platform.md §5)", () => {
  it("answers with fn(seed, input) and the verification block", async () => {
    const { ask } = setup();
    expect(scriptHashOf(PROBE_SCRIPT_TEXT)).toBe(PROBE_SCRIPT_HASH);
    expect(await ask()).toEqual({
      success: true,
      result: { seed: SEED, doubled: "18014398509481986" },
      verification: { script_name: "probe-script", script_hash: PROBE_SCRIPT_HASH, script_version: 1, verified: true },
    });
  });

  it("refuses in the order: script not found, invalid seed, not registered, disabled, hash mismatch", async () => {
    const { w, ask } = setup();
    expect(await ask({ script_name: "unknown", seed: "zz" })).toEqual({ success: false, error: "script not found" });
    expect(await ask({ app_id: "miniapp-coinflip" })).toEqual({ success: false, error: "script not found" });
    expect(await ask({ seed: "ab".repeat(31) })).toEqual({ success: false, error: "invalid seed" });
    expect(await ask({ seed: "0x" + "ab".repeat(31) })).toEqual({ success: false, error: "invalid seed" });
    w.tx(W.admin, PROBE, "disableScript", [stringItem("probe-script")]);
    expect(await ask()).toEqual({ success: false, error: "script disabled" });
    // TEE-P2: re-registration with another hash re-enables, and the service refuses the old text.
    w.tx(W.admin, PROBE, "registerScript", [stringItem("probe-script"), bytesItem(scriptHashOf("v2"))]);
    expect(await ask()).toEqual({ success: false, error: "script hash mismatch" });
    // The on-chain settle with the old hash faults with the same message.
    const settle = w.tx(W.users[0]!, PROBE, "checkScript", [stringItem("probe-script"), bytesItem(PROBE_SCRIPT_HASH)]);
    expect(settle.state === "FAULT" && settle.message).toBe("script hash mismatch");
  });

  it("refuses a script the contract never registered", async () => {
    const w = new ProbeWorld();
    const registry = new ScriptRegistry().register(APP, "unregistered", { text: "t", fn: () => ({}) });
    const out = await computeVerified({ app_id: APP, contract_hash: displayOf(PROBE), script_name: "unregistered", seed: SEED, input: {} },
      registry, modelScriptInfoReader(w.chain, () => w.now));
    expect(out).toEqual({ success: false, error: "script not registered" });
  });
});
