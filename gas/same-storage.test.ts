import { describe, expect, it } from "vitest";
import type { Actor } from "../neo-express/driver/actor.js";
import { normalizedStorage, storageShape, type WorldAddresses as World } from "./same-storage.js";

const actor = (byte: string): Actor => ({ name: byte, scriptHash: byte.repeat(20), address: "", verificationScript: "", invocation: () => "", kind: "single" });
const world = (b: string, app: string): World => ({
  actors: { admin: actor(b), tee: actor("0" + b.slice(1)), treasury: actor("f" + b.slice(1)), users: [actor("e" + b.slice(1))] },
  hashes: { paymentHub: "0x" + "a1".repeat(20), pauseRegistry: "0x" + "a2".repeat(20), gateway: "0x" + "a3".repeat(20), apps: new Map([["doomsday-clock", "0x" + app.repeat(20)]]) },
});
// u1's hash is "e…" repeated; stored little-endian, the same bytes here since each is one byte repeated.
const u1 = (w: World) => w.actors.users[0]!.scriptHash;

describe("storage of two worlds driven alike", () => {
  it("compares equal once each world's addresses are role names", () => {
    const [a, b] = [world("11", "b1"), world("22", "b2")];
    const entries = (w: World, value: string) => [{ keyHex: "42" + u1(w) + "01", valueHex: value }, { keyHex: "40", valueHex: "01" }];
    expect(normalizedStorage(a, entries(a, "0a"))).toEqual(normalizedStorage(b, entries(b, "0a")));
    expect(normalizedStorage(a, entries(a, "0a"))).toEqual(["40=01", "42<u1>01=0a"]);
    expect(normalizedStorage(a, entries(a, "0a"))).not.toEqual(normalizedStorage(b, entries(b, "0b")));
  });

  it("compares keys and value lengths only for a storage-price twin", () => {
    const a = world("11", "b1");
    expect(storageShape(a, [{ keyHex: "11" + u1(a), valueHex: "b037c3cea201" }])).toEqual(storageShape(a, [{ keyHex: "11" + u1(a), valueHex: "c037c3cea201" }]));
    expect(storageShape(a, [{ keyHex: "45", valueHex: "ff" }])).not.toEqual(storageShape(a, [{ keyHex: "45", valueHex: "ff00" }]));
  });
});
