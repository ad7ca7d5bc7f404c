import { beforeEach, describe, expect, it } from "vitest";
import { int } from "../runtime/args.js";
import { contractModel, method } from "../runtime/contract-model.js";
import { displayOf } from "../runtime/hash160.js";
import { utf8Hex } from "../runtime/hex.js";
import { Any, boolItem, bytesItem, hash160Item, intItem, structItem } from "../runtime/items.js";
import { BASE_PROBE } from "../apps/base-probe/model.js";
import { ADMIN, Kit, messageOf, resultOf, U1 as KIT_U1 } from "../test-support/model-kit.js";
import { PROBE, ProbeWorld, W } from "../test-support/probe-world.js";

const [U1, U2] = W.users as [typeof W.admin, typeof W.admin];
const use = (w: ProbeWorld, who: typeof U1, payer: typeof U1, min: bigint, id: bigint) =>
  w.tx(who, PROBE, "useReceipt", [hash160Item(payer), intItem(min), intItem(id)]);
const used = (w: ProbeWorld, id: bigint) => resultOf(w.read(PROBE, "isReceiptUsed", [intItem(id)]));

let w: ProbeWorld;
beforeEach(() => { w = new ProbeWorld(); });

describe("RCPT (devpack.md §1 ValidatePaymentReceipt)", () => {
  it("checks in the listed order and leaves a receipt unused after any FAULT", () => {
    const r1 = w.pay(U1, 500n);
    const foreign = w.pay(U1, 500n, "miniapp-timelock-probe");
    expect(messageOf(use(w, U1, U1, 1n, 0n))).toBe("receiptId required");
    expect(messageOf(use(w, U1, U1, 1n, 99n))).toBe("receipt not found");
    expect(messageOf(use(w, U1, U1, 1n, foreign))).toBe("receipt app mismatch");
    expect(messageOf(use(w, U1, U2, 1n, r1))).toBe("receipt payer mismatch");
    expect(messageOf(use(w, U1, U1, 501n, r1))).toBe("insufficient payment");
    expect(used(w, r1)).toEqual(boolItem(false));
    expect(used(w, 99n)).toEqual(boolItem(false));
    expect(w.storageValue(PROBE, "06" + "01")).toBeUndefined();
    // Over-payment is accepted; the amount is returned; then the receipt is spent.
    expect(resultOf(use(w, U1, U1, 499n, r1))).toEqual(intItem(500n));
    expect(w.storageValue(PROBE, "06" + "01")).toBe("01");
    expect(messageOf(use(w, U1, U1, 1n, r1))).toBe("receipt already used");
  });

  it("\"payment hub not set\" comes after \"receiptId required\"", () => {
    const kit = new Kit();
    const probe = kit.deploy(BASE_PROBE, 0xc1);
    expect(messageOf(kit.tx(KIT_U1, probe, "useReceipt", [hash160Item(KIT_U1), intItem(1n), intItem(0n)]))).toBe("receiptId required");
    expect(messageOf(kit.tx(KIT_U1, probe, "useReceipt", [hash160Item(KIT_U1), intItem(1n), intItem(1n)]))).toBe("payment hub not set");
  });

  it("marks the receipt used before it calls the hub", () => {
    const kit = new Kit();
    const probe = kit.deploy(BASE_PROBE, 0xc1);
    // A hub that issues receipt 7 only to an app that has already marked it used.
    const spyHub = contractModel("SpyHub", [method("getReceipt", [int], (ctx, id) => {
      const seen = ctx.call(probe, "isReceiptUsed", "ReadOnly", [intItem(id)]);
      return seen.type === "Boolean" && seen.value
        ? structItem([intItem(id), bytesItem(utf8Hex("miniapp-base-probe")), hash160Item(KIT_U1), intItem(5n), intItem(0n), bytesItem("")])
        : Any;
    }, { safe: true })]);
    const hub = kit.deploy(spyHub, 0xb9);
    kit.tx(ADMIN, probe, "setPaymentHub", [hash160Item(hub)]);
    expect(resultOf(kit.tx(KIT_U1, probe, "useReceipt", [hash160Item(KIT_U1), intItem(5n), intItem(7n)]))).toEqual(intItem(5n));
    expect(kit.chain.storage(displayOf(probe)).some((e) => e.keyHex === "0607")).toBe(true);
  });
});
