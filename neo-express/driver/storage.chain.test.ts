import { describe, expect, it } from "vitest";
import { useChain, fund } from "../test-support/chain-session.js";
import { tinyContract } from "../test-support/tiny-contract.js";
import { arg } from "./abi-arg.js";

describe("contract storage", () => {
  const session = useChain();

  it("reads back exactly the bytes written, sorted by key, by prefix, and nothing for an unknown contract", async () => {
    const { driver, t0 } = session();
    await fund(driver, ["admin"], 100n, t0);
    const t = tinyContract();
    const { hash } = await driver.deploy(t.nef, t.manifest, driver.actor("admin"), t0 + 1_000n);
    const admin = driver.actor("admin");
    await driver.confirm([
      { call: { contract: hash, method: "put", args: [arg.bytes("4102"), arg.bytes("")] }, sender: admin },
      { call: { contract: hash, method: "put", args: [arg.bytes("40"), arg.bytes("00ff7f")] }, sender: admin },
      { call: { contract: hash, method: "put", args: [arg.bytes("4101"), arg.bytes("ABCDEF")] }, sender: admin },
    ], t0 + 2_000n);
    expect(await driver.storage(hash)).toEqual([
      { keyHex: "40", valueHex: "00ff7f" }, { keyHex: "4101", valueHex: "abcdef" }, { keyHex: "4102", valueHex: "" },
    ]);
    expect(await driver.storage(hash, "41")).toHaveLength(2);
    expect(await driver.storage("0x" + "12".repeat(20))).toEqual([]);
  });

  it("reads the balances of several accounts in one invocation, in order", async () => {
    const { driver, t0 } = session();
    await fund(driver, ["u1"], 7n, t0 + 3_000n);
    const gas = "0xd2a4cff31913016155e38e474a2c06d08be276cf";
    const accounts = ["u1", "u2", "admin"].map((n) => driver.actor(n).scriptHash);
    const many = await driver.balancesOf(gas, accounts);
    expect(many).toEqual(await Promise.all(accounts.map((a) => driver.balanceOf(gas, a))));
    expect(many[0]).toBe(700_000_000n);
    expect(many[1]).toBe(0n);
  });
});
