import { describe, expect, it } from "vitest";
import type { Observation } from "../../neo-express/driver/observation.js";
import type { ChainInvariant } from "../harness/chain-invariant.js";
import type { Observed } from "../harness/differential-run.js";
import { serialize } from "../../simulator/runtime/serialize.js";
import { bytesItem, intItem, structItem } from "../../simulator/runtime/items.js";
import { bytesOfInt } from "../../simulator/runtime/integer-bytes.js";
import { utf8Hex } from "../../simulator/runtime/hex.js";
import type { Notification, Outcome } from "../../simulator/runtime/outcome.js";
import { paymentHubInvariants } from "./payment-hub/invariants.js";
import { gatewayInvariants } from "./service-layer-gateway/invariants.js";
import { pauseRegistryInvariants } from "./pause-registry/invariants.js";

const HUB = "0x" + "11".repeat(20);
const GATEWAY = "0x" + "22".repeat(20);
const REGISTRY = "0x" + "33".repeat(20);
const [ADMIN, TEE, U1] = ["aa", "ee", "01"].map((b) => "0x" + b.repeat(20)) as [string, string, string];
const le = (display: string) => Buffer.from(display.slice(2), "hex").reverse().toString("hex");
const contracts = [{ label: "PaymentHub", hash: HUB }, { label: "ServiceLayerGateway", hash: GATEWAY }, { label: "PauseRegistry", hash: REGISTRY }];
const observed: Observed = { contracts, accounts: [{ label: "admin", hash: ADMIN }, { label: "tee", hash: TEE }, { label: "u1", hash: U1 }, ...contracts] };
const byLabel = new Map(contracts.map((c) => [c.label, c.hash]));

const state = (storage: Record<string, Record<string, string>>, gas: Record<string, bigint> = {}): Observation => ({
  storage: contracts.map((c) => Object.entries(storage[c.label] ?? {}).map(([keyHex, valueHex]) => ({ keyHex, valueHex }))),
  gas: observed.accounts.map((a) => gas[a.label] ?? 0n),
  neo: observed.accounts.map(() => 0n),
});
const halt = (notifications: Notification[] = []): Outcome => ({ state: "HALT", stack: [], notifications, time: 0n });
/** One step of a sequence that starts at `before`: the invariant's problems after it. */
const after = (invariant: ChainInvariant, before: Observation, now: Observation, sender = "admin", outcome = halt()) => {
  invariant.start?.(before, observed);
  return invariant.check({ call: "x", sender, outcome, observation: now, observed });
};

const receipt = (id: bigint, amount: bigint) => serialize(structItem([intItem(id), bytesItem(utf8Hex("app")), bytesItem(le(U1)), intItem(amount), intItem(0n), bytesItem("")]));
const APP = utf8Hex("app");

describe("the platform contracts' chain invariants (read without the model)", () => {
  it("PH-P1, PH-P2, PH-funds hold on a consistent hub and name what breaks", () => {
    const [p1, p2, funds] = paymentHubInvariants(byLabel) as [ChainInvariant, ChainInvariant, ChainInvariant];
    const empty = state({});
    const paid = state({ PaymentHub: { ["04" + bytesOfInt(1n)]: receipt(1n, 50n), "05": bytesOfInt(1n), ["03" + APP]: bytesOfInt(50n) } }, { PaymentHub: 50n });
    const received = halt([{ contract: HUB, eventName: "PaymentReceived", args: [intItem(1n)] }]);
    for (const inv of [p1, p2, funds]) expect(after(inv, empty, paid, "u1", received)).toEqual([]);
    // A withdrawal that paid out but left the balance (the mutant "withdraw does not zero").
    const withdrawn = halt([{ contract: HUB, eventName: "Withdrawn", args: [bytesItem(APP), intItem(50n), intItem(1n)] }]);
    const paidOut = state({ PaymentHub: { ["04" + bytesOfInt(1n)]: receipt(1n, 50n), "05": bytesOfInt(1n), ["03" + APP]: bytesOfInt(50n) } });
    expect(after(p2, paid, paidOut, "treasury", withdrawn)).toEqual(["app app: Σ receipts − Σ withdrawn = 0, getAppBalance = 50"]);
    expect(after(funds, paid, paidOut, "treasury", withdrawn)).toEqual(["PaymentHub holds 0 GAS datoshi, its app balances sum to 50"]);
    // An id skipped.
    const skipped = state({ PaymentHub: { ["04" + bytesOfInt(2n)]: receipt(2n, 50n), "05": bytesOfInt(2n), ["03" + APP]: bytesOfInt(50n) } });
    expect(after(p1, empty, skipped, "u1", halt([{ contract: HUB, eventName: "PaymentReceived", args: [intItem(2n)] }])))
      .toEqual(["receipt ids [2] are not 1…2 (the counter)", "PaymentReceived id 2 does not follow 0"]);
  });

  it("GW-P2 and GW-P3 see a second fulfilment and one by another account", () => {
    const [, p2, p3] = gatewayInvariants(byLabel) as [ChainInvariant, ChainInvariant, ChainInvariant];
    const request = (status: bigint, at: bigint) => serialize(structItem([intItem(1n), ...Array(6).fill(bytesItem("")), intItem(status), intItem(0n), intItem(at), ...Array(3).fill(bytesItem(""))]));
    const at = (status: bigint, t: bigint) => state({ ServiceLayerGateway: { "02": le(TEE), ["03" + bytesOfInt(1n)]: request(status, t), "04": bytesOfInt(1n) } });
    const fulfilled = halt([{ contract: GATEWAY, eventName: "ServiceFulfilled", args: [intItem(1n)] }]);
    expect(after(p2, at(0n, 0n), at(1n, 5n), "tee", fulfilled)).toEqual([]);
    expect(p2.check({ call: "x", sender: "tee", outcome: fulfilled, observation: at(2n, 9n), observed }))
      .toEqual(["request 1 (status 1) was changed after its fulfilment", "request 1 fulfilled a second time"]);
    expect(after(p3, at(0n, 0n), at(1n, 5n), "tee")).toEqual([]);
    expect(after(p3, at(0n, 0n), at(1n, 5n), "u1")).toHaveLength(1);
    expect(after(p3, at(0n, 0n), at(1n, 5n), "tee/none")).toHaveLength(1);
  });

  it("PR-OP: a pause flag set by an account that is neither the admin (with a witness) nor an operator", () => {
    const [op] = pauseRegistryInvariants(byLabel) as [ChainInvariant];
    const before = state({ PauseRegistry: { "01": le(ADMIN), ["04" + le(TEE)]: bytesOfInt(1n) } });
    const paused = state({ PauseRegistry: { "01": le(ADMIN), ["04" + le(TEE)]: bytesOfInt(1n), "02": bytesOfInt(1n) } });
    expect(after(op, before, paused, "admin")).toEqual([]);
    expect(after(op, before, paused, "tee")).toEqual([]);
    expect(after(op, before, paused, "u1")).toEqual(["pause flag(s) 02 changed by u1, neither the admin with a witness nor an operator"]);
    expect(after(op, before, paused, "admin/none")).toHaveLength(1);
  });
});
