import { arg } from "./abi-arg.js";
import { describe, expect, it } from "vitest";
import { useChain, fund } from "../test-support/chain-session.js";
import { tinyContract } from "../test-support/tiny-contract.js";
import { HarnessError } from "../harness-error.js";

describe("chain time under the harness's control", () => {
  const session = useChain();
  let contract = "";

  it("confirms a transaction at a chosen timestamp, and the call sees exactly that Runtime.Time", async () => {
    const { driver, t0 } = session();
    await fund(driver, ["admin"], 1000n, t0);
    const t = tinyContract();
    contract = (await driver.deploy(t.nef, t.manifest, driver.actor("admin"), t0 + 1_000n)).hash;
    for (const time of [t0 + 1_001n, t0 + 1_002n, t0 + 10n * 86_400_000n + 7n]) {
      const [outcome] = await driver.confirm([{ call: { contract, method: "time", args: [] }, sender: driver.actor("admin") }], time);
      expect(outcome).toMatchObject({ state: "HALT", time, stack: [{ type: "Integer", value: time }] });
      expect(driver.lastBlockTime()).toBe(time);
    }
  });

  it("a test invocation sees T_last + msperblock", async () => {
    const { driver } = session();
    const outcome = await driver.testInvoke({ contract, method: "time", args: [] });
    const expected = driver.lastBlockTime() + 15_000n;
    expect(outcome).toMatchObject({ state: "HALT", time: expected, stack: [{ type: "Integer", value: expected }] });
  });

  it("one block confirms several transactions, all at the block's time", async () => {
    const { driver } = session();
    const time = driver.lastBlockTime() + 3_000n;
    const admin = driver.actor("admin");
    const outcomes = await driver.confirm([
      { call: { contract, method: "time", args: [] }, sender: admin },
      { call: { contract, method: "ping", args: [arg.int(7)] }, sender: admin },
      { call: { contract, method: "fail", args: [arg.str("boom")] }, sender: admin },
      { call: { contract, method: "time", args: [] }, sender: admin },
      { call: { contract, method: "ping", args: [arg.str("x")] }, sender: admin },
    ], time);
    expect(outcomes.map((o) => o.state)).toEqual(["HALT", "HALT", "FAULT", "HALT", "HALT"]);
    expect(outcomes.every((o) => o.time === time)).toBe(true);
    expect(outcomes[1]).toMatchObject({ notifications: [{ contract, eventName: "Ping", args: [{ type: "Integer", value: 7n }] }] });
  });

  it("a FAULT carries the thrown message", async () => {
    const { driver } = session();
    const [outcome] = await driver.confirm([{ call: { contract, method: "fail", args: [arg.str("cost mismatch")] }, sender: driver.actor("admin") }], driver.lastBlockTime() + 1n);
    expect(outcome).toMatchObject({ state: "FAULT", exception: "An unhandled exception was thrown. cost mismatch", message: "cost mismatch" });
  });

  it("refuses a block time that is not after the tip", async () => {
    const { driver } = session();
    const call = { call: { contract, method: "time", args: [] }, sender: driver.actor("admin") };
    await expect(driver.confirm([call], driver.lastBlockTime())).rejects.toMatchObject({ code: "TIME_NOT_AFTER_TIP" });
    await expect(driver.confirm([call], driver.lastBlockTime() - 5n)).rejects.toBeInstanceOf(HarnessError);
  });
});
