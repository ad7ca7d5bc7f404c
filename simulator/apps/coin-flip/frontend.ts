// coin-flip.md "Frontend / TEE flip-coin": what a real frontend does between initiateBet and
// settleBet, as pure functions over what it can read: the initiate transaction's BetInitiated
// notification (the seed), the TEE's compute-verified response, and the app's getters.
import type { Hex } from "../../runtime/hex.js";
import type { Notification } from "../../runtime/outcome.js";
import type { ComputeRequest, ComputeResponse } from "../../tee/compute-verified.js";
import { APP_ID, SCRIPT_NAME } from "./constants.js";

/** BetInitiated(player, betId, amount, choice, seed) as the frontend reads it. */
export interface InitiatedBet {
  readonly player: Hex;
  readonly betId: bigint;
  readonly amount: bigint;
  readonly choice: boolean;
  readonly seed: Hex;
}

/** The BetInitiated of the app `app` (display hash) in a transaction's notifications, if any. */
export function initiatedBetOf(notifications: readonly Notification[], app: string): InitiatedBet | undefined {
  const n = notifications.find((x) => x.contract === app.toLowerCase() && x.eventName === "BetInitiated");
  if (!n) return undefined;
  const [player, betId, amount, choice, seed] = n.args;
  if (player?.type !== "ByteString" || betId?.type !== "Integer" || amount?.type !== "Integer" || choice?.type !== "Boolean" || seed?.type !== "ByteString") return undefined;
  return { player: player.hex, betId: betId.value, amount: amount.value, choice: choice.value, seed: seed.hex };
}

/** The compute-verified request for a bet: script flip-coin, the bet's seed, input `{ choice }`. */
export function flipRequest(app: string, bet: InitiatedBet): ComputeRequest {
  return { app_id: APP_ID, contract_hash: app, script_name: SCRIPT_NAME, seed: bet.seed, input: { choice: bet.choice } };
}

/** settleBet's `claimedWon` and `scriptHash` from a successful TEE response; undefined when the TEE refused. */
export function settlementOf(response: ComputeResponse): { readonly claimedWon: boolean; readonly scriptHash: Hex } | undefined {
  if (!response.success) return undefined;
  const won = response.result.won;
  if (typeof won !== "boolean") throw new Error("flip-coin result lacks a boolean `won`");
  return { claimedWon: won, scriptHash: response.verification.script_hash };
}
