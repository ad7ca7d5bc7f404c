import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { AppSequence } from "../../patterns/app-sequence/app-sequence.js";
import type { InitiatedBet } from "../../../simulator/apps/coin-flip/frontend.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";

/**
 * What the commands of a CoinFlip sequence know: the pay-then-act state, the app's and the
 * gateway's hashes, the hybrid bets whose BetInitiated the frontend saw (seed included), the RNG
 * worker watching the gateway, the PauseRegistry, the TEE's off-chain script registry, and the accounts' display
 * hashes by name (read through the app-sequence pattern's `appGetter`, `accountDisplay`).
 */
export interface CoinFlipSequence extends PaidSequence, AppSequence {
  readonly gateway: string;
  readonly pauseRegistry: string;
  readonly initiated: InitiatedBet[];
  readonly rng: RngService;
  readonly tee: ScriptRegistry;
}
