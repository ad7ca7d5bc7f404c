import { APP_ID, MIN_BURN } from "../../../simulator/apps/burn-league/constants.js";
import { frontendBurn, streakWindowEnd, type BurnSubmission } from "../../../simulator/apps/burn-league/frontend.js";
import { sender } from "../../../simulator/runtime/witness.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { delayTo } from "../../patterns/time-boundary/boundary-delay.js";
import { burnCall } from "./commands/burn.js";
import { burnState, type BurnSequence } from "./sequence-model.js";

/** The table's messages: the honest submission never gets one of them. */
const TABLE = ["unauthorized", "min 0.1 GAS", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch",
  "receipt payer mismatch", "insufficient payment", "streak mismatch", "streak value mismatch", "points mismatch"];

/** Delay of the honest receipt's payment when the rows need no boundary. */
const PREPARE_DELAY = 31_000n;
/** The rows and the honest call all fall within this span after the first payment (ms, 1 ms apart). */
const SPAN = 400n;

/** The first of checks 8–10 that `s` fails against the honest `h` (burn-league.md), as the "stale state" row expects. */
export function firstFailing(h: BurnSubmission, s: BurnSubmission): string | undefined {
  if (s.continued !== h.continued) return "streak mismatch";
  if (s.newStreak !== h.newStreak) return "streak value mismatch";
  return s.points !== h.points ? "points mismatch" : undefined;
}

/**
 * When the rows run: `soon` (no streak window end among them), or `after-window`: the first
 * payment 1 ms after the player's window end, so that values computed before it are stale.
 */
export type RowTiming = "soon" | "after-window";

/**
 * BL-P2's table for `burnGasWithCalculation` (burn-league.md), row for row: the player pays
 * `amount` (and a low, a foreign and another payer's receipt exist), every row faults with its
 * message, then the honest F for the block passes. Applicable while the season is active and its
 * EndTime lies beyond the rows.
 */
export function burnFrontendPattern(player: string, other: string, amount: bigint, k: bigint, j: bigint, timing: RowTiming): FrontendPattern<BurnSequence> {
  let receipts: RowReceipts = {};
  const firstRow = (m: BurnSequence): bigint | undefined => {
    if (timing === "soon") return m.time + PREPARE_DELAY;
    const end = streakWindowEnd(burnState(m, player));
    return end > m.time ? end + 1n : undefined;
  };
  const honestAt = (m: BurnSequence, r: DifferentialRun) => frontendBurn(burnState(m, player), amount, r.time + 1n);
  return {
    name: `burnGasWithCalculation(${player}, ${amount}, ${timing})`,
    honestNever: TABLE,
    applicable: (m) => {
      const first = firstRow(m);
      if (first === undefined) return false;
      const state = burnState(m, player);
      const end = streakWindowEnd(state);
      const crossesWindow = timing === "soon" && end >= m.time && end <= first + SPAN;
      return state.seasonActive && first + SPAN < state.seasonEndTime && !crossesWindow;
    },
    prepare: async (m, r) => {
      receipts = await payRowReceipts(m, r, player, other, amount, APP_ID, delayTo(m.time, firstRow(m)!).delay);
    },
    honest: (m, r) => ({ call: burnCall(m, player, amount, receipts.honest ?? 0n, honestAt(m, r)), sender: player }),
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m, r) => {
      const id = receipts.honest ?? 0n;
      const h = honestAt(m, r);
      const state = burnState(m, player);
      const row = (label: string, call: PerturbationCase["call"], expected: string): PerturbationCase => ({ label, call, sender: player, expected });
      const rows: PerturbationCase[] = [
        row("burner: another test account", burnCall(m, other, amount, id, h), "unauthorized"),
        row("amount MIN_BURN − 1", burnCall(m, player, MIN_BURN - 1n, id, h), "min 0.1 GAS"),
        row("amount above the receipt amount", burnCall(m, player, amount + 1n, id, h), "insufficient payment"),
        row(`receiptId −${k}`, burnCall(m, player, amount, -k, h), "receiptId required"),
        ...receiptRows(m, player, player, receipts, (rid) => burnCall(m, player, amount, rid, h), (x) => receiptUsed(m, m.app, x)),
      ];
      const fields = (label: string, s: BurnSubmission, a = amount) => {
        const expected = firstFailing(frontendBurn(state, a, r.time + 1n), s);
        if (expected) rows.push({ ...row(label, burnCall(m, player, a, id, s), expected), afterStatefulChecks: true });
      };
      const other_ = amount - j >= MIN_BURN ? amount - j : amount > MIN_BURN ? MIN_BURN : undefined;
      if (other_ !== undefined) fields(`amount ${other_} (≤ receipt), other fields for ${amount}`, h, other_);
      fields("continued flipped", { ...h, continued: !h.continued });
      fields(`newStreak + ${k}`, { ...h, newStreak: h.newStreak + k });
      fields(`newStreak − ${k}`, { ...h, newStreak: h.newStreak - k });
      fields(`points + ${k}`, { ...h, points: h.points + k });
      fields(`points − ${k}`, { ...h, points: h.points - k });
      const end = streakWindowEnd(state);
      if (end > 0n && end < r.time + 1n) fields("stale: F computed before the window end", frontendBurn(state, amount, end));
      const before = m.beforeLastBurn.get(player);
      if (before) fields("stale: F computed before the player's last burn", frontendBurn(before, amount, r.time + 1n));
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The rows and the honest F are computed for T_last + 1 ms (after the payments). F depends
    // on the time only through `continued` (now ≤ window end), and the table assumes a season that
    // takes burns: the rows hold until EndTime − 1, and while the window is still open, until its
    // end (after it, the values stay those of a broken streak).
    latest: (m) => {
      const state = burnState(m, player);
      const end = streakWindowEnd(state);
      const last = state.seasonEndTime - 1n;
      return end > 0n && m.time + 1n <= end && end < last ? end : last;
    },
  };
}

