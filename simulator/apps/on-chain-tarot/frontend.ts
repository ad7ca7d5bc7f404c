// on-chain-tarot.md "Frontend / TEE calculate-cards": what a real frontend does between
// initiateReading and settleReading, as pure functions over what it can read: the initiate
// transaction's ReadingInitiated notification (seed, card count), the TEE's compute-verified
// response, and the app's getters.
import type { Hex } from "../../runtime/hex.js";
import type { Notification } from "../../runtime/outcome.js";
import type { ComputeRequest, ComputeResponse } from "../../tee/compute-verified.js";
import { APP_ID, SCRIPT_NAME } from "./constants.js";

/** ReadingInitiated(user, readingId, spreadType, cardCount, seed) as the frontend reads it. */
export interface InitiatedReading {
  readonly user: Hex;
  readonly readingId: bigint;
  readonly spreadType: bigint;
  readonly cardCount: bigint;
  readonly seed: Hex;
}

/** The ReadingInitiated of the app `app` (display hash) in a transaction's notifications, if any. */
export function initiatedReadingOf(notifications: readonly Notification[], app: string): InitiatedReading | undefined {
  const n = notifications.find((x) => x.contract === app.toLowerCase() && x.eventName === "ReadingInitiated");
  if (!n) return undefined;
  const [user, readingId, spreadType, cardCount, seed] = n.args;
  if (user?.type !== "ByteString" || readingId?.type !== "Integer" || spreadType?.type !== "Integer" || cardCount?.type !== "Integer" || seed?.type !== "ByteString") return undefined;
  return { user: user.hex, readingId: readingId.value, spreadType: spreadType.value, cardCount: cardCount.value, seed: seed.hex };
}

/** The compute-verified request for a reading: script calculate-cards, the reading's seed, input `{ cardCount }`. */
export function cardsRequest(app: string, r: InitiatedReading): ComputeRequest {
  return { app_id: APP_ID, contract_hash: app, script_name: SCRIPT_NAME, seed: r.seed, input: { cardCount: r.cardCount.toString() } };
}

/** settleReading's `calculatedCards` and `scriptHash` from a successful TEE response; undefined when the TEE refused. */
export function settlementOf(response: ComputeResponse): { readonly cards: readonly bigint[]; readonly scriptHash: Hex } | undefined {
  if (!response.success) return undefined;
  const drawn = response.result.cards;
  if (!Array.isArray(drawn) || drawn.some((c) => typeof c !== "string")) throw new Error("calculate-cards result lacks `cards` (decimal strings)");
  return { cards: (drawn as string[]).map((c) => BigInt(c)), scriptHash: response.verification.script_hash };
}
