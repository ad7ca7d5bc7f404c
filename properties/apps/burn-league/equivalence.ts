import { APP_ID } from "../../../simulator/apps/burn-league/constants.js";
import { frontendBurn } from "../../../simulator/apps/burn-league/frontend.js";
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
      receipt = (await payReceipt(m, r, user, amount, 1_000n, APP_ID)) ?? 0n;
    },
    hybrid: (m, r) => ({ call: burnCall(m, user, amount, receipt, frontendBurn(burnState(m, user), amount, r.time + delayMs)), sender: user }),
    deprecated: (m) => ({ call: burnCall(m, user, amount, receipt), sender: user }),
    model: (m) => m.model,
    contracts: (m) => [m.app, m.paymentHub],
    afterStep: (m, r) => {
      m.time = r.time;
    },
  };
}
