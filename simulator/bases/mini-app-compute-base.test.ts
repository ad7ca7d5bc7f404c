import { beforeEach, describe, expect, it } from "vitest";
import { H } from "../runtime/hash.js";
import { utf8Hex } from "../runtime/hex.js";
import { bytesOfInt } from "../runtime/integer-bytes.js";
import { Any, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../runtime/items.js";
import { eventsOf, messageOf, resultOf } from "../test-support/model-kit.js";
import { PROBE, PROBE_SCRIPT_HASH, ProbeWorld, W } from "../test-support/probe-world.js";
import { operationSeed } from "./mini-app-compute-base-seeds.js";

const [U1] = W.users as [typeof W.admin];
const NAME = "probe-script";
const OTHER = H(utf8Hex("other text"));
let w: ProbeWorld;
beforeEach(() => { w = new ProbeWorld(); });
const register = (name: string, hash: string, who = W.admin) => w.tx(who, PROBE, "registerScript", [stringItem(name), bytesItem(hash)]);
const check = (name: string, hash: string) => messageOf(w.tx(U1, PROBE, "checkScript", [stringItem(name), bytesItem(hash)]));

describe("script registry (devpack.md §5, DP-P2, DP-P3)", () => {
  it("registerScript checks admin, name length in bytes, hash length, hash in use — in order", () => {
    expect(messageOf(register("x", OTHER, U1))).toBe("unauthorized");
    expect(messageOf(register("", OTHER))).toBe("invalid script name");
    expect(messageOf(register("é".repeat(32), OTHER))).toBe("invalid script name");
    expect(messageOf(register("n".repeat(63), OTHER))).toBe("HALT");
    expect(messageOf(register("y", "00".repeat(31)))).toBe("script hash must be 32 bytes");
    expect(messageOf(register("y", PROBE_SCRIPT_HASH))).toBe("script hash in use");
  });

  it("re-registration moves the reverse index, bumps the version and re-enables", () => {
    w.tx(W.admin, PROBE, "disableScript", [stringItem(NAME)]);
    const out = register(NAME, OTHER);
    expect(out.state === "HALT" && out.notifications[0]!.args).toEqual([stringItem(NAME), bytesItem(OTHER), intItem(2n)]);
    expect(w.storageValue(PROBE, "20" + PROBE_SCRIPT_HASH)).toBeUndefined();
    expect(w.storageValue(PROBE, "20" + OTHER)).toBe(utf8Hex(NAME));
    expect(w.storageValue(PROBE, "21" + utf8Hex(NAME))).toBe(OTHER);
    expect(w.storageValue(PROBE, "23" + utf8Hex(NAME))).toBe("02");
    expect(w.storageValue(PROBE, "24" + utf8Hex(NAME))).toBe("01");
    expect(resultOf(w.read(PROBE, "getScriptName", [bytesItem(PROBE_SCRIPT_HASH)]))).toEqual(Any);
    // The same hash again under the same name is allowed (version 3), the old hash is free for another name.
    expect(messageOf(register(NAME, OTHER))).toBe("HALT");
    expect(messageOf(register("second", PROBE_SCRIPT_HASH))).toBe("HALT");
  });

  it("enable/disable, VSH in the order registered → enabled → equal, getters", () => {
    expect(messageOf(w.tx(W.admin, PROBE, "disableScript", [stringItem("nope")]))).toBe("script not registered");
    expect(check("nope", PROBE_SCRIPT_HASH)).toBe("script not registered");
    expect(check(NAME, OTHER)).toBe("script hash mismatch");
    expect(check(NAME, PROBE_SCRIPT_HASH)).toBe("HALT");
    expect(eventsOf(w.tx(W.admin, PROBE, "disableScript", [stringItem(NAME)]))).toEqual(["ScriptDisabled"]);
    expect(w.storageValue(PROBE, "24" + utf8Hex(NAME))).toBe("");
    expect(check(NAME, OTHER)).toBe("script disabled");
    expect(resultOf(w.read(PROBE, "isScriptValid", [bytesItem(PROBE_SCRIPT_HASH)]))).toEqual(boolItem(false));
    expect(resultOf(w.read(PROBE, "getScriptInfo", [stringItem(NAME)]))).toEqual({ type: "Map", entries: [
      [stringItem("exists"), boolItem(true)], [stringItem("name"), stringItem(NAME)], [stringItem("hash"), bytesItem(PROBE_SCRIPT_HASH)],
      [stringItem("version"), intItem(1n)], [stringItem("enabled"), boolItem(false)],
    ] });
    expect(resultOf(w.read(PROBE, "getScriptInfo", [stringItem("nope")]))).toEqual({ type: "Map", entries: [[stringItem("exists"), boolItem(false)]] });
    expect(eventsOf(w.tx(W.admin, PROBE, "enableScript", [stringItem(NAME)]))).toEqual(["ScriptEnabled"]);
    expect(resultOf(w.read(PROBE, "isScriptValid", [bytesItem(PROBE_SCRIPT_HASH)]))).toEqual(boolItem(true));
    expect(resultOf(w.read(PROBE, "getScriptVersion", [stringItem("nope")]))).toEqual(intItem(0n));
  });
});

describe("operation seeds", () => {
  it("golden vector (computed independently with Python's hashlib over the same bytes)", () => {
    // opId 300 → 2c01, user 01×20, "probe-script", now 1798728070850 → c2368ccca201, contract c1×20.
    expect(operationSeed(300n, "01".repeat(20) as never, "probe-script", 1_798_728_070_850n, "c1".repeat(20) as never))
      .toBe("655a54766b71a1e4cecabaa83dc6f71052a4b685dec8c792609ef8d6837f11a2");
  });

  it("seed = H(bytes(opId) ‖ h160(user) ‖ utf8(name) ‖ bytes(now) ‖ h160(executing)), stored at 22‖bytes(opId)", () => {
    const out = w.tx(U1, PROBE, "generateSeed", [intItem(300n), hash160Item(U1), stringItem(NAME)]);
    const expected = H(bytesOfInt(300n) + U1 + utf8Hex(NAME) + bytesOfInt(w.now) + PROBE);
    expect(expected).toBe(operationSeed(300n, U1, NAME, w.now, PROBE));
    expect(resultOf(out)).toEqual(bytesItem(expected));
    expect(w.storageValue(PROBE, "22" + "2c01")).toBe(expected);
    expect(resultOf(w.read(PROBE, "getOperationSeed", [intItem(300n)]))).toEqual(bytesItem(expected));
    w.tx(U1, PROBE, "deleteSeed", [intItem(300n)]);
    expect(resultOf(w.read(PROBE, "getOperationSeed", [intItem(300n)]))).toEqual(Any);
  });
});
