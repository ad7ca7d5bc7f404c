import { APP_ID } from "../../../simulator/apps/burn-league/constants.js";
import { frontendBurn, streakWindowEnd } from "../../../simulator/apps/burn-league/frontend.js";
import { flexible } from "../../harness/differential-run.js";
import type { EquivalencePattern } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { burnCall } from "./commands/burn.js";
import { burnState, type BurnSequence } from "./sequence-model.js";

/**
 * BL-P3 (G8): `burnGasWithCalculation(b, a, r, F(state, a, now))` ≡ `burnGas(b, a, r)` from one
 * state at one time `delayMs` after the payment: identical storage (Streak, Season, 42, 44, 45,
 * receipts), events (StreakBonus, GasBurned), return and receipt use; where the legacy call
 * faults (no season, season ended) the hybrid faults with the same message.
 */
export function burnPair(user: string, amount: bigint, delayMs: bigint): EquivalencePattern<BurnSequence> {
  let receipt = 0n;
  return {
    name: `burnGasWithCalculation ≡ burnGas (${user}, ${amount}, +${delayMs}ms)`,
    prepare: async (m, r) => {
      // The payment only makes the receipt: it may share a block (the pair's time counts from it).
      receipt = (await payReceipt(m, r, user, amount, flexible(1_000n), APP_ID)) ?? 0n;
    },
    hybrid: (m, r) => ({ call: burnCall(m, user, amount, receipt, frontendBurn(burnState(m, user), amount, r.time + delayMs)), sender: user }),
    deprecated: (m) => ({ call: burnCall(m, user, amount, receipt), sender: user }),
    model: (m) => m.model,
    contracts: (m) => [m.app, m.paymentHub],
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The hybrid's F is computed for T_last + delayMs, and F depends on the time only through
    // `continued` (now ≤ window end): before the window end it holds until the window end, after
    // it (or without a streak) at any later time. The season's EndTime needs no bound: past it
    // both paths fault alike ("season ended"), compared at the chain step's own time.
    latest: (m) => {
      const end = streakWindowEnd(burnState(m, user));
      return end > 0n && m.time + delayMs <= end ? end : null;
    },
  };
}
