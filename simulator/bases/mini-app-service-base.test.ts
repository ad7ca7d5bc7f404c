import { beforeEach, describe, expect, it } from "vitest";
import { displayOf } from "../runtime/hash160.js";
import { Any, boolItem, bytesItem, hash160Item, intItem, stringItem } from "../runtime/items.js";
import { serialize } from "../runtime/serialize.js";
import { eventsOf, messageOf, resultOf } from "../test-support/model-kit.js";
import { GATEWAY, PROBE, ProbeWorld, W } from "../test-support/probe-world.js";

const [U1] = W.users as [typeof W.admin];
let w: ProbeWorld;
beforeEach(() => { w = new ProbeWorld(); });
const fulfil = (id: bigint, success: boolean, result: string, error = "", who = W.tee) =>
  w.tx(who, GATEWAY, "fulfillRequest", [intItem(id), boolItem(success), bytesItem(result), stringItem(error)]);

describe("service requests through the gateway (devpack.md §2, platform.md §2)", () => {
  it("requestRandomness: gateway request stored, both ServiceRequested events, context at 1A", () => {
    const out = w.tx(U1, PROBE, "requestRandomness", [intItem(5n)]);
    expect(resultOf(out)).toEqual(intItem(1n));
    expect(out.state === "HALT" && out.notifications).toEqual([
      { contract: displayOf(GATEWAY), eventName: "ServiceRequested", args: [intItem(1n), stringItem("miniapp-base-probe"), stringItem("rng"),
        hash160Item(U1), hash160Item(PROBE), stringItem("onServiceCallback"), bytesItem("05")] },
      { contract: displayOf(PROBE), eventName: "ServiceRequested", args: [intItem(1n), stringItem("rng")] },
    ]);
    expect(w.storageValue(PROBE, "1a01")).toBe("05");
    expect(w.storageValue(GATEWAY, "0301")).toBe(serialize({ type: "Struct", items: [
      intItem(1n), stringItem("miniapp-base-probe"), stringItem("rng"), bytesItem("05"), hash160Item(PROBE), stringItem("onServiceCallback"),
      hash160Item(U1), intItem(0n), intItem(w.now), intItem(0n), boolItem(false), bytesItem(""), stringItem(""),
    ] }));
  });

  it("fulfilment by the TEE dispatches the callback; it deletes the context; a second fulfilment is refused", () => {
    w.tx(U1, PROBE, "requestRandomness", [intItem(5n)]);
    const requestedAt = w.now;
    expect(messageOf(fulfil(1n, true, "ab", "", U1))).toBe("unauthorized");
    expect(messageOf(fulfil(2n, true, "ab"))).toBe("request not found");
    const out = fulfil(1n, true, "abcd");
    expect(eventsOf(out)).toEqual(["ServiceFulfilled", "RandomnessReceived"]);
    expect(out.state === "HALT" && out.notifications[1]!.args).toEqual([intItem(1n), intItem(5n), boolItem(true), bytesItem("abcd")]);
    expect(w.storageValue(PROBE, "1a01")).toBeUndefined();
    const request = resultOf(w.read(GATEWAY, "getRequest", [intItem(1n)]));
    expect(request.type === "Struct" && request.items.slice(7, 13)).toEqual([intItem(1n), intItem(requestedAt), intItem(w.now), boolItem(true), bytesItem("abcd"), stringItem("")]);
    expect(messageOf(fulfil(1n, true, "ab"))).toBe("request already fulfilled");
  });

  it("a failed fulfilment reports success = false with an empty result", () => {
    w.tx(U1, PROBE, "requestRandomness", [intItem(9n)]);
    const out = fulfil(1n, false, "", "rng failed");
    expect(out.state === "HALT" && out.notifications[1]!.args).toEqual([intItem(1n), intItem(9n), boolItem(false), bytesItem("")]);
    expect(resultOf(w.read(GATEWAY, "getRequest", [intItem(1n)]))).toMatchObject({ items: { 7: intItem(2n), 12: stringItem("rng failed") } });
  });

  it("GW-P4: a callback that faults leaves the request pending and the app unchanged", () => {
    w.tx(U1, PROBE, "requestRandomness", [intItem(5n)]);
    w.tx(W.admin, PROBE, "setGateway", [hash160Item(U1)]);
    const gatewayBefore = w.chain.storage(displayOf(GATEWAY));
    const probeBefore = w.chain.storage(displayOf(PROBE));
    expect(messageOf(fulfil(1n, true, "ab"))).toBe("only gateway");
    expect(w.chain.storage(displayOf(GATEWAY))).toEqual(gatewayBefore);
    expect(w.chain.storage(displayOf(PROBE))).toEqual(probeBefore);
  });

  it("ValidateCallback: gateway, app, service type, context — in order", () => {
    const cb = (appId: string, type: string, id = 1n, who = U1) =>
      messageOf(w.tx(who, PROBE, "onServiceCallback", [intItem(id), stringItem(appId), stringItem(type), boolItem(true), bytesItem("01"), stringItem("")]));
    expect(cb("x", "y")).toBe("only gateway");
    w.tx(W.admin, PROBE, "setGateway", [hash160Item(U1)]);
    // calling = the entry script, never an account: still "only gateway".
    expect(cb("x", "y")).toBe("only gateway");
    expect(resultOf(w.read(GATEWAY, "isAllowedCallback", [hash160Item(PROBE)]))).toEqual(boolItem(true));
    expect(resultOf(w.read(GATEWAY, "getRequest", [intItem(1n)]))).toEqual(Any);
  });

  it("callbacks from a contract not allowed are refused", () => {
    w.tx(U1, PROBE, "requestRandomness", [intItem(5n)]);
    w.tx(W.admin, GATEWAY, "removeAllowedCallback", [hash160Item(PROBE)]);
    expect(messageOf(fulfil(1n, true, "ab"))).toBe("callback contract not allowed");
  });
});
