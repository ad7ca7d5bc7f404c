import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, SCRIPT_NAME, spreadFee } from "../../../simulator/apps/on-chain-tarot/constants.js";
import { CALCULATE_CARDS_TEXT } from "../../../simulator/apps/on-chain-tarot/calculate-cards-script.js";
import type { InitiatedReading } from "../../../simulator/apps/on-chain-tarot/frontend.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import { scriptReady } from "../../patterns/two-phase/script-ready.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { RngFulfil as Fulfil } from "../../patterns/two-phase/rng-fulfil.js";
import { openReading, type ReadingArgs } from "./commands/open-reading.js";
import { honestCards, NEVER_ISSUED, OTHER_HASH, settleCall, tamperCards, type Tamper } from "./commands/settle-reading.js";
import type { TarotSequence } from "./sequence-model.js";

/** TA-P2's card rows: the perturbation of `calculatedCards` and its message. */
const CARD_ROWS: readonly (readonly [Tamper, string, string])[] = [
  ["longer", "calculatedCards: length + 1", "wrong card count"],
  ["shorter", "calculatedCards: length − 1", "wrong card count"],
  ["change-card", "calculatedCards: one card changed", "card mismatch"],
  ["swap", "calculatedCards: two cards swapped", "card mismatch"],
  ["repeat", "calculatedCards: a repeated card", "card mismatch"],
];

/** Whether an honest reading and its settlement can pass from this state: the canonical calculate-cards registered and enabled, the app unpaused. */
export const readingsReady = (m: TarotSequence): boolean => scriptReady(m, SCRIPT_NAME, CALCULATE_CARDS_TEXT, false);

/**
 * TA-P2's table for `settleReading` (on-chain-tarot.md), every row in one command: the user P
 * makes reading A (hybrid, settled), B (hybrid, the one under test, spread `spread`), D (legacy,
 * pending: Mode 1) and E (legacy, its RNG request failed: refunded); the other user O makes the
 * hybrid reading C. Every row must fault with its message on both sides, then the honest
 * settlement of B, its cards from the TEE, passes. Applicable while the script is registered as
 * the TEE knows it and enabled and the app is unpaused. The "script disabled" row comes from the
 * generated disableScript and settleReading commands, and is also counted by the runner.
 */
export function settlePerturbation(player: string, other: string, spread: bigint): FrontendPattern<TarotSequence> {
  const at: { settled?: InitiatedReading; target?: InitiatedReading; others?: InitiatedReading; pending?: bigint; refunded?: bigint; honest?: { cards: readonly bigint[]; scriptHash: string } } = {};
  const reading = (who: string, s: bigint): ReadingArgs => ({ signer: who, user: who, question: `Will ${who} pass?`, spread: s, category: 1n, receipt: "own", delayMs: 1_000n });
  const hybrid = async (m: TarotSequence, r: DifferentialRun, who: string, s: bigint): Promise<InitiatedReading | undefined> => {
    await payReceipt(m, r, who, spreadFee(s), flexible(1_000n), APP_ID);
    const before = m.initiated.length;
    await openReading(m, r, "initiateReading", reading(who, s));
    return m.initiated.length > before ? m.initiated.at(-1) : undefined;
  };
  const legacy = async (m: TarotSequence, r: DifferentialRun, fail: boolean): Promise<bigint | undefined> => {
    await payReceipt(m, r, player, spreadFee(1n), flexible(1_000n), APP_ID);
    const before = m.legacy.length;
    const pending = m.rng.pendingIds().length;
    await openReading(m, r, "requestReading", reading(player, 1n));
    if (m.legacy.length === before) return undefined;
    if (fail && m.rng.pendingIds().length > pending) await new Fulfil<TarotSequence>(m.rng.pendingIds().length - 1, { kind: "fail" }, 1_000n).run(m, r);
    return m.legacy.at(-1);
  };
  return {
    name: `settleReading(${player}, spread ${spread})`,
    honestNever: ["card mismatch", "wrong card count", "script hash mismatch", "script disabled", "not owner", "already completed", "not hybrid mode", "reading not found", "seed not found", "unauthorized"],
    applicable: readingsReady,
    prepare: async (m, r) => {
      at.settled = await hybrid(m, r, player, 1n);
      if (at.settled) {
        const c = await honestCards(m, r, at.settled);
        const { chain } = await r.transaction(settleCall(m, r, player, at.settled.readingId, c.cards, c.scriptHash), player, flexible(1_000n));
        m.time = r.time;
        if (chain.state !== "HALT") at.settled = undefined;
        else m.settled.add(at.settled.readingId);
      }
      at.target = await hybrid(m, r, player, spread);
      at.others = await hybrid(m, r, other, 2n);
      at.pending = await legacy(m, r, false);
      at.refunded = await legacy(m, r, true);
      at.honest = at.target ? await honestCards(m, r, at.target) : undefined;
    },
    honest: (m, r) => ({ call: settleCall(m, r, player, at.target?.readingId ?? NEVER_ISSUED, at.honest?.cards ?? [], at.honest?.scriptHash ?? OTHER_HASH), sender: player }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const { target, honest } = at;
      if (!target || !honest) return [];
      const rows: PerturbationCase[] = [];
      const row = (label: string, call: ContractCall, expected: string) => rows.push({ label, call, sender: player, expected });
      const id = target.readingId;
      row("user: another test account (not the signer)", settleCall(m, r, other, id, honest.cards, honest.scriptHash), "unauthorized");
      row("readingId: never issued", settleCall(m, r, player, NEVER_ISSUED, honest.cards, honest.scriptHash), "reading not found");
      if (at.others) row("readingId: another user's reading", settleCall(m, r, player, at.others.readingId, honest.cards, honest.scriptHash), "not owner");
      if (at.settled) row("readingId: a completed reading (a second settle)", settleCall(m, r, player, at.settled.readingId, honest.cards, honest.scriptHash), "already completed");
      if (at.refunded !== undefined) row("readingId: a refunded reading", settleCall(m, r, player, at.refunded, honest.cards, honest.scriptHash), "already completed");
      if (at.pending !== undefined) row("readingId: an RNG-mode reading (Mode 1)", settleCall(m, r, player, at.pending, honest.cards, honest.scriptHash), "not hybrid mode");
      row("scriptHash: other 32 bytes", settleCall(m, r, player, id, honest.cards, OTHER_HASH), "script hash mismatch");
      for (const [t, label, expected] of CARD_ROWS) {
        const cards = tamperCards(honest.cards, t);
        if (cards.length === honest.cards.length && cards.every((c, i) => c === honest.cards[i])) continue; // a single card cannot be swapped or repeated
        row(label, settleCall(m, r, player, id, cards, honest.scriptHash), expected);
      }
      return rows;
    },
    afterStep: (m, r, outcome) => {
      m.time = r.time;
      if (outcome.state === "HALT" && at.target) m.settled.add(at.target.readingId);
    },
    // settleReading checks no time (TarotReading has no time boundary): every row's message and
    // the honest settlement hold at any time.
    latest: () => null,
  };
}
