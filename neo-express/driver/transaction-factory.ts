import { tx } from "@cityofzion/neon-core";
import type { ChainFile } from "../chain-file.js";
import { stripHex } from "./contract-call.js";
import type { Actor } from "./actor.js";
import { ONE_GAS, type FeePolicy } from "./fee-policy.js";
import type { ScriptStep } from "./lane.js";
import { buildTransaction, transactionHash } from "./transaction-builder.js";

export interface DriverOptions {
  /** Added to a test invocation's GAS to get a transaction's system fee (the run may take another branch at block time). */
  systemFeeMargin?: bigint;
  /** The cap of a system fee: the chain file's rpc.MaxGasInvoke (platform.md §6: 100 GAS). */
  maxSystemFee?: bigint;
  /** Sign witnesses (default); the engine lane, which verifies none, uses placeholders of the same size. */
  sign?: boolean;
  /** The first transaction nonce (default 1): a driver bound to a forked state goes on from the fork's. */
  firstNonce?: number;
}

/**
 * Builds and signs the transactions of a block, the same way on every lane: the system fee is a
 * test invocation's GAS plus a tenth plus a margin (capped at MaxGasInvoke), the network fee as a
 * wallet computes it, nonces from one counter. The same steps on two lanes in the same state
 * therefore pay the same fees, which the lane-equivalence property relies on.
 */
export class TransactionFactory {
  private nonce: number;
  /** Hashes sent and still includable, with their validUntilBlock (see remember). */
  private readonly sent = new Map<string, number>();
  private sweepAt = SENT_SWEEP_MIN;
  private readonly margin: bigint;
  private readonly sign: boolean;
  readonly maxSystemFee: bigint;

  constructor(private readonly chain: ChainFile, private readonly policy: FeePolicy, options: DriverOptions = {}) {
    this.margin = options.systemFeeMargin ?? ONE_GAS;
    this.sign = options.sign ?? true;
    this.nonce = options.firstNonce ?? 1;
    this.maxSystemFee = options.maxSystemFee ?? BigInt(Math.round(Number(chain.settings["rpc.MaxGasInvoke"] ?? "100") * 1e8));
  }

  /** The nonce the next transaction gets. */
  get nextNonce(): number {
    return this.nonce;
  }

  /** Which steps need a test invocation for their system fee. */
  static needsEstimate(step: Pick<ScriptStep, "systemFee">): boolean {
    return step.systemFee === undefined;
  }

  /**
   * The signed transactions. `estimates` holds the GAS a test invocation consumed, one per step
   * without a fixed system fee, in order.
   */
  build(steps: readonly ScriptStep[], estimates: readonly bigint[], tipIndex: number): tx.Transaction[] {
    let next = 0;
    return steps.map((s) => {
      let systemFee = s.systemFee;
      if (systemFee === undefined) {
        const gas = estimates[next++];
        if (gas === undefined) throw new Error("a system-fee estimate is missing");
        systemFee = min(gas + gas / 10n + this.margin, this.maxSystemFee);
      }
      return this.one(s, systemFee, tipIndex);
    });
  }

  /**
   * The transactions with the system fees left to the engine host, which applies the same rule
   * (test invocation against the tip, then min(gas + gas/10 + margin, max)) in the message that
   * runs the block: one round trip per step instead of two. `estimate` says which and how.
   */
  buildForHost(steps: readonly ScriptStep[], tipIndex: number): { transactions: tx.Transaction[]; estimate: { index: number; margin: string; max: string }[] } {
    const estimate = steps.flatMap((s, index) => (s.systemFee === undefined ? [{ index, margin: String(this.margin), max: String(this.maxSystemFee) }] : []));
    return { transactions: steps.map((s) => this.one(s, s.systemFee ?? 0n, tipIndex)), estimate };
  }

  private one(s: ScriptStep, systemFee: bigint, tipIndex: number): tx.Transaction {
    const t = buildTransaction({
      script: s.script,
      sender: s.sender,
      ...(s.scopes !== undefined ? { scopes: s.scopes } : {}),
      ...(s.allowedContracts ? { allowedContracts: s.allowedContracts } : {}),
      systemFee,
      validUntilBlock: tipIndex + VALID_BLOCKS,
      nonce: this.nonce++,
    }, this.chain.magic, this.policy, s.sender.kind === "multisig" ? multisigNetworkFee(this.policy) : undefined, this.sign);
    // A transaction included twice is executed twice: never send one again.
    const hash = transactionHash(t);
    if (this.sent.has(hash)) throw new Error(`transaction ${hash} was already sent`);
    this.remember(hash, tipIndex + VALID_BLOCKS, tipIndex);
    return t;
  }

  /**
   * Keeps `hash` until its validUntilBlock has passed: a chain refuses a transaction after that
   * block, so only the hashes of the last ~1,000 blocks matter. Keeping every hash made the
   * harness grow by about 6 KiB per sequence in a 10,000-sequence soak (issue #22).
   */
  private remember(hash: string, validUntilBlock: number, tipIndex: number): void {
    this.sent.set(hash, validUntilBlock);
    if (this.sent.size < this.sweepAt) return;
    for (const [h, until] of this.sent) if (until < tipIndex) this.sent.delete(h);
    this.sweepAt = Math.max(SENT_SWEEP_MIN, this.sent.size * 2);
  }

  /** Hashes remembered now (for the test that they do not pile up). */
  get remembered(): number {
    return this.sent.size;
  }
}

/** A transaction stays valid this many blocks past the tip it was built on. */
const VALID_BLOCKS = 1000;

/** Remembered hashes below which no sweep runs. */
const SENT_SWEEP_MIN = 4_096;

/** A signer as RPC (and the engine host) take it. */
export function signerJson(actor: Actor, scopes: tx.WitnessScope = tx.WitnessScope.CalledByEntry, allowedContracts?: readonly string[]) {
  return new tx.Signer({ account: actor.scriptHash, scopes, ...(allowedContracts ? { allowedContracts: allowedContracts.map(stripHex) } : {}) }).toJson();
}

/** The fees of each transaction, by sender name. */
export function feesOf(transactions: readonly tx.Transaction[], steps: readonly ScriptStep[]): { sender: string; fee: bigint }[] {
  return transactions.map((t, i) => ({ sender: steps[i]!.sender.name, fee: BigInt(t.systemFee.toString()) + BigInt(t.networkFee.toString()) }));
}

/** The 1-of-1 consensus multisig's verification cost is paid generously: it only funds worlds. */
function multisigNetworkFee(policy: FeePolicy): bigint {
  return 2000n * policy.feePerByte + policy.execFeeFactor * (1n << 16n);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
