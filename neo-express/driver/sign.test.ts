import { describe, expect, it } from "vitest";
import { wallet } from "@cityofzion/neon-core";
import { singleSigActor } from "./actor.js";
import { buildTransaction, transactionHash } from "./transaction-builder.js";
import { publicKeyHex, signHex } from "./sign.js";

describe("signHex", () => {
  const key = "cf31446c46b6a187429be72bb411a5fa92324b0d89bc28bd4aef28eb12481239";
  const account = new wallet.Account(key);

  it("makes signatures that neon-core verifies, and only for the signed data", () => {
    for (const data of ["", "00", "92f7b3f2" + "ab".repeat(32), "ff".repeat(100)]) {
      const sig = signHex(data, key);
      expect(sig).toHaveLength(128);
      expect(wallet.verify(data, sig, account.publicKey)).toBe(true);
      expect(wallet.verify(data + "00", sig, account.publicKey)).toBe(false);
    }
  });

  it("derives the accounts neon-core derives", () => {
    expect(publicKeyHex(key)).toBe(account.publicKey);
    for (const k of [key, "01".repeat(32), "00ff".repeat(16)]) {
      const neon = new wallet.Account(k);
      const actor = singleSigActor("x", k);
      expect([actor.scriptHash, actor.address]).toEqual([neon.scriptHash, neon.address]);
    }
  });

  it("leaves hashes and fees alone: a second signature of the same transaction changes neither", () => {
    // Random nonces (as Neo's own Crypto.Sign): two signings differ, nothing compared covers them.
    const sender = singleSigActor("u1", key);
    const spec = { script: "11c01f0c0362617a0c14" + "ab".repeat(20) + "41627d5b52", sender, systemFee: 1_0000_0000n, validUntilBlock: 99, nonce: 5 };
    const policy = { feePerByte: 1000n, execFeeFactor: 30n, storagePrice: 100000n };
    const [a, b] = [buildTransaction(spec, 0x4e454f, policy), buildTransaction(spec, 0x4e454f, policy)];
    expect(a.witnesses[0]!.invocationScript.toBigEndian()).not.toBe(b.witnesses[0]!.invocationScript.toBigEndian());
    expect(transactionHash(a)).toBe(transactionHash(b));
    expect(a.networkFee.toString()).toBe(b.networkFee.toString());
    expect(a.serialize(true).length).toBe(b.serialize(true).length);
  });
});
