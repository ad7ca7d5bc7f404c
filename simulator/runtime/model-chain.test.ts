import { describe, expect, it } from "vitest";
import { any, bool, hash160, int } from "./args.js";
import { contractModel, method } from "./contract-model.js";
import { fail, vmFault } from "./fault.js";
import { displayOf } from "./hash160.js";
import { Any, boolItem, bytesItem, hash160Item, intItem } from "./items.js";
import { GAS_HASH } from "./native-tokens.js";
import { Journal } from "./journal.js";
import { ContractStorage } from "./storage.js";
import { ADMIN, account, Kit, messageOf, resultOf, U1, U2 } from "../test-support/model-kit.js";

/** A contract that writes, emits, pays, and then throws or not. */
const TOY = contractModel("Toy", [
  method("act", [hash160, int, bool], (ctx, to, amount, thenThrow) => {
    ctx.storage.put("aa", "01");
    ctx.storage.delete("bb");
    ctx.notify("Acted", [intItem(amount)]);
    const paid = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(to), intItem(amount), Any]);
    if (thenThrow) fail("toy failed");
    return paid;
  }),
  method("crash", [], () => vmFault("MaxStackSize exceed: 2101")),
  method("putThen", [int, bool], (ctx, n, thenThrow) => {
    ctx.storage.put("d" + n.toString(16).padStart(1, "0"), "02");
    ctx.storage.delete("aa");
    if (thenThrow) fail("put undone");
  }),
  method("get", [], (ctx) => intItem(BigInt(ctx.storage.find("").length)), { safe: true }),
  method("big", [int], (ctx, n) => { ctx.notify("Big", [bytesItem("00".repeat(Number(n)))]); }),
  method("longKey", [int], (ctx, n) => { ctx.storage.put("ab".repeat(Number(n)), ""); }),
  method("writeInSafe", [], (ctx) => { ctx.storage.put("cc", ""); }, { safe: true }),
  method("callWriter", [], (ctx) => ctx.call(ctx.executing, "act", "ReadOnly", [hash160Item(ctx.executing), intItem(0n), boolItem(false)])),
  method("onNEP17Payment", [hash160, int, any], (ctx, from, amount) => { ctx.notify("Got", [hash160Item(from), intItem(amount)]); }),
]);

function setup() {
  const kit = new Kit();
  const toy = kit.deploy(TOY, 0x70);
  kit.pay(ADMIN, toy, 1_000n);
  return { kit, toy };
}

describe("model chain execution (spec README §5, §7)", () => {
  it("HALT: the return value, notifications in order with the transfer's at its place, onNEP17Payment of a receiving contract", () => {
    const { kit, toy } = setup();
    const out = kit.tx(U1, toy, "act", [hash160Item(U1), intItem(10n), boolItem(false)]);
    expect(out).toEqual({ state: "HALT", stack: [boolItem(true)], time: kit.now, notifications: [
      { contract: displayOf(toy), eventName: "Acted", args: [intItem(10n)] },
      { contract: displayOf(GAS_HASH), eventName: "Transfer", args: [hash160Item(toy), hash160Item(U1), intItem(10n)] },
    ] });
    const paid = kit.pay(U1, toy, 5n);
    expect(paid.state === "HALT" && paid.notifications.map((n) => n.eventName)).toEqual(["Transfer", "Got"]);
    expect(kit.chain.balanceOf("GAS", toy)).toBe(995n);
  });

  it("a thrown message FAULTs with the exact text and reverts storage, notifications and balances", () => {
    const { kit, toy } = setup();
    kit.tx(U1, toy, "act", [hash160Item(U1), intItem(1n), boolItem(false)]);
    const before = { storage: kit.chain.storage(displayOf(toy)), toy: kit.chain.balanceOf("GAS", toy), u2: kit.chain.balanceOf("GAS", U2) };
    const out = kit.tx(U1, toy, "act", [hash160Item(U2), intItem(7n), boolItem(true)]);
    expect(out).toEqual({ state: "FAULT", exception: "An unhandled exception was thrown. toy failed", message: "toy failed", time: kit.now });
    expect({ storage: kit.chain.storage(displayOf(toy)), toy: kit.chain.balanceOf("GAS", toy), u2: kit.chain.balanceOf("GAS", U2) }).toEqual(before);
  });

  it("the sorted storage a run observes follows every write, and every undo of a FAULT or a test invocation", () => {
    const { kit, toy } = setup();
    kit.tx(U1, toy, "act", [hash160Item(U1), intItem(1n), boolItem(false)]);
    const keys = () => kit.chain.storage(displayOf(toy)).map((e) => e.keyHex);
    expect(keys()).toEqual(["aa"]);
    kit.tx(U1, toy, "putThen", [intItem(1n), boolItem(true)]);
    expect(keys()).toEqual(["aa"]);
    kit.chain.testInvoke({ contract: displayOf(toy), method: "putThen", args: [intItem(2n), boolItem(false)] }, kit.now);
    expect(keys()).toEqual(["aa"]);
    kit.tx(U1, toy, "putThen", [intItem(3n), boolItem(false)]);
    expect(keys()).toEqual(["d3"]);
    const copy = kit.chain.copy();
    kit.tx(U1, toy, "putThen", [intItem(4n), boolItem(false)]);
    expect(keys()).toEqual(["d3", "d4"]);
    expect(copy.storage(displayOf(toy)).map((e) => e.keyHex)).toEqual(["d3"]);
  });

  it("ContractStorage's kept sorted entries are dropped by an undo too (read between write and rollback)", () => {
    const storage = new ContractStorage(new Map([["aa", "01"]]));
    const journal = new Journal();
    storage.put("bb", "02", journal);
    expect(storage.entriesSorted().map((e) => e.keyHex)).toEqual(["aa", "bb"]);
    journal.rollback();
    expect(storage.entriesSorted().map((e) => e.keyHex)).toEqual(["aa"]);
  });

  it("only ContractManagement runs _deploy: a call of a `_` method by a transaction FAULTs (Neo 3.5 System.Contract.Call)", () => {
    const deployed: string[] = [];
    const OWNED = contractModel("Owned", [method("_deploy", [any, bool], (ctx) => { deployed.push(displayOf(ctx.txSender())); })]);
    const kit = new Kit();
    const owned = kit.deploy(OWNED, 0x71);
    expect(deployed).toHaveLength(1);
    expect(kit.tx(U1, owned, "_deploy", [Any, boolItem(false)])).toEqual({ state: "FAULT", exception: "Invalid Method Name: _deploy", time: kit.now });
    expect(deployed).toHaveLength(1);
  });

  it("VM faults carry no thrown message", () => {
    const { kit, toy } = setup();
    expect(kit.tx(U1, toy, "crash", [])).toEqual({ state: "FAULT", exception: "MaxStackSize exceed: 2101", time: kit.now });
    expect(messageOf(kit.tx(U1, account(0x55), "get", []))).toMatch(/^VM: Called Contract Does Not Exist/);
    expect(messageOf(kit.tx(U1, toy, "get", [intItem(1n)]))).toMatch(/^VM: Method "get" with 1 parameter/);
    // Serialized notification arguments: 40 01 28 fd xxxx + n bytes ≤ 1,024.
    expect(messageOf(kit.tx(U1, toy, "big", [intItem(1_018n)]))).toBe("HALT");
    expect(messageOf(kit.tx(U1, toy, "big", [intItem(1_019n)]))).toMatch(/^VM: notification Big over/);
    expect(messageOf(kit.tx(U1, toy, "longKey", [intItem(64n)]))).toBe("HALT");
    expect(messageOf(kit.tx(U1, toy, "longKey", [intItem(65n)]))).toMatch(/^VM: storage key of 65 bytes/);
  });

  it("a GAS transfer without witness or balance returns false and changes nothing", () => {
    const { kit, toy } = setup();
    expect(resultOf(kit.tx(U1, GAS_HASH, "transfer", [hash160Item(U2), hash160Item(U1), intItem(1n), Any]))).toEqual(boolItem(false));
    expect(resultOf(kit.tx(U1, toy, "act", [hash160Item(U1), intItem(10_000n), boolItem(false)]))).toEqual(boolItem(false));
    expect(messageOf(kit.tx(U1, GAS_HASH, "transfer", [hash160Item(U1), hash160Item(U2), intItem(-1n), Any]))).toMatch(/^VM:/);
  });

  it("safe methods and ReadOnly calls cannot write or notify; test invocations never change state", () => {
    const { kit, toy } = setup();
    expect(messageOf(kit.tx(U1, toy, "writeInSafe", []))).toMatch(/^VM: storage write/);
    expect(messageOf(kit.tx(U1, toy, "callWriter", []))).toMatch(/^VM:/);
    const before = kit.chain.storage(displayOf(toy));
    expect(kit.read(toy, "act", [hash160Item(U1), intItem(1n), boolItem(false)]).state).toBe("HALT");
    expect(kit.chain.storage(displayOf(toy))).toEqual(before);
    expect(kit.read(toy, "get", [], 123n).time).toBe(123n);
  });

  it("copy() is deep: later changes of one chain do not reach the other", () => {
    const { kit, toy } = setup();
    const copy = kit.chain.copy();
    kit.tx(U1, toy, "act", [hash160Item(U1), intItem(3n), boolItem(false)]);
    expect(copy.storage(displayOf(toy))).toEqual([]);
    expect(copy.balanceOf("GAS", toy)).toBe(1_000n);
    expect(kit.chain.balanceOf("GAS", toy)).toBe(997n);
    expect(copy.contractHashes()).toEqual(kit.chain.contractHashes());
  });

  it("a second deployment at the same hash FAULTs", () => {
    const { kit, toy } = setup();
    expect(kit.chain.deploy(displayOf(toy), TOY, { signers: [], now: 1n }).state).toBe("FAULT");
  });

  it("fees burn GAS before the call: a transfer of everything the sender held before the fee returns false", () => {
    const { kit, toy } = setup();
    const held = kit.chain.balanceOf("GAS", U2);
    kit.chain.chargeFee(U2, 3n);
    expect(kit.chain.balanceOf("GAS", U2)).toBe(held - 3n);
    const all = kit.pay(U2, toy, held);
    expect(all.state === "HALT" && all.stack).toEqual([boolItem(false)]);
    expect(kit.pay(U2, toy, held - 3n).state === "HALT").toBe(true);
    expect(kit.chain.balanceOf("GAS", U2)).toBe(0n);
    expect(() => kit.chain.chargeFee(U2, 1n)).toThrow(/exceeds the sender's GAS/);
  });
});
