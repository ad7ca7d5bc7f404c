import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { PerturbationError } from "../../../patterns/frontend-perturbation/perturbation-error.js";
import { teeCompute } from "../../../patterns/two-phase/tee-compute.js";
import { cardsRequest, settlementOf, type InitiatedReading } from "../../../../simulator/apps/on-chain-tarot/frontend.js";
import { cards as cardsOf } from "../../../../simulator/apps/on-chain-tarot/cards.js";
import { CALCULATE_CARDS_TEXT } from "../../../../simulator/apps/on-chain-tarot/calculate-cards-script.js";
import { scriptHashOf } from "../../../../simulator/tee/script-registry.js";
import { pickInitiated, type TarotSequence } from "../sequence-model.js";

/** How a generated settlement departs from the honest one (TA-P2's rows), or not. */
export type Tamper = "none" | "other-hash" | "never-issued" | "change-card" | "swap" | "repeat" | "longer" | "shorter" | "rng-reading";

export const OTHER_HASH = "5a".repeat(32);
export const NEVER_ISSUED = 1_000_000n;

export const settleCall = (m: TarotSequence, r: DifferentialRun, user: string, readingId: bigint, cards: readonly bigint[], scriptHash: string): ContractCall => ({
  contract: m.app, method: "settleReading",
  args: [arg.hash160(chainActor(r, user).scriptHash), arg.int(readingId), arg.array(cards.map((c) => arg.int(c))), arg.bytes(scriptHash)],
});

/** The honest submission: the TEE's, or the frontend's own CARDS with the known script's hash when the TEE refuses (script disabled or substituted). */
export async function honestCards(m: TarotSequence, r: DifferentialRun, reading: InitiatedReading): Promise<{ cards: readonly bigint[]; scriptHash: string; tee: boolean }> {
  const verified = settlementOf(await teeCompute(r, m.tee, cardsRequest(m.app, reading)));
  return verified ? { ...verified, tee: true } : { cards: cardsOf(reading.seed, reading.cardCount), scriptHash: scriptHashOf(CALCULATE_CARDS_TEXT), tee: false };
}

/** One perturbation of the card list (TA-P2): a card changed, two swapped, a card repeated, one too many or too few. */
export function tamperCards(cards: readonly bigint[], t: Tamper): readonly bigint[] {
  const c = [...cards];
  switch (t) {
    case "change-card": c[c.length - 1] = (c.at(-1)! + 1n) % 78n; return c;
    case "swap": return c.length < 2 ? c : [c[1]!, c[0]!, ...c.slice(2)];
    case "repeat": return c.length < 2 ? c : [c[0]!, c[0]!, ...c.slice(2)];
    case "longer": return [...c, (c.at(-1)! + 1n) % 78n];
    case "shorter": return c.slice(0, -1);
    default: return c;
  }
}

/**
 * Phase two, `settleReading(user, readingId, calculatedCards, scriptHash)` [H], as a frontend does
 * it: the seed and card count from the reading's ReadingInitiated, the cards from the TEE's
 * compute-verified response (script text, its SHA-256, the on-chain registration read from the
 * chain). `signer` / `user` "owner" is the reading's user. An honest submission the TEE verified
 * must never be refused for its cards ("wrong card count", "card mismatch"): that is the spec's
 * word, checked here as a third party.
 */
export class SettleReading implements DifferentialCommand<TarotSequence> {
  readonly check = (): boolean => true;

  constructor(readonly pick: number, readonly signer: string, readonly user: string, readonly tamper: Tamper, readonly delayMs: bigint) {}

  async run(m: TarotSequence, r: DifferentialRun): Promise<void> {
    const reading = pickInitiated(m, this.pick);
    const owner = reading ? m.owners.get(reading.readingId) ?? "u1" : "u1";
    const honest = reading ? await honestCards(m, r, reading) : { cards: [0n], scriptHash: scriptHashOf(CALCULATE_CARDS_TEXT), tee: false };
    const rng = m.legacy.length > 0 ? m.legacy[this.pick % m.legacy.length]! : NEVER_ISSUED;
    const id = this.tamper === "never-issued" || !reading ? NEVER_ISSUED : this.tamper === "rng-reading" ? rng : reading.readingId;
    const cards = tamperCards(honest.cards, this.tamper);
    const scriptHash = this.tamper === "other-hash" ? OTHER_HASH : honest.scriptHash;
    const user = this.user === "owner" ? (this.tamper === "rng-reading" ? m.owners.get(rng) ?? owner : owner) : this.user;
    const signer = this.signer === "owner" ? user : this.signer;
    // The cards come from the seed, fixed at initiateReading, and settleReading checks no time: it
    // may take a shared block's time.
    const { model } = await r.transaction(settleCall(m, r, user, id, cards, scriptHash), signer, flexible(this.delayMs),
      `settleReading(${user}, ${id}, [${cards.join(",")}], ${scriptHash.slice(0, 8)}…)`);
    m.time = r.time;
    if (model.state === "HALT") m.settled.add(id);
    if (this.tamper === "none" && honest.tee && model.state === "FAULT" && (model.message === "card mismatch" || model.message === "wrong card count")) {
      throw new PerturbationError(`honest settleReading(${id}) with the TEE's cards`, "HALT or an earlier check's message", `FAULT "${model.message}"`);
    }
  }

  toString(): string {
    return `settleReading(#${this.pick}, ${this.signer}→${this.user}${this.tamper === "none" ? "" : `, ${this.tamper}`}, +${this.delayMs}ms)`;
  }
}
