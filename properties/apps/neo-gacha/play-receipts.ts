import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID } from "../../../simulator/apps/neo-gacha/constants.js";
import { initiatedPlayOf, initiateInputs, requestedPlayOf } from "../../../simulator/apps/neo-gacha/frontend.js";
import { sender } from "../../../simulator/runtime/witness.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { call, SetupMachine } from "./commands/machine-setup.js";
import type { PlayMethod } from "./commands/plays.js";
import { accountHash, frontendItems, type NeoGachaSequence } from "./sequence-model.js";
import { twoPhaseReady } from "./settle-perturbation.js";

const MODE: Record<PlayMethod, 1n | 2n | 3n> = { playMachine: 1n, playMachineHybrid: 2n, initiatePlayOptimized: 3n };

/**
 * Pay, then act with every receipt (neo-gacha.md "Payment", NG-P3's receipt row, devpack.md RCPT):
 * `other` sets up a fresh active machine of one item (price 0.1 GAS), `player` pays its price plus
 * the hostile receipts (a datoshi short, another app's, another payer's), every receipt row of
 * `method` faults with RCPT's message (or BET's, which comes before it, as the model computes it
 * for the honest play), then the honest play passes and the sequence keeps it.
 */
export function playReceiptPattern(method: PlayMethod, player: string, other: string): FrontendPattern<NeoGachaSequence> {
  let receipts: RowReceipts = {};
  const price = 10_000_000n;
  const playCall = (m: NeoGachaSequence, receipt: bigint): ContractCall => {
    const id = m.machines.at(-1) ?? 1_000n;
    const base = [arg.hash160(accountHash(m, player)), arg.int(id), arg.int(receipt)];
    if (method !== "initiatePlayOptimized") return call(m, method, ...base);
    const honest = initiateInputs(frontendItems(m, id));
    return call(m, method, ...base, arg.int(honest.availableWeight), arg.int(honest.sample));
  };
  return {
    name: `${method}(${player}) receipts`,
    honestNever: ["receiptId required", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment", "receipt already used"],
    applicable: twoPhaseReady,
    prepare: async (m, r) => {
      await new SetupMachine(other, [100n], 1n, [3], "item", "hybrid", price).run(m, r);
      receipts = await payRowReceipts(m, r, player, other, price, APP_ID, 31_000n);
    },
    honest: (m) => ({ call: playCall(m, receipts.honest ?? 0n), sender: player }),
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m) => receiptRows(m, player, player, receipts, (id) => playCall(m, id), (x) => receiptUsed(m, m.app, x), true),
    afterStep: (m, r: DifferentialRun, outcome) => {
      m.time = r.time;
      if (outcome.state !== "HALT") return;
      m.rng.observe(outcome);
      const seed = initiatedPlayOf(outcome.notifications, m.app);
      const playId = seed?.playId ?? requestedPlayOf(outcome.notifications, m.app)?.playId;
      if (playId !== undefined) m.plays.push({ playId, player, mode: MODE[method], ...(seed ? { seed } : {}) });
    },
    // Every row comes after BET, the only check that depends on time (NG-P10): each row expects
    // what the honest play's dry run meets at the row's own block time (afterStatefulChecks), so
    // the table holds at any time.
    latest: () => null,
  };
}
