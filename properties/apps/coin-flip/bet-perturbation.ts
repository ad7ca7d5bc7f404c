import { APP_ID, MAX_BET, MIN_BET } from "../../../simulator/apps/coin-flip/constants.js";
import { initiatedBetOf } from "../../../simulator/apps/coin-flip/frontend.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { betCall, type BetMethod } from "./commands/open-bet.js";
import type { CoinFlipSequence } from "./sequence-model.js";
import { betsReady } from "./settle-perturbation.js";

/**
 * BCHK's checks as a table, on `initiateBet` [H] or the legacy `placeBet` (coin-flip.md, devpack.md
 * RCPT): `player` pays the honest receipt (`amount`), one a datoshi short, one for another app, and
 * `other` pays one; every row must fault with its message — another account as player
 * ("unauthorized"), MIN_BET − 1 ("bet too small"), MAX_BET + 1 ("bet too large"), then RCPT's rows
 * in order (after BET: where BET itself refuses the honest bet, its message is expected, README
 * G9) — and then the honest bet passes. The first payment comes 5 × cooldown after anything
 * before, so BET's consecutive count restarts (DP-P4).
 */
export function betPerturbation(method: BetMethod, player: string, other: string, amount: bigint, choice: boolean): FrontendPattern<CoinFlipSequence> {
  let receipts: RowReceipts = {};
  return {
    name: `${method}(${player}, ${amount})`,
    honestNever: ["unauthorized", "bet too small", "bet too large", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment"],
    applicable: betsReady,
    prepare: async (m, r) => {
      receipts = await payRowReceipts(m, r, player, other, amount, APP_ID, 150_000n);
    },
    honest: (m) => ({ call: betCall(m, method, player, amount, choice, receipts.honest ?? 0n), sender: player }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m) => {
      const id = receipts.honest ?? 0n;
      const rows: PerturbationCase[] = [
        { label: "player: another account", call: betCall(m, method, other, amount, choice, id), sender: player, expected: "unauthorized" },
        { label: "amount: MIN_BET − 1", call: betCall(m, method, player, MIN_BET - 1n, choice, id), sender: player, expected: "bet too small" },
        { label: "amount: MAX_BET + 1", call: betCall(m, method, player, MAX_BET + 1n, choice, id), sender: player, expected: "bet too large" },
      ];
      const all = [...rows, ...receiptRows(m, player, player, receipts, (rid) => betCall(m, method, player, amount, choice, rid), (rid) => receiptUsed(m, m.app, rid), true)];
      // Named by the method, so the run's coverage adds the rows up under it.
      return all.map((row) => ({ ...row, label: `${method} ${row.label}` }));
    },
    afterStep: (m, r, outcome) => {
      m.time = r.time;
      // The honest bet, as the frontend reads it: a hybrid bet's BetInitiated, a legacy bet's gateway request (the model's outcome equals the chain's, G3).
      if (outcome.state !== "HALT") return;
      const bet = initiatedBetOf(outcome.notifications, m.app);
      if (bet) m.initiated.push(bet);
      m.rng.observe(outcome);
    },
    // The first rows (witness, MIN_BET, MAX_BET) come before BET, the only check that depends on
    // time (CF-P8); RCPT's rows come after it and expect what the honest bet's dry run meets at
    // the row's own block time (afterStatefulChecks): the table holds at any time.
    latest: () => null,
  };
}
