import type { ModelChain } from "../../../simulator/runtime/model-chain.js";

/** What the commands of a time-lock sequence know: the model, the app's hash, the item ids locked so far (model side), and T_last. */
export interface TimeLockSequence {
  readonly model: ModelChain;
  readonly app: string;
  readonly items: bigint[];
  time: bigint;
}
