import { beforeEach, describe, expect, it } from "vitest";
import { displayOf } from "../../runtime/hash160.js";
import { utf8Hex } from "../../runtime/hex.js";
import { bytesOfInt } from "../../runtime/integer-bytes.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { serialize } from "../../runtime/serialize.js";
import { ADMIN, arg, eventsOf, Kit, messageOf, resultOf, TREASURY, U1, U2 } from "../../test-support/model-kit.js";
import { PAYMENT_HUB } from "./payment-hub.js";

const APP = "miniapp-coinflip";
let kit: Kit;
let hub: ReturnType<Kit["deploy"]>;
const configure = (who = ADMIN, appId = APP, owner = arg.h160(TREASURY), recipients = [arg.h160(TREASURY)], shares = [arg.int(10_000)], enabled = true) =>
  kit.tx(who, hub, "configureApp", [arg.str(appId), owner, arg.array(recipients), arg.array(shares), arg.bool(enabled)]);

beforeEach(() => {
  kit = new Kit();
  hub = kit.deploy(PAYMENT_HUB, 0xb1);
});

describe("PaymentHub model (platform.md §1)", () => {
  it("_deploy stores tx.Sender as admin", () => {
    expect(kit.chain.storage(displayOf(hub))).toEqual([{ keyHex: "01", valueHex: ADMIN }]);
    expect(resultOf(kit.read(hub, "admin"))).toEqual(arg.h160(ADMIN));
  });

  it("configureApp checks its preconditions in the listed order", () => {
    expect(messageOf(configure(U1))).toBe("unauthorized");
    expect(messageOf(configure(ADMIN, ""))).toBe("app id required");
    expect(messageOf(configure(ADMIN, "é".repeat(32)))).toBe("app id too long"); // 64 UTF-8 bytes, 32 chars
    expect(messageOf(configure(ADMIN, "x".repeat(63)))).toBe("HALT");
    expect(messageOf(configure(ADMIN, APP, arg.h160("00".repeat(20) as never)))).toBe("owner required");
    expect(messageOf(configure(ADMIN, APP, arg.h160(TREASURY), [arg.h160(TREASURY)], []))).toBe("split length mismatch");
    expect(messageOf(configure(ADMIN, APP, arg.h160(TREASURY), [], []))).toBe("invalid recipients");
    const seventeen = Array.from({ length: 17 }, () => arg.h160(TREASURY));
    expect(messageOf(configure(ADMIN, APP, arg.h160(TREASURY), seventeen, seventeen.map(() => arg.int(0))))).toBe("invalid recipients");
    // An invalid recipient is reported before an invalid share at a lower index.
    expect(messageOf(configure(ADMIN, APP, arg.h160(TREASURY), [arg.h160(TREASURY), arg.h160("00".repeat(20) as never)], [arg.int(-1), arg.int(1)]))).toBe("invalid recipient");
    expect(messageOf(configure(ADMIN, APP, arg.h160(TREASURY), [arg.h160(TREASURY), arg.h160(U1)], [arg.int(-1), arg.int(10_001)]))).toBe("invalid share");
    expect(messageOf(configure(ADMIN, APP, arg.h160(TREASURY), [arg.h160(TREASURY), arg.h160(U1)], [arg.int(5_000), arg.int(4_999)]))).toBe("shares must sum to 10000 bps");
  });

  it("configureApp stores the AppConfig Struct with the Arrays as passed, and emits two events", () => {
    const outcome = configure();
    expect(eventsOf(outcome)).toEqual(["AppConfigured", "SplitConfigured"]);
    expect(outcome.state === "HALT" && outcome.notifications[1]!.args).toEqual([arg.str(APP), arg.int(1), arg.int(10_000)]);
    const config = kit.chain.storage(displayOf(hub)).find((e) => e.keyHex === "02" + utf8Hex(APP));
    expect(config?.valueHex).toBe("4104" + "2814" + TREASURY + "4001" + "2814" + TREASURY + "4001" + "2102" + "1027" + "2001");
  });

  it("a GAS payment with the app id creates receipt 1, consecutive ids, and keeps the balance", () => {
    configure();
    const paid = kit.pay(U1, hub, 150n, arg.utf8(APP));
    expect(eventsOf(paid)).toEqual(["Transfer", "BalanceUpdated", "PaymentReceived"]);
    expect(paid.state === "HALT" && paid.notifications[2]).toEqual({ contract: displayOf(hub), eventName: "PaymentReceived",
      args: [arg.int(1), arg.utf8(APP), arg.h160(U1), arg.int(150), arg.utf8("")] });
    const receipt = { type: "Struct", items: [arg.int(1), arg.utf8(APP), arg.h160(U1), arg.int(150), arg.int(kit.now), arg.utf8("")] } as const;
    expect(resultOf(kit.read(hub, "getReceipt", [arg.int(1)]))).toEqual(receipt);
    expect(kit.chain.storage(displayOf(hub)).find((e) => e.keyHex === "0401")?.valueHex).toBe(serialize(receipt));
    expect(messageOf(kit.pay(U2, hub, 50n, arg.utf8(APP)))).toBe("HALT");
    expect(resultOf(kit.read(hub, "getAppBalance", [arg.str(APP)]))).toEqual(arg.int(200));
    expect(kit.chain.storage(displayOf(hub)).find((e) => e.keyHex === "05")?.valueHex).toBe(bytesOfInt(2n));
    expect(resultOf(kit.read(hub, "getReceipt", [arg.int(3)]))).toEqual(arg.any);
    expect(kit.chain.balanceOf("GAS", hub)).toBe(200n);
  });

  it("refuses payments in the listed order and changes nothing (PH-P3)", () => {
    configure();
    const before = kit.chain.storage(displayOf(hub));
    const balance = kit.chain.balanceOf("GAS", U1);
    expect(messageOf(kit.tx(U1, hub, "onNEP17Payment", [arg.h160(U1), arg.int(1), arg.utf8(APP)]))).toBe("only GAS accepted");
    expect(messageOf(kit.pay(U1, hub, 0n, arg.utf8(APP)))).toBe("invalid amount");
    expect(messageOf(kit.pay(U1, hub, 1n))).toBe("payment data required");
    expect(messageOf(kit.pay(U1, hub, 1n, arg.utf8("")))).toBe("app id required");
    expect(messageOf(kit.pay(U1, hub, 1n, arg.utf8("other")))).toBe("app not found");
    configure(ADMIN, APP, arg.h160(TREASURY), [arg.h160(TREASURY)], [arg.int(10_000)], false);
    const disabledState = kit.chain.storage(displayOf(hub));
    expect(messageOf(kit.pay(U1, hub, 1n, arg.utf8(APP)))).toBe("app disabled");
    expect(kit.chain.storage(displayOf(hub))).toEqual(disabledState);
    expect(before).not.toEqual(disabledState);
    expect(kit.chain.balanceOf("GAS", U1)).toBe(balance);
  });

  it("withdraw zeroes the balance first, splits by index, sends the remainder to the owner", () => {
    configure(ADMIN, APP, arg.h160(TREASURY), [arg.h160(U1), arg.h160(U2)], [arg.int(3_333), arg.int(6_667)]);
    kit.pay(U1, hub, 10n, arg.utf8(APP));
    expect(messageOf(kit.tx(U2, hub, "withdraw", [arg.str(APP)]))).toBe("unauthorized");
    expect(messageOf(kit.tx(U1, hub, "withdraw", [arg.str("nope")]))).toBe("app not found");
    const u1 = kit.chain.balanceOf("GAS", U1), u2 = kit.chain.balanceOf("GAS", U2), t = kit.chain.balanceOf("GAS", TREASURY);
    const out = kit.tx(TREASURY, hub, "withdraw", [arg.str(APP)]);
    // 10 × 3333 / 10000 = 3, 10 × 6667 / 10000 = 6, remainder 1 to the owner.
    expect(eventsOf(out)).toEqual(["Transfer", "ShareDistributed", "Transfer", "ShareDistributed", "Transfer", "ShareDistributed", "BalanceUpdated", "Withdrawn"]);
    expect(out.state === "HALT" && out.notifications[7]!.args).toEqual([arg.str(APP), arg.int(10), arg.int(3)]);
    expect(out.state === "HALT" && out.notifications[0]).toEqual({ contract: displayOf(GAS_HASH), eventName: "Transfer", args: [arg.h160(hub), arg.h160(U1), arg.int(3)] });
    expect([kit.chain.balanceOf("GAS", U1) - u1, kit.chain.balanceOf("GAS", U2) - u2, kit.chain.balanceOf("GAS", TREASURY) - t]).toEqual([3n, 6n, 1n]);
    expect(kit.chain.storage(displayOf(hub)).find((e) => e.keyHex === "03" + utf8Hex(APP))?.valueHex).toBe("");
    // A zero balance returns without events; the admin may withdraw too.
    expect(eventsOf(kit.tx(ADMIN, hub, "withdraw", [arg.str(APP)]))).toEqual([]);
  });

  it("setAdmin: ADM, then a valid address", () => {
    expect(messageOf(kit.tx(U1, hub, "setAdmin", [arg.h160(U1)]))).toBe("unauthorized");
    expect(messageOf(kit.tx(ADMIN, hub, "setAdmin", [arg.h160("00".repeat(20) as never)]))).toBe("invalid admin");
    expect(resultOf(kit.read(hub, "admin"))).toEqual(arg.h160(ADMIN));
    const out = kit.tx(ADMIN, hub, "setAdmin", [arg.h160(U1)]);
    expect(out.state === "HALT" && out.notifications[0]!.args).toEqual([arg.h160(ADMIN), arg.h160(U1)]);
  });
});
