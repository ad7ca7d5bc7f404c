import { describe, expect, it } from "vitest";
import { tx } from "@cityofzion/neon-core";
import { placeholderWitness, singleSigActor } from "./actor.js";
import { buildTransaction, transactionHash } from "./transaction-builder.js";

describe("buildTransaction", () => {
  const sender = singleSigActor("u1", "cf31446c46b6a187429be72bb411a5fa92324b0d89bc28bd4aef28eb12481239");
  const policy = { feePerByte: 1000n, execFeeFactor: 30n, storagePrice: 100000n };
  const spec = { script: "11c01f0c0362617a0c14" + "ab".repeat(20) + "41627d5b52", sender, systemFee: 1_2345_6789n, validUntilBlock: 1234, nonce: 77 };

  it("hashes as neon's hash() does, and a different transaction differently", () => {
    for (const sign of [true, false]) {
      const t = buildTransaction(spec, 0x4e454f, policy, undefined, sign);
      expect(transactionHash(t)).toBe(t.hash());
      expect(transactionHash(buildTransaction({ ...spec, nonce: 78 }, 0x4e454f, policy, undefined, sign))).not.toBe(t.hash());
    }
  });

  it("attaches the one witness as neon's addWitness would, bytes equal", () => {
    const t = buildTransaction(spec, 0x4e454f, policy, undefined, false);
    const viaNeon = tx.Transaction.deserialize(t.serialize(false));
    viaNeon.addWitness(placeholderWitness(sender));
    expect(t.serialize(true)).toBe(viaNeon.serialize(true));
    expect(t.witnesses).toHaveLength(1);
  });
});
