import { beforeEach, describe, expect, it } from "vitest";
import { displayOf, ZERO_HASH160 } from "../../runtime/hash160.js";
import { utf8Hex } from "../../runtime/hex.js";
import { boolItem, hash160Item, stringItem } from "../../runtime/items.js";
import { ADMIN, eventsOf, Kit, messageOf, resultOf, U1, U2 } from "../../test-support/model-kit.js";
import { PAUSE_REGISTRY } from "./pause-registry.js";

let kit: Kit;
let reg: ReturnType<Kit["deploy"]>;
beforeEach(() => { kit = new Kit(); reg = kit.deploy(PAUSE_REGISTRY, 0xb2); });

describe("PauseRegistry model (platform.md §3)", () => {
  it("OP admits the admin and operators only", () => {
    expect(messageOf(kit.tx(U1, reg, "setGlobalPause", [boolItem(true)]))).toBe("not admin or operator");
    expect(messageOf(kit.tx(U1, reg, "setOperator", [hash160Item(U1), boolItem(true)]))).toBe("unauthorized");
    expect(messageOf(kit.tx(ADMIN, reg, "setOperator", [hash160Item(ZERO_HASH160), boolItem(true)]))).toBe("invalid");
    expect(eventsOf(kit.tx(ADMIN, reg, "setOperator", [hash160Item(U1), boolItem(true)]))).toEqual([]);
    const out = kit.tx(U1, reg, "setGlobalPause", [boolItem(true)]);
    expect(out.state === "HALT" && out.notifications[0]!.args).toEqual([boolItem(true), hash160Item(U1)]);
    expect(resultOf(kit.read(reg, "isPaused", [stringItem("anything")]))).toEqual(boolItem(true));
    kit.tx(ADMIN, reg, "setOperator", [hash160Item(U1), boolItem(false)]);
    expect(kit.chain.storage(displayOf(reg)).find((e) => e.keyHex === "04" + U1)?.valueHex).toBe("");
    expect(messageOf(kit.tx(U1, reg, "setGlobalPause", [boolItem(false)]))).toBe("not admin or operator");
  });

  it("setAppPause: OP before the app id check; 1 ≤ bytes ≤ 63", () => {
    expect(messageOf(kit.tx(U2, reg, "setAppPause", [stringItem(""), boolItem(true)]))).toBe("not admin or operator");
    expect(messageOf(kit.tx(ADMIN, reg, "setAppPause", [stringItem(""), boolItem(true)]))).toBe("invalid appId");
    expect(messageOf(kit.tx(ADMIN, reg, "setAppPause", [stringItem("a".repeat(64)), boolItem(true)]))).toBe("invalid appId");
    const out = kit.tx(ADMIN, reg, "setAppPause", [stringItem("app"), boolItem(true)]);
    expect(out.state === "HALT" && out.notifications[0]!.args).toEqual([stringItem("app"), boolItem(true), hash160Item(ADMIN)]);
    expect(kit.chain.storage(displayOf(reg)).find((e) => e.keyHex === "03" + utf8Hex("app"))?.valueHex).toBe("01");
    expect(resultOf(kit.read(reg, "isPaused", [stringItem("app")]))).toEqual(boolItem(true));
    expect(resultOf(kit.read(reg, "isPaused", [stringItem("other")]))).toEqual(boolItem(false));
    expect(resultOf(kit.read(reg, "isGloballyPaused"))).toEqual(boolItem(false));
  });

  it("setAdmin: ADM, valid → \"invalid\", no event", () => {
    expect(messageOf(kit.tx(ADMIN, reg, "setAdmin", [hash160Item(ZERO_HASH160)]))).toBe("invalid");
    expect(eventsOf(kit.tx(ADMIN, reg, "setAdmin", [hash160Item(U1)]))).toEqual([]);
    expect(resultOf(kit.read(reg, "admin"))).toEqual(hash160Item(U1));
  });
});
