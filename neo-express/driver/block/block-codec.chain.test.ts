import { describe, expect, it } from "vitest";
import { u } from "@cityofzion/neon-core";
import { useChain, fund } from "../../test-support/chain-session.js";
import { deserializeBlock, serializeBlock } from "./block-codec.js";
import { headerHashLe } from "./block-header.js";
import { merkleRootLe } from "./merkle-root.js";

describe("block codec, proven on the node's own blocks", () => {
  const session = useChain();

  it("round-trips every block of the chain byte for byte, with the node's hash and merkle root", async () => {
    const { driver, t0 } = session();
    // Blocks with 0, 1, 3 and 4 transactions (odd and even merkle levels), next to the genesis
    // block and the node's own dBFT block 1.
    await fund(driver, ["admin"], 10n, t0);
    await fund(driver, ["tee", "treasury", "u1"], 10n, t0 + 1_000n);
    await fund(driver, ["u2", "u3", "u4", "u5"], 10n, t0 + 2_000n);
    await driver.confirm([], t0 + 3_000n);
    const height = await driver.rpc.call<number>("getblockcount");
    expect(height).toBeGreaterThanOrEqual(6);
    const counts = new Set<number>();
    for (let index = 0; index < height; index++) {
      const raw = u.base642hex(await driver.rpc.call<string>("getblock", [index, false]));
      const verbose = await driver.rpc.call<{ hash: string; merkleroot: string; time: number; tx: unknown[] }>("getblock", [index, true]);
      const block = deserializeBlock(raw);
      expect(serializeBlock(block)).toBe(raw);
      expect("0x" + u.reverseHex(headerHashLe(block.header))).toBe(verbose.hash);
      expect(block.header.timestamp).toBe(BigInt(verbose.time));
      expect("0x" + u.reverseHex(merkleRootLe(block.transactions.map((t) => u.reverseHex(t.hash()))))).toBe(verbose.merkleroot);
      counts.add(block.transactions.length);
    }
    expect([...counts].sort()).toEqual([0, 1, 3, 4]);
  });

  it("a block the node refuses is a BLOCK_REJECTED error carrying the node's reason", async () => {
    const { driver } = session();
    const before = await driver.rpc.call<number>("getblockcount");
    const [t] = await (driver as unknown as { buildAll(s: unknown[]): Promise<import("@cityofzion/neon-core").tx.Transaction[]> })
      .buildAll([{ script: "11", sender: driver.actor("admin"), systemFee: 100_000n }]);
    // The same transaction twice in one block makes the block invalid.
    await expect(driver.blocks.produce([t!, t!], driver.lastBlockTime() + 1n)).rejects.toMatchObject({ code: "BLOCK_REJECTED" });
    expect(await driver.rpc.call<number>("getblockcount")).toBe(before);
  });

  it("reads sent with a block in one message see the chain with the block persisted (produceReading)", async () => {
    const { driver } = session();
    const before = await driver.rpc.call<number>("getblockcount");
    const [t] = await (driver as unknown as { buildAll(s: unknown[]): Promise<import("@cityofzion/neon-core").tx.Transaction[]> })
      .buildAll([{ script: "11", sender: driver.actor("admin"), systemFee: 100_000n }]);
    // Were the reads answered before the block, they would see the height and no log.
    const { tip, replies } = await driver.blocks.produceReading([t!], driver.lastBlockTime() + 1_000n, [
      { method: "getblockcount", params: [] },
      { method: "getapplicationlog", params: ["0x" + t!.hash()] },
    ]);
    expect(tip.index).toBe(before);
    expect(replies[0]).toEqual({ ok: true, value: before + 1 });
    expect(replies[1]).toMatchObject({ ok: true, value: { executions: [{ vmstate: "HALT" }] } });
  });
});
