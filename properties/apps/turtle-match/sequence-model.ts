import type { StartedGame } from "../../../simulator/apps/turtle-match/frontend.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import type { AppSequence } from "../../patterns/app-sequence/app-sequence.js";
import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";

/**
 * What the commands of a TurtleMatch sequence know: the pay-then-act state, the app's hash and
 * the world's accounts, the sessions whose GameStarted the frontend saw (seed included, as a real
 * frontend reads it from the start transaction) and the TEE's off-chain script registry.
 */
export interface TurtleSequence extends PaidSequence, AppSequence {
  readonly pauseRegistry: string;
  readonly started: StartedGame[];
  readonly tee: ScriptRegistry;
}
