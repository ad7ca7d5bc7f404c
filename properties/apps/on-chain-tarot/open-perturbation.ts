import { APP_ID, spreadFee } from "../../../simulator/apps/on-chain-tarot/constants.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { readingCall, rememberReading, type OpenMethod } from "./commands/open-reading.js";
import type { TarotSequence } from "./sequence-model.js";
import { readingsReady } from "./settle-perturbation.js";

/**
 * RCHK, A and RCPT as a table, on `initiateReading` [H] or the legacy `requestReading`
 * (on-chain-tarot.md, devpack.md RCPT): `user` pays the honest receipt (`fee(spread)`), one a
 * datoshi short, one for another app, and `other` pays one; every row must fault with its message
 * — a 501-byte question ("invalid question"), spread 5 ("invalid spread"), category 0 ("invalid
 * category"), another account as user ("unauthorized"), then RCPT's rows in order — and then the
 * honest reading passes. The other sides of RCHK's bounds come from the generated readings.
 */
export function openPerturbation(method: OpenMethod, user: string, other: string, spread: bigint): FrontendPattern<TarotSequence> {
  let receipts: RowReceipts = {};
  const question = `Shall ${user} go on?`;
  return {
    name: `${method}(${user}, spread ${spread})`,
    honestNever: ["invalid question", "invalid spread", "invalid category", "unauthorized", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment"],
    applicable: readingsReady,
    prepare: async (m, r) => {
      receipts = await payRowReceipts(m, r, user, other, spreadFee(spread), APP_ID, 1_000n);
    },
    honest: (m, r) => ({ call: readingCall(m, r, method, user, question, spread, 1n, receipts.honest ?? 0n), sender: user }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const id = receipts.honest ?? 0n;
      const call = (u: string, rid: bigint, q = question, s = spread, c = 1n) => readingCall(m, r, method, u, q, s, c, rid);
      const rows: PerturbationCase[] = [
        { label: "question: 501 bytes", call: call(user, id, "q".repeat(501)), sender: user, expected: "invalid question" },
        { label: "spreadType: 5", call: call(user, id, question, 5n), sender: user, expected: "invalid spread" },
        { label: "category: 0", call: call(user, id, question, spread, 0n), sender: user, expected: "invalid category" },
        { label: "user: another account", call: call(other, id), sender: user, expected: "unauthorized" },
      ];
      const all = [...rows, ...receiptRows(m, user, user, receipts, (rid) => call(user, rid), (rid) => receiptUsed(m, m.app, rid))];
      // Named by the method, so the run's coverage adds the rows up under it.
      return all.map((row) => ({ ...row, label: `${method} ${row.label}` }));
    },
    afterStep: (m, r, outcome) => {
      m.time = r.time;
      // The honest reading, as the frontend reads it (the model's outcome equals the chain's, G3).
      rememberReading(m, outcome, user);
    },
    // TarotReading has no time check (no bet limits, no window): the table holds at any time.
    latest: () => null,
  };
}
