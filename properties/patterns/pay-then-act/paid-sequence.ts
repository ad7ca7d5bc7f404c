import type { ModelChain } from "../../../simulator/runtime/model-chain.js";

/** A receipt a user holds: paid to PaymentHub for an app (this one or another), maybe used. */
export interface HeldReceipt {
  readonly id: bigint;
  readonly payer: string;
  readonly amount: bigint;
}

/**
 * What every app sequence that pays before it acts (README §6 "Pay, then act") knows: the model,
 * the world's PaymentHub, the receipts its users hold and T_last. An app's sequence model extends
 * it with its own hashes and helpers; it is fast-check's "model" object, the DifferentialRun the
 * "real" one.
 */
export interface PaidSequence {
  readonly model: ModelChain;
  readonly paymentHub: string;
  readonly receipts: HeldReceipt[];
  /** T_last: the last block of this sequence. */
  time: bigint;
}
