import { describe, expect, it } from "vitest";
import { u } from "@cityofzion/neon-core";
import { useChain, fund } from "../test-support/chain-session.js";
import { buildTransaction } from "./transaction-builder.js";
import { callScript } from "./contract-call.js";
import { transferCall } from "./gas-transfer.js";
import { GAS_HASH } from "./fee-policy.js";

describe("transactions the harness builds are valid by the node's own rules", () => {
  const session = useChain();

  it("the network fee equals calculatenetworkfee, and sendrawtransaction accepts the transaction", async () => {
    const { driver, t0 } = session();
    await fund(driver, ["u1"], 100n, t0);
    const u1 = driver.actor("u1");
    for (const [i, amount] of [1n, 12_345_678_901n, 0n].entries()) {
      const t = buildTransaction({
        script: callScript(transferCall("GAS", u1, driver.actor("u2").scriptHash, amount)),
        sender: u1,
        systemFee: 5_000_000n,
        validUntilBlock: driver.tip.index + 100,
        nonce: 7_000 + i,
      }, driver.chain.magic, driver.feePolicy);
      const expectedFee = await driver.rpc.call<{ networkfee: string }>("calculatenetworkfee", [u.hex2base64(t.serialize(true))]);
      expect(t.networkFee.toString()).toBe(expectedFee.networkfee);
      // The node verifies signature, fees and validUntilBlock before it takes a transaction.
      const relayed = await driver.rpc.call<{ hash: string }>("sendrawtransaction", [u.hex2base64(t.serialize(true))]);
      expect(relayed.hash).toBe("0x" + t.hash());
    }
  });

  it("a block whose sender cannot pay its fees is refused before submitblock (neo-express would hang on it)", async () => {
    const { driver } = session();
    const u3 = driver.actor("u3");
    expect(await driver.balanceOf("0x" + GAS_HASH, u3.scriptHash)).toBe(0n);
    await expect(driver.confirmScripts([{ sender: u3, script: callScript(transferCall("GAS", u3, driver.actor("u1").scriptHash, 0n)) }], driver.lastBlockTime() + 1_000n))
      .rejects.toMatchObject({ code: "BLOCK_REJECTED", message: expect.stringMatching(/^sender u3 holds 0 datoshi GAS but its transactions in this block cost \d+ in fees/) });
    // The chain goes on: the next block is made as usual.
    await fund(driver, ["u3"], 1n, driver.lastBlockTime() + 1_000n);
    expect(await driver.balanceOf("0x" + GAS_HASH, u3.scriptHash)).toBeGreaterThan(0n);
  });

  it("the senders' GAS an observation read at the tip decides the fee check without a read of its own", async () => {
    const { driver } = session();
    const u4 = driver.actor("u4");
    const [observed] = await driver.observeMany([{ contracts: [], accounts: ["0x" + u4.scriptHash] }]);
    expect(observed!.gas).toEqual([0n]);
    const batch = driver.rpc.batch.bind(driver.rpc);
    const invocations: number[] = [];
    driver.rpc.batch = async (calls) => {
      invocations.push(calls.filter((c) => c.method === "invokescript").length);
      return batch(calls);
    };
    try {
      await expect(driver.confirmScripts([{ sender: u4, script: callScript(transferCall("GAS", u4, driver.actor("u1").scriptHash, 0n)) }], driver.lastBlockTime() + 1_000n))
        .rejects.toMatchObject({ code: "BLOCK_REJECTED", message: expect.stringMatching(/^sender u4 holds 0 datoshi GAS/) });
    } finally {
      driver.rpc.batch = batch;
    }
    // The fee estimate only: u4's GAS came from the observation.
    expect(invocations).toEqual([1]);
  });
});
