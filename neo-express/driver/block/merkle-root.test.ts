import { describe, expect, it } from "vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { merkleRootLe } from "./merkle-root.js";

const h = (b: number) => Buffer.alloc(32, b).toString("hex");
const hash256 = (a: string, b: string) => Buffer.from(sha256(sha256(Buffer.from(a + b, "hex")))).toString("hex");

describe("merkleRootLe", () => {
  it("is zero for no transaction and the hash itself for one", () => {
    expect(merkleRootLe([])).toBe("00".repeat(32));
    expect(merkleRootLe([h(1)])).toBe(h(1));
  });

  it("pairs an odd last node with itself", () => {
    const left = hash256(h(1), h(2));
    const right = hash256(h(3), h(3));
    expect(merkleRootLe([h(1), h(2), h(3)])).toBe(hash256(left, right));
    expect(merkleRootLe([h(1), h(2)])).toBe(left);
  });
});
