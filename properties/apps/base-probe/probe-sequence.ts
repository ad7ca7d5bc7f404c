import type { ModelChain } from "../../../simulator/runtime/model-chain.js";

/**
 * What the commands of a base-class sequence know (fast-check's "model" object): the model, the
 * world's hashes, the receipts and gateway requests seen so far, and T_last.
 */
export interface ProbeSequence {
  readonly model: ModelChain;
  readonly app: string;
  readonly paymentHub: string;
  readonly gateway: string;
  readonly pauseRegistry?: string;
  readonly receipts: { readonly id: bigint; readonly payer: string; readonly amount: bigint }[];
  readonly requests: bigint[];
  /** The app's own NEF (hex) and manifest, as deployed: ADMIN's real update sends them. */
  readonly code: { readonly nef: string; readonly manifest: string };
  time: bigint;
}
