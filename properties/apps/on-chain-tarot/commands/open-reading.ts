import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import { flexible, type DifferentialRun, type FlexibleDelay, plainDelay } from "../../../harness/differential-run.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { FOREIGN_APP_ID } from "../../../harness/world-run.js";
import { initiatedReadingOf } from "../../../../simulator/apps/on-chain-tarot/frontend.js";
import { APP_ID, spreadFee } from "../../../../simulator/apps/on-chain-tarot/constants.js";
import type { TarotSequence } from "../sequence-model.js";

/** What initiateReading and requestReading share: `(user, question, spreadType, category, receiptId)`, signed by `signer`. */
export interface ReadingArgs {
  readonly signer: string;
  readonly user: string;
  readonly question: string;
  readonly spread: bigint;
  readonly category: bigint;
  readonly receipt: ReceiptChoice;
  readonly delayMs: bigint;
}

export type OpenMethod = "initiateReading" | "requestReading";

/**
 * One reading transaction. The frontend then keeps what the chain told it: a hybrid reading's
 * ReadingInitiated (seed and card count, for the TEE), a legacy reading's id (ReadingRequested)
 * and gateway request (for the RNG worker), and whose reading it is.
 */
export async function openReading(m: TarotSequence, r: DifferentialRun, method: OpenMethod, a: ReadingArgs): Promise<boolean> {
  const receiptId = pickReceipt(m, a.user, a.receipt);
  const { chain } = await r.transaction(readingCall(m, r, method, a.user, a.question, a.spread, a.category, receiptId),
    a.signer, readingDelay(a.delayMs), `${method}(${a.user}, ${Buffer.byteLength(a.question)}B, spread ${a.spread}, category ${a.category}, receipt=${receiptId})`);
  m.time = r.time;
  return rememberReading(m, chain, a.user);
}

/**
 * A reading's block: TarotReading has no time boundary (MiniAppComputeBase: no bet limits; the time
 * enters only the seed, which the frontend reads from ReadingInitiated after the block), so its
 * delay may take a shared block's time, up to a minute later (a longer delay up to twice as long).
 */
const readingDelay = (ms: bigint): FlexibleDelay => plainDelay(ms);

/** `initiateReading` / `requestReading(user, question, spreadType, category, receiptId)` on the app. */
export const readingCall = (m: TarotSequence, r: DifferentialRun, method: OpenMethod, user: string, question: string, spread: bigint, category: bigint, receiptId: bigint): ContractCall => ({
  contract: m.app, method, args: [arg.hash160(chainActor(r, user).scriptHash), arg.str(question), arg.int(spread), arg.int(category), arg.int(receiptId)],
});

/** What the frontend keeps of a reading transaction that HALTed (false otherwise): its ReadingInitiated or ReadingRequested, whose it is, the gateway request. */
export function rememberReading(m: TarotSequence, outcome: Outcome, user: string): boolean {
  if (outcome.state !== "HALT") return false;
  const initiated = initiatedReadingOf(outcome.notifications, m.app);
  if (initiated) {
    m.initiated.push(initiated);
    m.owners.set(initiated.readingId, user);
  }
  const requested = outcome.notifications.find((n) => n.contract === m.app.toLowerCase() && n.eventName === "ReadingRequested")?.args[0];
  if (requested?.type === "Integer") {
    m.legacy.push(requested.value);
    m.owners.set(requested.value, user);
  }
  m.rng.observe(outcome);
  return true;
}

export const showReading = (method: string, a: ReadingArgs): string =>
  `${method}(${a.signer === a.user ? a.user : `${a.signer}→${a.user}`}, ${Buffer.byteLength(a.question)}B, spread ${a.spread}, category ${a.category}, ${a.receipt}, +${a.delayMs}ms)`;

/**
 * A payment the user makes just before the reading (README §6): none (a receipt held from earlier),
 * the spread's fee (the celtic cross's for an invalid spread), one datoshi short ("insufficient
 * payment"), the fee paid for another app (a foreign receipt: "receipt app mismatch"), or the fee
 * paid by another user whose fresh receipt the reading then presents ("receipt payer mismatch").
 */
export type Prepay = "none" | "fee" | "short" | "foreign" | "other-payer";

/** Who pays for "other-payer": the next user, so the reading presents someone else's fresh receipt ("receipt payer mismatch"). */
const otherPayer = (u: string): string => (u === "u1" ? "u2" : u === "u2" ? "u3" : "u1");

/**
 * A reading as its own command: phase one of the hybrid path, `initiateReading` [H], or the
 * legacy `requestReading` with the same arguments (an RNG request through the gateway), after the
 * payment `prepay`.
 */
export class OpenReading implements DifferentialCommand<TarotSequence> {
  constructor(readonly method: OpenMethod, readonly reading: ReadingArgs, readonly prepay: Prepay = "none") {}

  check(): boolean {
    return true;
  }

  async run(m: TarotSequence, r: DifferentialRun): Promise<void> {
    const fee = spreadFee(this.reading.spread >= 1n && this.reading.spread <= 4n ? this.reading.spread : 4n);
    const payer = this.prepay === "other-payer" ? otherPayer(this.reading.user) : this.reading.user;
    if (this.prepay !== "none") await payReceipt(m, r, payer, this.prepay === "short" ? fee - 1n : fee, flexible(1_000n), this.prepay === "foreign" ? FOREIGN_APP_ID : APP_ID);
    await openReading(m, r, this.method, this.prepay === "other-payer" ? { ...this.reading, receipt: "newest-other-payer" } : this.reading);
  }

  toString(): string {
    return `${this.prepay === "none" ? "" : `pay ${this.prepay}, then `}${showReading(this.method, this.reading)}`;
  }
}
