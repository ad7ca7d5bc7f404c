import { beforeEach, describe, expect, it } from "vitest";
import { boolItem, hash160Item, intItem, stringItem } from "../runtime/items.js";
import { ZERO_HASH160 } from "../runtime/hash160.js";
import { eventsOf, messageOf, resultOf } from "../test-support/model-kit.js";
import { PROBE, ProbeWorld, REGISTRY, W } from "../test-support/probe-world.js";

const [U1, U2] = W.users as [typeof W.admin, typeof W.admin];
let w: ProbeWorld;
beforeEach(() => { w = new ProbeWorld(); });

describe("MiniAppBase two-step admin change (devpack.md §1, DP-P4)", () => {
  it("proposeAdmin: ValidateAdmin, ValidateAddress, same admin, in order", () => {
    expect(messageOf(w.tx(U1, PROBE, "proposeAdmin", [hash160Item(U2)]))).toBe("unauthorized");
    expect(messageOf(w.tx(W.admin, PROBE, "proposeAdmin", [hash160Item(ZERO_HASH160)]))).toBe("invalid address");
    expect(messageOf(w.tx(W.admin, PROBE, "proposeAdmin", [hash160Item(W.admin)]))).toBe("same admin");
  });

  it("executeAdminChange faults at 08 − 1 and succeeds at 08", () => {
    const proposed = w.tx(W.admin, PROBE, "proposeAdmin", [hash160Item(U1)]);
    const executeAfter = w.now + 86_400_000n;
    expect(proposed.state === "HALT" && proposed.notifications[0]!.args).toEqual([hash160Item(W.admin), hash160Item(U1), intItem(executeAfter)]);
    expect(resultOf(w.read(PROBE, "adminChangeTime"))).toEqual(intItem(executeAfter));
    expect(messageOf(w.tx(U2, PROBE, "executeAdminChange", [], { at: executeAfter - 1n }))).toBe("timelock active");
    const done = w.tx(U2, PROBE, "executeAdminChange", [], { at: executeAfter });
    expect(done.state === "HALT" && done.notifications).toMatchObject([{ eventName: "AdminChanged", args: [hash160Item(W.admin), hash160Item(U1)] }]);
    expect(resultOf(w.read(PROBE, "admin"))).toEqual(hash160Item(U1));
    expect(w.storageValue(PROBE, "07")).toBeUndefined();
    expect(w.storageValue(PROBE, "08")).toBeUndefined();
    expect(messageOf(w.tx(U2, PROBE, "executeAdminChange", []))).toBe("no pending admin");
  });

  it("setTimeLockDelay: min 1 hour; the delay moves executeAfter", () => {
    expect(messageOf(w.tx(W.admin, PROBE, "setTimeLockDelay", [intItem(3_599_999n)]))).toBe("min delay 1 hour");
    expect(messageOf(w.tx(W.admin, PROBE, "setTimeLockDelay", [intItem(3_600_000n)]))).toBe("HALT");
    w.tx(W.admin, PROBE, "proposeAdmin", [hash160Item(U1)]);
    expect(resultOf(w.read(PROBE, "adminChangeTime"))).toEqual(intItem(w.now + 3_600_000n));
  });

  it("cancelAdminChange: ValidateAdmin, then pending → event", () => {
    expect(messageOf(w.tx(W.admin, PROBE, "cancelAdminChange", []))).toBe("no pending admin");
    w.tx(W.admin, PROBE, "proposeAdmin", [hash160Item(U1)]);
    expect(messageOf(w.tx(U1, PROBE, "cancelAdminChange", []))).toBe("unauthorized");
    expect(eventsOf(w.tx(W.admin, PROBE, "cancelAdminChange", []))).toEqual(["AdminChangeCancelled"]);
    expect(resultOf(w.read(PROBE, "pendingAdmin"))).toEqual({ type: "Any" });
  });
});

describe("MiniAppBase pause, NP and A(u)", () => {
  it("NP: local flag first, then the registry's isPaused", () => {
    expect(messageOf(w.tx(U1, PROBE, "checkNotPaused", []))).toBe("HALT");
    w.tx(W.admin, REGISTRY, "setAppPause", [stringItem("miniapp-base-probe"), boolItem(true)]);
    expect(messageOf(w.tx(U1, PROBE, "checkNotPaused", []))).toBe("globally paused");
    const paused = w.tx(W.admin, PROBE, "setPaused", [boolItem(true), stringItem("any-id")]);
    expect(paused.state === "HALT" && paused.notifications[0]!.args).toEqual([stringItem("any-id"), boolItem(true)]);
    expect(messageOf(w.tx(U1, PROBE, "checkNotPaused", []))).toBe("paused");
    expect(resultOf(w.read(PROBE, "isPaused"))).toEqual(boolItem(true));
  });

  it("A(u): CheckWitness of the sender with CalledByEntry; CustomContracts must list the app", () => {
    expect(messageOf(w.tx(U1, PROBE, "checkUser", [hash160Item(U1)]))).toBe("HALT");
    expect(messageOf(w.tx(U1, PROBE, "checkUser", [hash160Item(U2)]))).toBe("unauthorized");
    expect(messageOf(w.tx(U1, PROBE, "checkUser", [hash160Item(U1)], { scopes: { customContracts: [REGISTRY] } }))).toBe("unauthorized");
    expect(messageOf(w.tx(U1, PROBE, "checkUser", [hash160Item(U1)], { scopes: { customContracts: [PROBE] } }))).toBe("HALT");
  });

  it("setGateway / setPaymentHub / setPauseRegistry: ValidateAdmin then ValidateAddress, no event", () => {
    expect(messageOf(w.tx(U1, PROBE, "setGateway", [hash160Item(U1)]))).toBe("unauthorized");
    expect(messageOf(w.tx(W.admin, PROBE, "setPaymentHub", [hash160Item(ZERO_HASH160)]))).toBe("invalid address");
    expect(eventsOf(w.tx(W.admin, PROBE, "setPauseRegistry", [hash160Item(U1)]))).toEqual([]);
    expect(w.storageValue(PROBE, "05")).toBe(U1);
  });

  it("accepts GAS from anyone and refuses NEO with \"unsupported token\"", () => {
    expect(messageOf(w.tx(U1, PROBE, "onNEP17Payment", [hash160Item(U1), intItem(1n), { type: "Any" }]))).toBe("unsupported token");
    const neo = "f563ea40bc283d4d0e05c48ea305b3f2a07340ef";
    const sent = w.tx(U1, neo as typeof U1, "transfer", [hash160Item(U1), hash160Item(PROBE), intItem(1n), { type: "Any" }]);
    expect(messageOf(sent)).toBe("unsupported token");
    expect(w.chain.balanceOf("NEO", U1)).toBe(10_000n);
  });
});
