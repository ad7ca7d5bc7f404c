import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { PausableSequence } from "../../patterns/pause/paused-window.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { chainActor } from "../../harness/chain-actor.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { modelCall } from "../../harness/model-system.js";
import { readCheckInState, type CheckInStateForFrontend } from "../../../simulator/apps/daily-checkin/frontend.js";
import { MS_PER_BLOCK } from "../../patterns/time-boundary/boundary-delay.js";

export { MS_PER_BLOCK };

/** What the commands of a DailyCheckin sequence know: the pay-then-act state, the app's and the PauseRegistry's hashes. */
export interface DailySequence extends PaidSequence, PausableSequence {
  readonly app: string;
}

/** The frontend's read of `getCheckInStateForFrontend(user)`, on the model, at `at` (default: tinv). */
export function checkInState(s: DailySequence, r: DifferentialRun, user: string, at = s.time + MS_PER_BLOCK): CheckInStateForFrontend {
  const out = s.model.testInvoke(modelCall({ contract: s.app, method: "getCheckInStateForFrontend", args: [arg.hash160(chainActor(r, user).scriptHash)] }), at);
  if (out.state !== "HALT") throw new Error(`getCheckInStateForFrontend FAULTed in the model: ${out.exception}`);
  return readCheckInState(out.stack[0]!);
}
