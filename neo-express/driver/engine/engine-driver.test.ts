import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arg } from "../abi-arg.js";
import { HarnessError } from "../../harness-error.js";
import { DEFAULT_CHAIN_FILE } from "../../chain-file.js";
import { fund } from "../../test-support/chain-session.js";
import { tinyContract } from "../../test-support/tiny-contract.js";
import { EngineDriver } from "./engine-driver.js";
import { EngineHost } from "./engine-host.js";

// The engine lane alone (no neo-express): the host process, its protocol as the driver uses it,
// forks. Agreement with neo-express is lanes.chain.test.ts's and the lane-equivalence property's.
describe("engine lane", () => {
  let engine: EngineDriver;
  beforeAll(async () => {
    engine = await EngineDriver.start();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it("starts at the node's genesis with the chain file's fee policy", () => {
    // The node's `getblockhash 0` for this chain file (pinned against neo-express in NodeGoldenTests).
    expect(engine.genesisHash).toBe("0x7cd5e2e5b5396761d2342b19b0cbcb98058762dd0f8158b48e127edb76225574");
    expect(engine.height).toBe(0);
    expect(engine.feePolicy).toEqual({ feePerByte: 1000n, execFeeFactor: 30n, storagePrice: 100000n });
  });

  it("confirms a block of calls at the chosen time, with thrown messages, notifications, storage; forks and restores", async () => {
    const t0 = engine.lastBlockTime() + 1_000n;
    await fund(engine, ["admin", "u1"], 100n, t0);
    const t = tinyContract();
    const { hash } = await engine.deploy(t.nef, t.manifest, engine.actor("admin"), t0 + 1_000n);
    const state = await engine.fork();
    const [time, put, fail, ping] = await engine.confirm([
      { call: { contract: hash, method: "time", args: [] }, sender: engine.actor("u1") },
      { call: { contract: hash, method: "put", args: [arg.bytes("01"), arg.str("value")] }, sender: engine.actor("admin") },
      { call: { contract: hash, method: "fail", args: [arg.str("no such round")] }, sender: engine.actor("u1") },
      { call: { contract: hash, method: "ping", args: [arg.int(7)] }, sender: engine.actor("u1") },
    ], t0 + 86_400_000n);
    expect(time).toMatchObject({ state: "HALT", time: t0 + 86_400_000n, stack: [{ type: "Integer", value: t0 + 86_400_000n }] });
    expect(put!.state).toBe("HALT");
    expect(fail).toMatchObject({ state: "FAULT", message: "no such round", exception: "An unhandled exception was thrown. no such round" });
    expect(ping).toMatchObject({ state: "HALT", notifications: [{ contract: hash, eventName: "Ping", args: [{ type: "Integer", value: 7n }] }] });
    expect(engine.lastFees.map((f) => f.sender)).toEqual(["u1", "admin", "u1", "u1"]);
    expect(await engine.storage(hash)).toEqual([{ keyHex: "01", valueHex: Buffer.from("value").toString("hex") }]);
    const read = await engine.testInvoke({ contract: hash, method: "time", args: [] });
    expect(read).toMatchObject({ state: "HALT", time: t0 + 86_400_000n + 15_000n, stack: [{ type: "Integer", value: t0 + 86_400_000n + 15_000n }] });

    await engine.restore(state);
    expect(engine.lastBlockTime()).toBe(t0 + 1_000n);
    expect(await engine.storage(hash)).toEqual([]);
    expect(await engine.storage("0x" + "00".repeat(20))).toEqual([]);
  });

  it("an observed step reads again only the storage its block touched, and the observation is the full storage all the same", async () => {
    const t0 = engine.lastBlockTime() + 1_000n;
    const t = tinyContract("TinyObserved");
    const { hash } = await engine.deploy(t.nef, t.manifest, engine.actor("admin"), t0);
    const policy = "0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b"; // no block changes its storage
    const contracts = [hash, policy];
    const full = async () => [await engine.storage(hash), await engine.storage(policy)];
    const observed = async (key: string, value: string, time: bigint) => (await engine.confirmObserved([{ call: { contract: hash, method: "put", args: [arg.bytes(key), arg.str(value)] }, sender: engine.actor("admin") }], time, contracts, [])).observation.storage;
    const first = (await engine.observe(contracts, [])).storage;
    expect(first).toEqual(await full());
    expect(await observed("01", "a", t0 + 1_000n)).toEqual(await full());
    // What the host answered for each contract after that block: the policy's entries were kept.
    const ask = (contract: string) => engine.host.request<{ unchanged?: true; entries?: unknown[] }>("storage", { contract, ifChanged: true });
    expect(await ask(policy)).toEqual({ unchanged: true });
    expect((await ask(hash)).entries).toHaveLength(1);
    const second = await observed("02", "b", t0 + 2_000n);
    expect(second).toEqual(await full());
    expect(second[0]).toHaveLength(2);
    expect(second[1]).toBe(first[1]);
    // After a restore the host does not know what changed: the entries, not "unchanged".
    await engine.restore(await engine.fork());
    expect((await ask(policy)).entries!.length).toBeGreaterThan(0);
  });

  it("a judged block (mirrorBlock) pays the fees testInvokeGas measured, and after an undo the same transactions run again", async () => {
    const t0 = engine.lastBlockTime() + 1_000n;
    const t = tinyContract("TinyMirrored");
    const { hash } = await engine.deploy(t.nef, t.manifest, engine.actor("admin"), t0);
    const put = { call: { contract: hash, method: "put", args: [arg.bytes("02"), arg.str("v")] }, sender: engine.actor("admin") };
    const fixed = { call: { contract: hash, method: "ping", args: [arg.int(1)] }, sender: engine.actor("u1"), systemFee: 3_0000_0000n };
    // The host's own estimate (executeBlock's "estimate"), in a state thrown away after.
    const start = await engine.fork();
    await engine.confirm([put, fixed], t0 + 1_000n);
    const hostFees = engine.lastFees.map((f) => f.fee);
    await engine.restore(start);

    const gas = await engine.testInvokeGas([put, fixed]);
    expect(gas).toHaveLength(1); // the step with a fixed system fee needs none
    const block = engine.mirrorBlock([put, fixed], gas);
    const first = await block.run(t0 + 1_000n, [hash], []);
    expect(engine.lastFees.map((f) => f.fee)).toEqual(hostFees);
    expect(first.observation.storage[0]).toEqual([{ keyHex: "02", valueHex: Buffer.from("v").toString("hex") }]);
    await block.undo();
    expect(engine.height).toBe(start.tip.index);
    expect(await engine.storage(hash)).toEqual([]);
    // Without the undo the host would refuse transactions already on its chain.
    const again = await block.run(t0 + 2_000n, [hash], []);
    expect(again.observation).toEqual(first.observation);
    expect(again.outcomes.map((o) => o.state)).toEqual(["HALT", "HALT"]);
    await expect(block.run(t0 + 3_000n, [hash], [])).rejects.toMatchObject({ code: "BLOCK_REJECTED" });
  });

  it("rejects a block not after the tip, and one whose sender cannot pay, as harness errors", async () => {
    await expect(engine.confirm([], engine.lastBlockTime())).rejects.toMatchObject({ code: "TIME_NOT_AFTER_TIP" });
    const broke = engine.confirm([{ call: { contract: "0x" + "00".repeat(20), method: "x", args: [] }, sender: engine.actor("u6"), systemFee: 1n }], engine.lastBlockTime() + 1n);
    await expect(broke).rejects.toMatchObject({ code: "BLOCK_REJECTED" });
  });
});

describe("engine host messages", () => {
  it("what callers ask in one turn goes out in one message, at most perMessage callers each, every caller getting its own answers", async () => {
    const host = EngineHost.start(DEFAULT_CHAIN_FILE, undefined, 2);
    try {
      await host.request("hello");
      const before = { ...host.sent };
      const [tip, fork, batch, bad] = await Promise.all([
        host.request<{ index: number }>("tip"),
        host.request<{ state: number }>("fork", { as: 7 }),
        host.batch([{ op: "restore", state: 7 }, { op: "nope" }, { op: "balances", accounts: ["0x" + "00".repeat(20)] }]),
        host.request("restore", { state: 8 }).then(() => "restored", (e: HarnessError) => e.code),
      ]);
      // Four callers, two per message: two messages; the operations ran in the order of the calls.
      expect({ messages: host.sent.messages - before.messages, callers: host.sent.callers - before.callers }).toEqual({ messages: 2, callers: 4 });
      expect(tip.index).toBe(0);
      expect(fork).toEqual({ state: 7 });
      expect(batch.map((r) => r.ok)).toEqual([true, false, true]);
      expect(batch[0]).toMatchObject({ ok: true, result: { index: 0 } });
      expect(batch[2]).toEqual({ ok: true, result: { gas: ["0"], neo: ["0"] } });
      // One caller's failing operation fails that caller only.
      expect(bad).toBe("ENGINE_ERROR");
    } finally {
      await host.close();
    }
  });
});

describe("engine host start", () => {
  it("a missing host build is ENGINE_MISSING with the command that builds it", () => {
    const error = (() => { try { EngineHost.start(DEFAULT_CHAIN_FILE, "/nonexistent/MiniApp.Engine.Host.dll"); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(HarnessError);
    expect((error as HarnessError).code).toBe("ENGINE_MISSING");
    expect((error as HarnessError).fix).toContain("npm run build:engine");
  });

  it("a host started with a niceness runs every thread at it (the engine lane yields to lane equivalence)", async () => {
    const engine = await EngineDriver.start(DEFAULT_CHAIN_FILE, { niceness: 7 });
    try {
      const pid = engine.host.pid!;
      // /proc/<pid>/task/<tid>/stat: field 19 is the thread's nice value (after the parenthesised name).
      const nice = (tid: string) => Number(readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]);
      const threads = readdirSync(`/proc/${pid}/task`);
      expect(threads.length).toBeGreaterThan(1);
      expect(new Set(threads.map(nice))).toEqual(new Set([7]));
      expect(engine.height).toBe(0);
    } finally {
      await engine.close();
    }
  });

  it("a host that dies fails the pending request as ENGINE_EXITED", async () => {
    const host = EngineHost.start("/nonexistent/chain.neo-express");
    await expect(host.request("hello")).rejects.toMatchObject({ code: "ENGINE_EXITED" });
  });
});
