import { APP_ID, BLINDBOX_PRICE } from "../../../simulator/apps/turtle-match/constants.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { startedGameOf } from "../../../simulator/apps/turtle-match/frontend.js";
import { startCall } from "./commands/start-game.js";
import type { TurtleSequence } from "./sequence-model.js";
import { settleApplicable } from "./settle-perturbation.js";

/**
 * TM-P6 and startGame's own checks as a table: `player` pays the honest receipt
 * (`boxCount × 0.1 GAS`), one a datoshi short, one for another app, and `other` pays one; every
 * row must fault with its message — another account as player ("unauthorized"), 2 and 21 boxes
 * ("invalid box count"), then RCPT's rows in order (after BET: where BET itself refuses the honest
 * start, its message is expected, README G9) — and then the honest start passes.
 */
export function startPerturbation(player: string, other: string, boxCount: bigint): FrontendPattern<TurtleSequence> {
  let receipts: RowReceipts = {};
  const pay = boxCount * BLINDBOX_PRICE;
  return {
    name: `startGame(${player}, ${boxCount} boxes)`,
    honestNever: ["invalid box count", "unauthorized", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment"],
    applicable: settleApplicable,
    prepare: async (m, r) => {
      receipts = await payRowReceipts(m, r, player, other, pay, APP_ID, 150_000n);
    },
    honest: (m) => ({ call: startCall(m, player, boxCount, receipts.honest ?? 0n), sender: player }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m) => {
      const rows: PerturbationCase[] = [
        { label: "player: another account", call: startCall(m, other, boxCount, receipts.honest ?? 0n), sender: player, expected: "unauthorized" },
        { label: "boxCount: MIN_BOXES − 1", call: startCall(m, player, 2n, receipts.honest ?? 0n), sender: player, expected: "invalid box count" },
        { label: "boxCount: MAX_BOXES + 1", call: startCall(m, player, 21n, receipts.honest ?? 0n), sender: player, expected: "invalid box count" },
      ];
      const all = [...rows, ...receiptRows(m, player, player, receipts, (id) => startCall(m, player, boxCount, id), (id) => receiptUsed(m, m.app, id), true)];
      // Named by the method, so the run's coverage adds the rows up under startGame.
      return all.map((row) => ({ ...row, label: `startGame ${row.label}` }));
    },
    afterStep: (m, r, outcome) => {
      m.time = r.time;
      // The honest start's session, as the frontend reads its GameStarted (the model's outcome equals the chain's, G3).
      const started = outcome.state === "HALT" ? startedGameOf(outcome.notifications, m.app) : undefined;
      if (started) m.started.push(started);
    },
    // The player, box count and script checks read no time; BET, the one that does, comes before
    // RCPT and the receipt rows expect what the honest start meets at the row's own time (the dry
    // run); and with no bet in between, a later time only lets BET pass (cooldown over, count
    // restarted, a new day). The table holds at any time.
    latest: () => null,
  };
}
