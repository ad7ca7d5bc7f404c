import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, CHECK_IN_FEE } from "../../../simulator/apps/daily-checkin/constants.js";
import { dayOf, frontendCheckIn, type CheckInSubmission } from "../../../simulator/apps/daily-checkin/frontend.js";
import { reward } from "../../../simulator/apps/daily-checkin/reward.js";
import { dayIndex } from "../../../simulator/bases/mini-app-base.js";
import { dayStart } from "../../patterns/time-boundary/boundary-delay.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { checkInState, type DailySequence } from "./sequence-model.js";
import { endOfDay } from "./commands/delay.js";

/**
 * The table's messages: the honest submission never gets one of them. (When the user already
 * checked in today, F has no valid submission: the honest call then faults at check 5 and the rows
 * of checks 6–7 expect that message, README G9.)
 */
const TABLE = ["unauthorized", "invalid address", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch",
  "receipt payer mismatch", "insufficient payment", "streak reset mismatch", "new user cannot have streak reset", "new streak mismatch",
  "new user streak must be 1", "reward mismatch"];

/** Delay of the honest receipt's payment; rows follow 1 ms apart, so they all fall in one day when applicable. */
const PREPARE_DELAY = 31_000n;

/**
 * The first of checks 6 and 7 that `s` fails against the honest `h` (daily-checkin.md: new user,
 * the streak first; existing user, the reset first), as the table's "stale state" row expects.
 */
export function firstFailing(isNew: boolean, h: CheckInSubmission, s: CheckInSubmission): string | undefined {
  if (isNew) {
    if (s.newStreak !== 1n) return "new user streak must be 1";
    if (s.reset) return "new user cannot have streak reset";
  } else {
    if (s.reset !== h.reset) return "streak reset mismatch";
    if (s.newStreak !== h.newStreak) return "new streak mismatch";
  }
  return s.reward !== reward(s.newStreak) ? "reward mismatch" : undefined;
}

/**
 * DC-P2's table for `checkInWithCalculation` (daily-checkin.md), with DC-P7's receipt rows: the
 * user pays the fee (and a low, a foreign and another payer's receipt exist), every row faults
 * with its message, then the honest F for the block's day passes.
 */
export function dailyFrontendPattern(player: string, other: string, k: bigint): FrontendPattern<DailySequence> {
  let receipts: RowReceipts = {};
  const who = (r: DifferentialRun, name: string) => (name === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, name).scriptHash));
  const submit = (m: DailySequence, r: DifferentialRun, user: string, receiptId: bigint, s: CheckInSubmission): ContractCall =>
    ({ contract: m.app, method: "checkInWithCalculation", args: [who(r, user), arg.int(receiptId), arg.int(s.newStreak), arg.int(s.reward), arg.bool(s.reset)] });
  const honestValues = (m: DailySequence, r: DifferentialRun) => {
    const state = checkInState(m, r, player, r.time + 1n);
    return { state, f: frontendCheckIn(state, dayOf(state, r.time + 1n))! };
  };
  return {
    name: `checkInWithCalculation(${player})`,
    honestNever: TABLE,
    applicable: (m) => {
      // The rows (1 ms apart) fall in one day: the payment's day, or the next day's start + PREPARE_DELAY.
      const [first, last] = [m.time + PREPARE_DELAY, m.time + PREPARE_DELAY + 200n];
      return dayIndex(first) === dayIndex(last);
    },
    prepare: async (m, r) => {
      // A user who already checked in today pays on the next day, so that the rows meet checks 6–7.
      const state = checkInState(m, r, player, r.time + PREPARE_DELAY);
      const today = dayIndex(r.time + PREPARE_DELAY);
      const first = state.hasCheckedIn && today <= state.lastCheckinDay ? dayStart(state.lastCheckinDay + 1n, PREPARE_DELAY) - r.time : PREPARE_DELAY;
      receipts = await payRowReceipts(m, r, player, other, CHECK_IN_FEE, APP_ID, first);
    },
    honest: (m, r) => {
      const { state, f } = honestValues(m, r);
      // Already checked in today: no valid submission; the honest call then faults at check 5.
      const values = f ?? { newStreak: state.currentStreak + 1n, reward: reward(state.currentStreak + 1n), reset: false };
      return { call: submit(m, r, player, receipts.honest ?? 0n, values), sender: player };
    },
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m, r) => {
      const { state, f } = honestValues(m, r);
      const id = receipts.honest ?? 0n;
      const h = f ?? { newStreak: state.currentStreak + 1n, reward: reward(state.currentStreak + 1n), reset: false };
      const rows: PerturbationCase[] = [
        { label: "user: another account", call: submit(m, r, other, id, h), sender: player, expected: "unauthorized" },
        { label: "user: Zero", call: submit(m, r, "zero", id, h), sender: player, expected: "invalid address" },
        ...receiptRows(m, player, player, receipts, (rid) => submit(m, r, player, rid, h), (x) => receiptUsed(m, m.app, x)),
      ];
      const row = (label: string, s: CheckInSubmission) => {
        const expected = firstFailing(!state.hasCheckedIn, h, s);
        if (expected) rows.push({ label, call: submit(m, r, player, id, s), sender: player, expected, afterStatefulChecks: true });
      };
      row("reset flipped", { ...h, reset: !h.reset });
      row("reset flipped, streak and reward consistent with it", (() => { const s = h.reset ? state.currentStreak + 1n : 1n; return { newStreak: s, reward: reward(s), reset: !h.reset }; })());
      row("newStreak + 1 (reward consistent)", { ...h, newStreak: h.newStreak + 1n, reward: reward(h.newStreak + 1n) });
      row("newStreak − 1", { ...h, newStreak: h.newStreak - 1n });
      row(`newStreak + ${k}`, { ...h, newStreak: h.newStreak + k, reward: reward(h.newStreak + k) });
      row("newStreak 2 and reset (new user: streak first)", { newStreak: 2n, reward: 0n, reset: true });
      row("reward + 1", { ...h, reward: h.reward + 1n });
      row(`reward − ${k}`, { ...h, reward: h.reward - k });
      row("reward of streak 7", { ...h, reward: reward(7n) });
      const stale = state.hasCheckedIn ? frontendCheckIn(state, dayOf(state, r.time + 1n) - 1n) : undefined;
      if (stale) row("stale: F for the day before", stale);
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The rows and the honest F are computed for the day of T_last + 1 ms (after the payments),
    // and every check they meet depends on the block's day only (check 5 and F(state, d)); the
    // rows past the stateful checks expect the dry run at their own time: the table holds until
    // that day ends.
    latest: (m) => endOfDay(m.time + 1n),
  };
}
