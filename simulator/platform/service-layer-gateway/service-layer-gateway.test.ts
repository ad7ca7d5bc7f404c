import { beforeEach, describe, expect, it } from "vitest";
import { ZERO_HASH160 } from "../../runtime/hash160.js";
import { Any, bytesItem, hash160Item, stringItem } from "../../runtime/items.js";
import { ADMIN, eventsOf, Kit, messageOf, resultOf, TEE, U1 } from "../../test-support/model-kit.js";
import { SERVICE_LAYER_GATEWAY } from "./service-layer-gateway.js";

let kit: Kit;
let gw: ReturnType<Kit["deploy"]>;
beforeEach(() => { kit = new Kit(); gw = kit.deploy(SERVICE_LAYER_GATEWAY, 0xb3); });
const request = (appId: string, type: string, cc: typeof U1, method: string) =>
  kit.tx(U1, gw, "requestService", [stringItem(appId), stringItem(type), bytesItem("01"), hash160Item(cc), stringItem(method)]);

describe("ServiceLayerGateway model (platform.md §2)", () => {
  it("_deploy makes the sender admin and updater", () => {
    expect(resultOf(kit.read(gw, "admin"))).toEqual(hash160Item(ADMIN));
    expect(resultOf(kit.read(gw, "updater"))).toEqual(hash160Item(ADMIN));
  });

  it("requestService checks in the listed order; an entry-script caller is never the callback contract", () => {
    expect(messageOf(request("", "", ZERO_HASH160, ""))).toBe("app id required");
    expect(messageOf(request("a", "", ZERO_HASH160, ""))).toBe("service type required");
    expect(messageOf(request("a", "rng", ZERO_HASH160, ""))).toBe("callback contract required");
    expect(messageOf(request("a", "rng", U1, ""))).toBe("callback method required");
    expect(messageOf(request("a", "rng", U1, "onServiceCallback"))).toBe("callback must be caller");
  });

  it("admin methods: ADM then valid address, with their events", () => {
    expect(messageOf(kit.tx(U1, gw, "setUpdater", [hash160Item(TEE)]))).toBe("unauthorized");
    expect(messageOf(kit.tx(ADMIN, gw, "setUpdater", [hash160Item(ZERO_HASH160)]))).toBe("invalid updater");
    expect(eventsOf(kit.tx(ADMIN, gw, "setUpdater", [hash160Item(TEE)]))).toEqual(["UpdaterChanged"]);
    expect(messageOf(kit.tx(ADMIN, gw, "addAllowedCallback", [hash160Item(ZERO_HASH160)]))).toBe("invalid contract");
    expect(messageOf(kit.tx(ADMIN, gw, "setAdmin", [hash160Item(ZERO_HASH160)]))).toBe("invalid admin");
    expect(eventsOf(kit.tx(ADMIN, gw, "removeAllowedCallback", [hash160Item(U1)]))).toEqual(["CallbackRemoved"]);
    expect(messageOf(kit.tx(U1, gw, "fulfillRequest", [{ type: "Integer", value: 1n }, { type: "Boolean", value: true }, Any, Any]))).toBe("unauthorized");
    expect(messageOf(kit.tx(TEE, gw, "fulfillRequest", [{ type: "Integer", value: 1n }, { type: "Boolean", value: true }, Any, Any]))).toBe("request not found");
  });
});
