import { describe, expect, it } from "vitest";
import { choose, SharedBlocks, type BlockTime } from "./shared-blocks.js";
import type { Step } from "../chain-backend.js";
import type { NeoExpressDriver } from "../neo-express-driver.js";
import type { ObservedSet } from "../observation.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { HarnessError } from "../../harness-error.js";

const at = (id: number, when: BlockTime) => ({ seat: { id }, when });

describe("the next shared block (choose)", () => {
  it("takes the earliest exact time, with every step asked for it and every window that holds it", () => {
    const r = choose([at(2, { exact: 1_050n }), at(0, { exact: 1_001n }), at(1, { exact: 1_001n }), at(3, { earliest: 990n, latest: 1_060n })], 1_000n);
    expect(r.time).toBe(1_001n);
    expect(r.members.map((m) => m.seat.id)).toEqual([0, 1, 3]);
  });

  it("gathers flexible steps at the latest start among the windows that hold the most urgent deadline", () => {
    const r = choose([at(0, { earliest: 1_010n, latest: 1_070n }), at(1, { earliest: 1_060n, latest: 1_120n }), at(2, { earliest: 1_080n, latest: 1_140n }), at(3, { exact: 5_000n })], 1_000n);
    expect(r.time).toBe(1_060n);
    expect(r.members.map((m) => m.seat.id)).toEqual([0, 1]);
  });

  it("never passes an exact time: flexible steps wait for it or go with it", () => {
    const r = choose([at(0, { earliest: 1_010n, latest: 1_070n }), at(1, { exact: 1_030n })], 1_000n);
    expect(r.time).toBe(1_030n);
    expect(r.members.map((m) => m.seat.id)).toEqual([0, 1]);
  });

  it("keeps every block after the tip, and refuses an exact time the tip has passed", () => {
    expect(choose([at(0, { earliest: 900n, latest: 960n })], 1_000n).time).toBe(1_001n);
    expect(() => choose([at(0, { exact: 1_000n })], 1_000n)).toThrow(/not after the tip/);
  });
});

describe("steps built for their block's time, and the mirror lane (SharedBlocks)", () => {
  /** A node that records each block's steps and time; outcomes carry the block time. */
  const fakeNode = (behaviour: { refuseFirst?: boolean; ownBlockFirst?: boolean; ownBlockTakesTime?: boolean } = {}) => {
    const made: { time: bigint; calls: string[] }[] = [];
    /** Block times by index: block 0 at 1,000. */
    const times = [1_000n];
    let calls = 0;
    const node = {
      blocks: { foreignBlocks: [] as { index: number; timestamp: bigint }[] },
      lastFees: [] as { sender: string; fee: bigint }[],
      lastBlockTime: () => times.at(-1)!,
      get tip() { return { index: times.length - 1 }; },
      blockTime: async (index: number) => times[index]!,
      /** The system-fee estimates each block was built with (given by the mirror, or none). */
      estimates: [] as (readonly bigint[] | undefined)[],
      async confirmObservedMany(steps: readonly Step[], time: bigint, groups: readonly ObservedSet[], estimates?: readonly bigint[]) {
        node.estimates.push(estimates);
        if (calls++ === 0 && behaviour.refuseFirst) throw new HarnessError("TIME_NOT_AFTER_TIP", "a dBFT block got in first", "choose a later time");
        // The node's own block got in at the very time chosen (the tip + 1 ms): BlockProducer refuses.
        if (calls === 1 && behaviour.ownBlockTakesTime) {
          times.push(times.at(-1)! + 1n);
          throw new HarnessError("TIME_NOT_AFTER_TIP", `block time ${time} is not after the tip's ${times.at(-1)} (made by the node itself)`, "the machine stalled");
        }
        // The node's own (dBFT) block got in just before this one, 1 ms after the tip.
        if (calls === 1 && behaviour.ownBlockFirst) times.push(times.at(-1)! + 1n);
        made.push({ time, calls: steps.map((s) => s.call.method) });
        times.push(time);
        node.lastFees = steps.map((s, i) => ({ sender: s.sender.name, fee: BigInt(i + 1) }));
        return { outcomes: steps.map(() => ({ time }) as unknown as Outcome), observations: groups.map((g) => ({ storage: g.contracts.map(() => []), gas: g.accounts.map(() => 7n), neo: g.accounts.map(() => 0n) })) };
      },
    };
    return { node, made, times };
  };
  const step = (method: string): Step => ({ call: { contract: "0x" + "11".repeat(20), method, args: [] }, sender: { name: "u1" } as Step["sender"] });
  const observed = (n: number): ObservedSet => ({ contracts: Array.from({ length: n }, (_, i) => `c${i}`), accounts: ["a"] });

  it("builds a step once its block's time is fixed; a step whose building throws gets the error and stays out of the block", async () => {
    const { node, made } = fakeNode();
    const blocks = new SharedBlocks(node as unknown as NeoExpressDriver);
    const [a, b, c] = [0, 1, 2].map(() => { blocks.arriving(); return blocks.seat(); });
    let builtFor: bigint | undefined;
    const results = await Promise.allSettled([
      a!.confirm((time) => { builtFor = time; return step(`at${time}`); }, { earliest: 1_010n, latest: 1_500n }, observed(1)),
      b!.confirm(step("exact"), { exact: 1_200n }, observed(1)),
      c!.confirm(() => { throw new Error("no value for this time"); }, { earliest: 1_100n, latest: 1_300n }, observed(1)),
    ]);
    expect(builtFor).toBe(1_200n);
    expect(made).toEqual([{ time: 1_200n, calls: ["at1200", "exact"] }]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error("no value for this time"));
  });

  /** An engine-like mirror that records its blocks (empty ones, copied from the node, included); `undo` takes the last one back. */
  const fakeMirror = () => {
    const mirrored: { time: bigint; calls: string[]; contracts: readonly string[] }[] = [];
    const mirror = {
      height: 0,
      lastFees: [] as { fee: bigint }[],
      undone: 0,
      async confirm(steps: readonly Step[], time: bigint) {
        mirror.height++;
        mirrored.push({ time, calls: steps.map((s) => s.call.method), contracts: [] });
        return [] as Outcome[];
      },
      async testInvokeGas(steps: readonly Step[]) {
        return steps.map((_, i) => BigInt(100 + i));
      },
      mirrorBlock(steps: readonly Step[], estimates: readonly bigint[]) {
        return {
          async run(time: bigint, contracts: readonly string[], accounts: readonly string[]) {
            mirror.height++;
            mirrored.push({ time, calls: steps.map((s) => s.call.method), contracts });
            mirror.lastFees = estimates.map((gas) => ({ fee: gas + 1n }));
            return { outcomes: steps.map((s) => ({ time, method: s.call.method }) as unknown as Outcome), observation: { storage: contracts.map((c) => [{ keyHex: c, valueHex: "" }]), gas: accounts.map((_, i) => BigInt(i)), neo: accounts.map(() => 0n) } };
          },
          async undo() {
            mirror.height--;
            mirror.undone++;
            mirrored.pop();
          },
        };
      },
    };
    return { mirror, mirrored };
  };

  it("persists every block on the mirror too, with the same steps at the same time, and splits its observation per step", async () => {
    const { node } = fakeNode();
    const { mirror, mirrored } = fakeMirror();
    const blocks = new SharedBlocks(node as unknown as NeoExpressDriver, 32, mirror);
    const [a, b] = [0, 1].map(() => { blocks.arriving(); return blocks.seat(); });
    const [x, y] = await Promise.all([a!.confirm(step("x"), { exact: 1_001n }, observed(1)), b!.confirm(step("y"), { exact: 1_001n }, observed(2))]);
    expect(mirrored).toEqual([{ time: 1_001n, calls: ["x", "y"], contracts: ["c0", "c0", "c1"] }]);
    expect(x!.mirrored).toEqual({ outcome: { time: 1_001n, method: "x" }, observation: { storage: [[{ keyHex: "c0", valueHex: "" }]], gas: [0n], neo: [0n] }, fee: 101n });
    expect(y!.mirrored!.observation.storage.length).toBe(2);
    expect(y!.mirrored!.observation.gas).toEqual([1n]);
    expect(y!.mirrored!.fee).toBe(102n);
    // The node built the block with the mirror's system-fee estimates: one test invocation per step, for both lanes.
    expect(node.estimates).toEqual([[100n, 101n]]);
  });

  it("persists on the mirror only what the node took: a refused block nowhere, the node's own block first", async () => {
    // A verify under load: neo-express's dBFT block got in first, the node refused the shared
    // block (TIME_NOT_AFTER_TIP), the engine had persisted it anyway, and the retry at the same
    // time failed on the engine with exit 3.
    const refused = fakeNode({ refuseFirst: true });
    const first = fakeMirror();
    const seat = () => { blocks.arriving(); return blocks.seat(); };
    let blocks = new SharedBlocks(refused.node as unknown as NeoExpressDriver, 32, first.mirror);
    await expect(seat().confirm(step("x"), { exact: 1_001n }, observed(1))).rejects.toThrow(HarnessError);
    // The mirror ran the block beside the node, and undid it.
    expect(first.mirror.undone).toBe(1);
    expect(first.mirrored).toEqual([]);
    expect(first.mirror.height).toBe(0);

    const own = fakeNode({ ownBlockFirst: true });
    const second = fakeMirror();
    blocks = new SharedBlocks(own.node as unknown as NeoExpressDriver, 32, second.mirror);
    await seat().confirm(step("y"), { exact: 1_500n }, observed(1));
    // The mirror's first run came before the node's block: undone, the node's block copied, run again.
    expect(second.mirror.undone).toBe(1);
    expect(second.mirrored.map((b) => [b.time, b.calls])).toEqual([[1_001n, []], [1_500n, ["y"]]]);
    expect(second.mirror.height).toBe(own.node.tip.index);
  });

  it("after the node's own block took the chosen time, a flexible step goes in the next block and an exact one at that time ends with the node's error", async () => {
    const { node, made } = fakeNode({ ownBlockTakesTime: true });
    const { mirror, mirrored } = fakeMirror();
    const blocks = new SharedBlocks(node as unknown as NeoExpressDriver, 32, mirror);
    const [a, b] = [0, 1].map(() => { blocks.arriving(); return blocks.seat(); });
    const builtFor: bigint[] = [];
    const [flexible, exact] = await Promise.allSettled([
      a!.confirm((time) => { builtFor.push(time); return step(`at${time}`); }, { earliest: 900n, latest: 2_000n }, observed(1)),
      b!.confirm(step("exact"), { exact: 1_001n }, observed(1)),
    ]);
    expect(exact.status).toBe("rejected");
    expect((exact as PromiseRejectedResult).reason.message).toMatch(/made by the node itself/);
    expect(flexible.status).toBe("fulfilled");
    // Built for 1,001 (refused), then for 1,002, after the node's block at 1,001.
    expect(builtFor).toEqual([1_001n, 1_002n]);
    expect(made).toEqual([{ time: 1_002n, calls: ["at1002"] }]);
    expect(mirrored.map((m) => [m.time, m.calls])).toEqual([[1_001n, []], [1_002n, ["at1002"]]]);
  });

  it("names the node's own block that a read noticed (not a refused block) when it passed a step's exact time", async () => {
    // Under load (RedEnvelope, load 55): the node made a block of its own at 1,001, and the driver's
    // height check picked it up before any block of ours was refused.
    const { node, made, times } = fakeNode();
    times.push(1_001n);
    node.blocks.foreignBlocks.push({ index: 1, timestamp: 1_001n });
    const blocks = new SharedBlocks(node as unknown as NeoExpressDriver);
    blocks.arriving();
    const seat = blocks.seat();
    const refused = await seat.confirm(step("exact"), { exact: 1_001n }, observed(1)).then(() => undefined, (e: Error) => e);
    expect(refused?.message).toMatch(/block 1, made by the node itself/);
    expect(refused?.message).not.toMatch(/scheduler bug/);
    expect(made).toEqual([]);
  });
});
