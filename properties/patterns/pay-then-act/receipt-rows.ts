import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import type { PerturbationCase } from "../frontend-perturbation/perturbation-case.js";
import { payReceipt } from "./pay-receipt.js";
import type { PaidSequence } from "./paid-sequence.js";

/** The receipts a perturbation table's receipt rows present besides the honest one. */
export interface RowReceipts {
  honest?: bigint;
  low?: bigint;
  foreign?: bigint;
  otherPayer?: bigint;
}

/**
 * Pays the receipts of the receipt rows (devpack.md RCPT, every paid app's "receipt" rows): the
 * honest one (`amount`, after `firstDelay`), one a datoshi short, one for another app and one paid
 * by `other`, each a block later.
 */
export async function payRowReceipts(m: PaidSequence, r: DifferentialRun, payer: string, other: string, amount: bigint, appId: string, firstDelay: bigint): Promise<RowReceipts> {
  const honest = await payReceipt(m, r, payer, amount, firstDelay, appId);
  const low = amount > 1n ? await payReceipt(m, r, payer, amount - 1n, 1n, appId) : undefined;
  const foreign = await payReceipt(m, r, payer, amount, 1n, FOREIGN_APP_ID);
  const otherPayer = await payReceipt(m, r, other, amount, 1n, appId);
  return { honest, low, foreign, otherPayer };
}

/** RCPT's messages after its first check, `receiptId > 0` (devpack.md RCPT steps 2–8). */
const RCPT_AFTER_RECEIPT_ID: readonly string[] = ["payment hub not set", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment"];

/**
 * The receipt rows of a perturbation table (RCPT's messages in its order): receipt 0, an already
 * used receipt of the payer (when one exists), one never issued, another app's, another payer's,
 * one a datoshi short. `call(id)` is the honest submission with that receipt.
 */

export function receiptRows(m: PaidSequence, payer: string, sender: string, receipts: RowReceipts, call: (receiptId: bigint) => ContractCall, isUsed: (id: bigint) => boolean, afterStatefulChecks = false): PerturbationCase[] {
  const row = (label: string, id: bigint, expected: string): PerturbationCase => ({ label, call: call(id), sender, expected, ...(afterStatefulChecks ? { afterStatefulChecks } : {}) });
  const rows: PerturbationCase[] = [{ ...row("receiptId 0", 0n, "receiptId required"), precedes: RCPT_AFTER_RECEIPT_ID }];
  const used = m.receipts.find((x) => x.payer === payer && isUsed(x.id));
  if (used) rows.push(row("receipt already used", used.id, "receipt already used"));
  rows.push(row("receipt never issued", 1_000_000n, "receipt not found"));
  if (receipts.foreign) rows.push(row("another app's receipt", receipts.foreign, "receipt app mismatch"));
  if (receipts.otherPayer) rows.push(row("another payer's receipt", receipts.otherPayer, "receipt payer mismatch"));
  if (receipts.low) rows.push(row("receipt amount one datoshi short", receipts.low, "insufficient payment"));
  return rows;
}

/** isReceiptUsed(id) on the sequence's model, as a frontend would read it. */
export function receiptUsed(m: PaidSequence, app: string, id: bigint): boolean {
  const o = m.model.testInvoke({ contract: app, method: "isReceiptUsed", args: [{ type: "Integer", value: id }] }, m.time);
  return o.state === "HALT" && o.stack[0]?.type === "Boolean" && o.stack[0].value;
}
