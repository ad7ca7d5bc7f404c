import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { readRoundState, type RoundStateForFrontend } from "../../../simulator/apps/doomsday-clock/frontend.js";

/** A receipt a user holds: paid to PaymentHub for this app (or another one), maybe used. */
export interface HeldReceipt {
  readonly id: bigint;
  readonly payer: string;
  readonly amount: bigint;
}

/**
 * What the commands of a DoomsdayClock sequence know: the model (to decide preconditions and
 * compute honest frontend values, as a frontend would), the world's contract hashes, the
 * receipts users hold, and T_last. It is fast-check's "model" object; the DifferentialRun is the
 * "real" one.
 */
export interface DoomsdaySequence {
  readonly model: ModelChain;
  readonly app: string;
  readonly paymentHub: string;
  readonly receipts: HeldReceipt[];
  /** T_last: the last block of this sequence. */
  time: bigint;
}

/** The frontend's read, on the model, at the time a test invocation would see. */
export function frontendState(s: DoomsdaySequence): RoundStateForFrontend {
  const call: ContractCall = { contract: s.app, method: "getRoundStateForFrontend", args: [] };
  const out = s.model.testInvoke({ contract: call.contract, method: call.method, args: [] }, s.time + 15_000n);
  if (out.state !== "HALT") throw new Error(`getRoundStateForFrontend FAULTed in the model: ${out.exception}`);
  return readRoundState(out.stack[0]!);
}
