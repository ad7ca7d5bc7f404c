import { tx, u } from "@cityofzion/neon-core";
import type { ChainFile } from "../../chain-file.js";
import { HarnessError } from "../../harness-error.js";
import type { BatchResult, Rpc } from "../rpc.js";
import { serializeBlock } from "./block-codec.js";
import { headerHashLe, readHeader, type BlockHeader } from "./block-header.js";
import { merkleRootLe } from "./merkle-root.js";
import { genesisActor, type Actor } from "../actor.js";
import { hexToBase64 } from "../hex.js";
import { transactionHash } from "../transaction-builder.js";

export interface ChainTip {
  readonly index: number;
  readonly hashLe: string;
  /** T_last: the timestamp of the last block, ms. */
  readonly timestamp: bigint;
  readonly nextConsensusLe: string;
}

/** A block the node's own dBFT made because the harness was idle for MS_PER_BLOCK. */
export interface ForeignBlock {
  readonly index: number;
  readonly timestamp: bigint;
}

/**
 * Chain time under the harness's control: every transaction is confirmed in a block that the
 * harness builds with the timestamp it chooses, signs as the consensus node and submits with
 * `submitblock`. The node's dBFT cannot be switched off; the empty blocks it makes while the
 * harness is idle are noticed (height moved without us), recorded in `foreignBlocks` and never
 * silently absorbed: a caller that compares time-dependent results reads them.
 */
export class BlockProducer {
  private current: ChainTip;
  readonly foreignBlocks: ForeignBlock[] = [];

  /** The consensus node's multisig, which signs every block (its address once, not per block). */
  private readonly genesis: Actor;

  private constructor(private readonly rpc: Rpc, private readonly chain: ChainFile, tip: ChainTip) {
    this.current = tip;
    this.genesis = genesisActor(chain);
  }

  static async create(rpc: Rpc, chain: ChainFile): Promise<BlockProducer> {
    const height = await rpc.call<number>("getblockcount");
    return new BlockProducer(rpc, chain, await readTip(rpc, height - 1));
  }

  get tip(): ChainTip {
    return this.current;
  }

  /** Re-reads the node's tip; blocks we did not make are recorded as foreign. Returns how many. */
  async refreshTip(): Promise<number> {
    const height = await this.rpc.call<number>("getblockcount");
    let found = 0;
    for (let index = this.current.index + 1; index < height; index++) {
      const tip = await readTip(this.rpc, index);
      this.foreignBlocks.push({ index, timestamp: tip.timestamp });
      this.current = tip;
      found++;
    }
    return found;
  }

  /**
   * Confirms `transactions` (maybe none) in the next block with `timestamp` (ms), strictly after
   * T_last. When the node's dBFT got a block in first, the block is rebuilt on the new tip if
   * `timestamp` is still later than it; otherwise TIME_NOT_AFTER_TIP (naming the node's own
   * block when that is what took the time): an infrastructure error, never a difference.
   */
  async produce(transactions: readonly tx.Transaction[], timestamp: bigint): Promise<ChainTip> {
    return (await this.produceReading(transactions, timestamp, [])).tip;
  }

  /**
   * `produce`, with `reads` sent in the same message right after `submitblock`: their replies
   * describe the chain with this block persisted. The node's RPC server (neo-modules 3.5.0
   * RpcServer.ProcessAsync) starts a batch's calls in order, and every method used here is
   * synchronous (`submitblock` waits for the Blockchain actor, which persists the block and runs
   * neo-express's application-log plugin before it answers), so each call runs after the one
   * before it has finished. Replies to a refused block are dropped (they saw the tip before it).
   */
  async produceReading(transactions: readonly tx.Transaction[], timestamp: bigint, reads: readonly { method: string; params: unknown[] }[]): Promise<{ tip: ChainTip; replies: BatchResult[] }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (timestamp <= this.current.timestamp) {
        const own = this.foreignBlocks.at(-1)?.index === this.current.index;
        throw new HarnessError("TIME_NOT_AFTER_TIP", `block time ${timestamp} is not after the tip's ${this.current.timestamp} (block ${this.current.index}${own ? ", made by the node itself: 15 s passed without a block from the harness" : ""})`,
          own ? "the machine stalled for over 15 s (overloaded?): run again on a quieter machine, or with fewer jobs beside it" : "choose a later timestamp; blocks need strictly increasing times");
      }
      const header = this.nextHeader(transactions, timestamp);
      const [result, ...replies] = await this.rpc.batch([{ method: "submitblock", params: [hexToBase64(serializeBlock({ header, transactions: [...transactions] }))] }, ...reads]);
      if (result?.ok) {
        this.current = { index: header.index, hashLe: headerHashLe(header), timestamp, nextConsensusLe: header.nextConsensusLe };
        return { tip: this.current, replies };
      }
      if ((await this.refreshTip()) === 0) {
        const reason = result && !result.ok ? `${result.error.code} ${result.error.message}` : "no answer";
        throw new HarnessError("BLOCK_REJECTED", `the node rejected block ${header.index} at time ${timestamp}: ${reason}`,
          "the harness built an invalid block: check the transactions it carries (duplicates, malformed scripts)");
      }
    }
    throw new HarnessError("BLOCK_REJECTED", "the node's own blocks kept arriving while submitting", "the node is producing blocks too fast; check chain.SecondsPerBlock");
  }

  private nextHeader(transactions: readonly tx.Transaction[], timestamp: bigint): BlockHeader {
    const index = this.current.index + 1;
    const header: BlockHeader = {
      version: 0,
      prevHashLe: this.current.hashLe,
      merkleRootLe: merkleRootLe(transactions.map((t) => u.reverseHex(transactionHash(t)))),
      timestamp,
      // A fixed nonce keeps block hashes a function of the run's inputs.
      nonce: BigInt(index),
      index,
      primaryIndex: 0,
      nextConsensusLe: this.current.nextConsensusLe,
      witness: { invocation: "", verification: "" },
    };
    const signData = u.num2hexstring(this.chain.magic, 4, true) + headerHashLe(header);
    header.witness = { invocation: this.genesis.invocation(signData), verification: this.genesis.verificationScript };
    return header;
  }
}

async function readTip(rpc: Rpc, index: number): Promise<ChainTip> {
  const raw = await rpc.call<string>("getblockheader", [index, false]);
  const header = readHeader(new u.StringStream(u.base642hex(raw)));
  return { index, hashLe: headerHashLe(header), timestamp: header.timestamp, nextConsensusLe: header.nextConsensusLe };
}
