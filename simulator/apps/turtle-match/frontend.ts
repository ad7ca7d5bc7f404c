// turtle-match.md "Frontend / TEE turtle-match-logic": what a real frontend does between startGame
// and settleGame, as pure functions over what it can read: the start transaction's GameStarted
// notification (the seed), the TEE's compute-verified response, and the app's getters.
import type { Hex } from "../../runtime/hex.js";
import type { Notification } from "../../runtime/outcome.js";
import type { ComputeRequest, ComputeResponse } from "../../tee/compute-verified.js";
import { intOf, jsonInt } from "../../tee/json-value.js";
import { APP_ID, SCRIPT_NAME } from "./constants.js";
import { game } from "./game.js";

/** GameStarted(player, sessionId, boxCount, seed) as the frontend reads it. */
export interface StartedGame {
  readonly player: Hex;
  readonly sessionId: bigint;
  readonly boxCount: bigint;
  readonly seed: Hex;
}

/** The GameStarted of the app `app` (display hash) in a transaction's notifications, if any. */
export function startedGameOf(notifications: readonly Notification[], app: string): StartedGame | undefined {
  const n = notifications.find((x) => x.contract === app.toLowerCase() && x.eventName === "GameStarted");
  if (!n) return undefined;
  const [player, sessionId, boxCount, seed] = n.args;
  if (player?.type !== "ByteString" || sessionId?.type !== "Integer" || boxCount?.type !== "Integer" || seed?.type !== "ByteString") return undefined;
  return { player: player.hex, sessionId: sessionId.value, boxCount: boxCount.value, seed: seed.hex };
}

/** The compute-verified request for a session: script turtle-match-logic, the session's seed, input `{ boxCount }`. */
export function matchRequest(app: string, s: StartedGame): ComputeRequest {
  return { app_id: APP_ID, contract_hash: app, script_name: SCRIPT_NAME, seed: s.seed, input: { boxCount: jsonInt(s.boxCount) } };
}

/** A settlement's claim: `(totalMatches, totalReward)` and the script hash submitted with it. */
export interface TurtleClaim {
  readonly totalMatches: bigint;
  readonly totalReward: bigint;
  readonly scriptHash: Hex;
}

/** settleGame's claim from a successful TEE response; undefined when the TEE refused. */
export function claimOf(response: ComputeResponse): TurtleClaim | undefined {
  if (!response.success) return undefined;
  return { totalMatches: intOf(response.result, "totalMatches"), totalReward: intOf(response.result, "totalReward"), scriptHash: response.verification.script_hash };
}

/** The frontend's own computation (no TEE), submitted with the hash of the script it knows. */
export function localClaim(s: StartedGame, scriptHash: Hex): TurtleClaim {
  const { matches, reward } = game(s.seed, s.boxCount);
  return { totalMatches: matches, totalReward: reward, scriptHash };
}
