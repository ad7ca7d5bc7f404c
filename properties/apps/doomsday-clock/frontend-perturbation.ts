import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { APP_ID } from "../../../simulator/apps/doomsday-clock/constants.js";
import { frontendCost } from "../../../simulator/apps/doomsday-clock/frontend.js";
import { keyCost } from "../../../simulator/apps/doomsday-clock/key-cost.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { frontendState, type DoomsdaySequence } from "./sequence-model.js";

/**
 * DD-P2's table for `buyKeysWithCost` (doomsday-clock.md): the player pays for `keys` keys (and,
 * for the receipt rows, a low, a foreign and another payer's receipt exist), every row must fault
 * with its message, then the honest purchase passes its cost check.
 */
export function doomsdayFrontendPattern(player: string, other: string, keys: bigint, k: bigint): FrontendPattern<DoomsdaySequence> {
  let receipts: RowReceipts = {};
  const buy = (m: DoomsdaySequence, r: DifferentialRun, signerPlayer: string | "zero", n: bigint, cost: bigint, receiptId: bigint): ContractCall => ({
    contract: m.app,
    method: "buyKeysWithCost",
    args: [signerPlayer === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, signerPlayer).scriptHash), arg.int(n), arg.int(cost), arg.int(receiptId)],
  });
  return {
    name: `buyKeysWithCost(${player}, ${keys})`,
    honestNever: ["cost mismatch", "min 1 key", "no active round", "unauthorized", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment"],
    applicable: (m) => {
      const s = frontendState(m);
      return s.active && m.time + 60_000n < s.endTime;
    },
    prepare: async (m, r) => {
      receipts = await payRowReceipts(m, r, player, other, frontendCost(frontendState(m), keys), APP_ID, 31_000n);
    },
    honest: (m, r) => ({ call: buy(m, r, player, keys, frontendCost(frontendState(m), keys), receipts.honest ?? 0n), sender: player }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const K = frontendState(m).totalKeys;
      const c = keyCost(keys, K);
      const id = receipts.honest ?? 0n;
      const rows: PerturbationCase[] = [];
      const costRow = (label: string, cost: bigint) => { if (cost !== c) rows.push({ label, call: buy(m, r, player, keys, cost, id), sender: player, expected: "cost mismatch" }); };
      // The row's name, not its random value, names it in the report (the value follows as `(= …)`).
      costRow(k === 1n ? "cost C+1" : `cost C+random (= C+${k})`, c + k);
      costRow(k === 1n ? "cost C−1" : `cost C−random (= C−${k})`, c - k);
      costRow("cost C(n+1, K)", keyCost(keys + 1n, K));
      if (keys > 1n) costRow("cost C(n−1, K)", keyCost(keys - 1n, K));
      costRow("cost C(n, K+1)", keyCost(keys, K + 1n));
      costRow("cost C(n, K−1)", keyCost(keys, K - 1n));
      rows.push({ label: "keyCount n+1 with the cost for n", call: buy(m, r, player, keys + 1n, c, id), sender: player, expected: "cost mismatch" });
      if (keys > 1n) rows.push({ label: "keyCount n−1 with the cost for n", call: buy(m, r, player, keys - 1n, c, id), sender: player, expected: "cost mismatch" });
      rows.push({ label: "keyCount 0", call: buy(m, r, player, 0n, c, id), sender: player, expected: "min 1 key" });
      rows.push({ label: "player: another account", call: buy(m, r, other, keys, c, id), sender: player, expected: "unauthorized" });
      rows.push({ label: "player: Zero", call: buy(m, r, "zero", keys, c, id), sender: player, expected: "unauthorized" });
      rows.push(...receiptRows(m, player, player, receipts, (rid) => buy(m, r, player, keys, c, rid), (x) => receiptUsed(m, m.app, x), true));
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The table assumes a round that takes purchases (checks 1–5 pass): until EndTime − 1, the
    // last purchase time (at EndTime a purchase settles and returns instead).
    latest: (m) => frontendState(m).endTime - 1n,
  };
}
