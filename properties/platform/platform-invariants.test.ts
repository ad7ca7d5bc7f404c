import { describe, expect, it } from "vitest";
import type { ChainState, ObservedStep } from "../harness/chain-invariant.js";
import { invariantDifferences } from "../harness/chain-invariant.js";
import { serialize } from "../../simulator/runtime/serialize.js";
import { bytesItem, intItem, structItem } from "../../simulator/runtime/items.js";
import { bytesOfInt } from "../../simulator/runtime/integer-bytes.js";
import { utf8Hex } from "../../simulator/runtime/hex.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import { paymentHubInvariants } from "./payment-hub/invariants.js";
import { gatewayInvariants } from "./service-layer-gateway/invariants.js";
import { pauseRegistryInvariants } from "./pause-registry/invariants.js";

const HUB = "0x" + "11".repeat(20);
const GATEWAY = "0x" + "22".repeat(20);
const ADMIN = "0x" + "aa".repeat(20);
const TEE = "0x" + "ee".repeat(20);
const U1 = "0x" + "01".repeat(20);
const le = (display: string) => Buffer.from(display.slice(2), "hex").reverse().toString("hex");
const contracts = new Map([["PaymentHub", HUB], ["ServiceLayerGateway", GATEWAY], ["PauseRegistry", "0x" + "33".repeat(20)]]);

const state = (storage: Record<string, Record<string, string>>, gas: Record<string, bigint> = {}): ChainState =>
  ({ storage: new Map(Object.entries(storage).map(([c, kv]) => [c, new Map(Object.entries(kv))])), gas: new Map(Object.entries(gas)) });
const halt = (notifications: { contract: string; eventName: string; args: ReturnType<typeof intItem>[] }[] = []): Outcome => ({ state: "HALT", stack: [], notifications, time: 0n });
const step = (before: ChainState, after: ChainState, sender = "admin", hash = ADMIN, outcome = halt(), call = "x"): ObservedStep =>
  ({ call, sender: { name: sender, hash, witnessed: true }, outcome, before, after });

const receipt = (id: bigint, app: string, amount: bigint) => serialize(structItem([intItem(id), bytesItem(utf8Hex(app)), bytesItem(le(U1)), intItem(amount), intItem(0n), bytesItem("")]));
const APP = utf8Hex("app");

describe("the platform contracts' chain invariants (read without the model)", () => {
  it("PH-P1, PH-P2, PH-funds hold on a consistent hub and name what breaks", () => {
    const [p1, p2, funds] = paymentHubInvariants(contracts);
    const empty = state({ PaymentHub: {} });
    const paid = state({ PaymentHub: { ["04" + bytesOfInt(1n)]: receipt(1n, "app", 50n), "05": bytesOfInt(1n), ["03" + APP]: bytesOfInt(50n) } }, { PaymentHub: 50n });
    const received = halt([{ contract: HUB, eventName: "PaymentReceived", args: [intItem(1n)] }]);
    expect(invariantDifferences([p1!, p2!, funds!], step(empty, paid, "u1", U1, received))).toEqual([]);
    // A withdrawal that left the balance (the mutant "withdraw does not zero").
    const withdrawn = halt([{ contract: HUB, eventName: "Withdrawn", args: [bytesItem(APP), intItem(50n), intItem(1n)] }]);
    const paidOut = { ...paid, gas: new Map([["PaymentHub", 0n]]) };
    expect(invariantDifferences([p2!, funds!], step(paid, paidOut, "treasury", ADMIN, withdrawn)).map((d) => d.field))
      .toEqual(["invariant PH-P2", "invariant PH-funds"]);
    // An id skipped.
    const skipped = state({ PaymentHub: { ["04" + bytesOfInt(2n)]: receipt(2n, "app", 50n), "05": bytesOfInt(2n), ["03" + APP]: bytesOfInt(50n) } });
    expect(p1!.check(step(empty, skipped, "u1", U1, halt([{ contract: HUB, eventName: "PaymentReceived", args: [intItem(2n)] }]))))
      .toEqual(["receipt ids [2] are not 1…2 (the counter)", "PaymentReceived id 2 does not follow 0"]);
  });

  it("GW-P2 and GW-P3 see a second fulfilment and one by another account", () => {
    const [, p2, p3] = gatewayInvariants(contracts);
    const request = (status: bigint, at: bigint) => serialize(structItem([intItem(1n), ...Array(6).fill(bytesItem("")), intItem(status), intItem(0n), intItem(at), ...Array(3).fill(bytesItem(""))]));
    const at = (status: bigint, t: bigint) => state({ ServiceLayerGateway: { "02": le(TEE), ["03" + bytesOfInt(1n)]: request(status, t), "04": bytesOfInt(1n) } });
    const fulfilled = halt([{ contract: GATEWAY, eventName: "ServiceFulfilled", args: [intItem(1n)] }]);
    expect(p2!.check(step(at(0n, 0n), at(1n, 5n), "tee", TEE, fulfilled))).toEqual([]);
    expect(p2!.check(step(at(1n, 5n), at(2n, 9n), "tee", TEE, fulfilled))).toEqual(["request 1 (status 1) was changed after its fulfilment", "request 1 fulfilled a second time"]);
    expect(p3!.check(step(at(0n, 0n), at(1n, 5n), "tee", TEE))).toEqual([]);
    expect(p3!.check(step(at(0n, 0n), at(1n, 5n), "u1", U1))).toHaveLength(1);
  });

  it("PR-OP: a pause flag set by an account that is neither the admin nor an operator", () => {
    const [op] = pauseRegistryInvariants(contracts);
    const before = state({ PauseRegistry: { "01": le(ADMIN), ["04" + le(TEE)]: bytesOfInt(1n) } });
    const after = state({ PauseRegistry: { "01": le(ADMIN), ["04" + le(TEE)]: bytesOfInt(1n), "02": bytesOfInt(1n) } });
    expect(op!.check(step(before, after, "admin", ADMIN))).toEqual([]);
    expect(op!.check(step(before, after, "tee", TEE))).toEqual([]);
    expect(op!.check(step(before, after, "u1", U1))).toEqual(["pause flag(s) 02 changed by u1, neither the admin with a witness nor an operator"]);
    expect(op!.check({ ...step(before, after), sender: { name: "admin", hash: ADMIN, witnessed: false } })).toHaveLength(1);
  });
});
