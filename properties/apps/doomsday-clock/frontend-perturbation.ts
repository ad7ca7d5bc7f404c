import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID } from "../../../simulator/apps/doomsday-clock/constants.js";
import { frontendCost } from "../../../simulator/apps/doomsday-clock/frontend.js";
import { keyCost } from "../../../simulator/apps/doomsday-clock/key-cost.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
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
  const receipts: { honest?: bigint; low?: bigint; foreign?: bigint; otherPayer?: bigint } = {};
  const pay = (m: DoomsdaySequence, r: DifferentialRun, who: string, amount: bigint, appId: string, delay: bigint) => payReceipt(m, r, who, amount, delay, appId);
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
      const cost = frontendCost(frontendState(m), keys);
      receipts.honest = await pay(m, r, player, cost, APP_ID, 31_000n);
      receipts.low = cost > 1n ? await pay(m, r, player, cost - 1n, APP_ID, 1n) : undefined;
      receipts.foreign = await pay(m, r, player, cost, FOREIGN_APP_ID, 1n);
      receipts.otherPayer = await pay(m, r, other, cost, APP_ID, 1n);
    },
    honest: (m, r) => ({ call: buy(m, r, player, keys, frontendCost(frontendState(m), keys), receipts.honest ?? 0n), sender: player }),
    dryRun: (m, r, honest, time) => {
      const modelSide = r.model as ModelSystem;
      return m.model.copy().invoke(modelCall(honest.call), { signers: [sender(modelSide.accountOf(honest.sender))], now: time });
    },
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
      rows.push({ label: "receiptId 0", call: buy(m, r, player, keys, c, 0n), sender: player, expected: "receiptId required", afterStatefulChecks: true });
      const isUsed = (id: bigint) => {
        const o = m.model.testInvoke({ contract: m.app, method: "isReceiptUsed", args: [{ type: "Integer", value: id }] }, m.time);
        return o.state === "HALT" && o.stack[0]?.type === "Boolean" && o.stack[0].value;
      };
      const used = m.receipts.find((x) => x.payer === player && isUsed(x.id));
      if (used) rows.push({ label: "receipt already used", call: buy(m, r, player, keys, c, used.id), sender: player, expected: "receipt already used", afterStatefulChecks: true });
      rows.push({ label: "receipt never issued", call: buy(m, r, player, keys, c, 1_000_000n), sender: player, expected: "receipt not found", afterStatefulChecks: true });
      if (receipts.foreign) rows.push({ label: "another app's receipt", call: buy(m, r, player, keys, c, receipts.foreign), sender: player, expected: "receipt app mismatch", afterStatefulChecks: true });
      if (receipts.otherPayer) rows.push({ label: "another payer's receipt", call: buy(m, r, player, keys, c, receipts.otherPayer), sender: player, expected: "receipt payer mismatch", afterStatefulChecks: true });
      if (receipts.low) rows.push({ label: "receipt amount < C", call: buy(m, r, player, keys, c, receipts.low), sender: player, expected: "insufficient payment", afterStatefulChecks: true });
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
  };
}
