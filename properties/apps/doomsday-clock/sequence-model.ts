import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { readRoundState, type RoundStateForFrontend } from "../../../simulator/apps/doomsday-clock/frontend.js";

/**
 * What the commands of a DoomsdayClock sequence know: the pay-then-act state (model, receipts,
 * T_last) and the app's hash, to decide preconditions and compute honest frontend values as a
 * frontend would.
 */
export interface DoomsdaySequence extends PaidSequence {
  readonly app: string;
  readonly pauseRegistry?: string;
  /** The app's own NEF (hex) and manifest as deployed (ADMIN's real update sends them); absent outside a world run. */
  readonly code?: { readonly nef: string; readonly manifest: string };
}

/** The players of a sequence (u4, u5 and ADMIN sign only as the wrong account or a settler). */
export const BUYERS = ["u1", "u2", "u3"] as const;

/** The frontend's read, on the model, at the time a test invocation would see. */
export function frontendState(s: DoomsdaySequence): RoundStateForFrontend {
  const call: ContractCall = { contract: s.app, method: "getRoundStateForFrontend", args: [] };
  const out = s.model.testInvoke({ contract: call.contract, method: call.method, args: [] }, s.time + 15_000n);
  if (out.state !== "HALT") throw new Error(`getRoundStateForFrontend FAULTed in the model: ${out.exception}`);
  return readRoundState(out.stack[0]!);
}
