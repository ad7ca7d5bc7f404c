import { describe, expect, it } from "vitest";
import { wallet } from "@cityofzion/neon-core";
import { signHex } from "./sign.js";

describe("signHex", () => {
  const key = "cf31446c46b6a187429be72bb411a5fa92324b0d89bc28bd4aef28eb12481239";
  const publicKey = new wallet.Account(key).publicKey;

  it("makes signatures that neon-core verifies, and only for the signed data", () => {
    for (const data of ["", "00", "92f7b3f2" + "ab".repeat(32), "ff".repeat(100)]) {
      const sig = signHex(data, key);
      expect(sig).toHaveLength(128);
      expect(wallet.verify(data, sig, publicKey)).toBe(true);
      expect(wallet.verify(data + "00", sig, publicKey)).toBe(false);
    }
  });

  it("is deterministic (RFC 6979)", () => {
    expect(signHex("0102", key)).toBe(signHex("0102", key));
  });
});
