import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID, FISH_FEE } from "../../../simulator/apps/time-capsule/constants.js";
import { fishableIds } from "../../../simulator/apps/time-capsule/frontend.js";
import { chainActor } from "../../harness/chain-actor.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { capsuleCount, capsuleData, fishStatuses, type CapsuleSequence } from "./sequence-model.js";
import type { Capsule } from "../../../simulator/apps/time-capsule/capsule-record.js";

/** Receipt ids used by earlier paid calls are found through the model's isReceiptUsed. */
function usedReceipt(m: CapsuleSequence, payer: string): bigint | undefined {
  const used = (id: bigint) => {
    const o = m.model.testInvoke({ contract: m.app, method: "isReceiptUsed", args: [{ type: "Integer", value: id }] }, m.time);
    return o.state === "HALT" && o.stack[0]?.type === "Boolean" && o.stack[0].value;
  };
  return m.receipts.find((x) => x.payer === payer && used(x.id))?.id;
}

/** The capsule of the "not unlocked yet" row: public, unrevealed, still locked 1 s after `tLast`. */
function lockedPublic(m: CapsuleSequence, tLast: bigint): readonly [bigint, Capsule] | undefined {
  const ids = Array.from({ length: Number(capsuleCount(m)) }, (_, i) => BigInt(i + 1));
  return ids.map((i) => [i, capsuleData(m, i)!] as const).find(([, c]) => c.isPublic && !c.isRevealed && c.unlockTime > tLast + 1_000n);
}

/**
 * TC-P1's table for `fishWithId` (time-capsule.md): the fisher pays FISH_FEE (and a low, a foreign
 * and another payer's receipt exist), every row faults with its message, then the honest call with
 * a fishable id the frontend found passes. Capsule rows are added when such a capsule exists
 * (private; public and revealed; public, unrevealed and still locked).
 */
export function fishFrontendPattern(fisher: string, other: string): FrontendPattern<CapsuleSequence> {
  const receipts: { honest?: bigint; low?: bigint; foreign?: bigint; otherPayer?: bigint } = {};
  const call = (m: CapsuleSequence, r: DifferentialRun, who: string, id: bigint, receiptId: bigint): ContractCall =>
    ({ contract: m.app, method: "fishWithId", args: [arg.hash160(chainActor(r, who).scriptHash), arg.int(id), arg.int(receiptId)] });
  const fishable = (m: CapsuleSequence, at: bigint) => fishableIds(fishStatuses(m), at);
  return {
    name: `fishWithId(${fisher})`,
    honestNever: ["unauthorized", "receiptId required", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch",
      "insufficient payment", "capsule not found", "capsule not public", "already revealed", "not unlocked yet"],
    applicable: (m) => fishable(m, m.time + 1n).length > 0,
    prepare: async (m, r) => {
      // Payments only make receipts, and what is fishable now stays fishable: they may share blocks.
      receipts.honest = await payReceipt(m, r, fisher, FISH_FEE, flexible(1_000n), APP_ID);
      receipts.low = await payReceipt(m, r, fisher, FISH_FEE - 1n, flexible(1n), APP_ID);
      receipts.foreign = await payReceipt(m, r, fisher, FISH_FEE, flexible(1n), FOREIGN_APP_ID);
      receipts.otherPayer = await payReceipt(m, r, other, FISH_FEE, flexible(1n), APP_ID);
    },
    honest: (m, r) => ({ call: call(m, r, fisher, fishable(m, r.time + 1n)[0] ?? 0n, receipts.honest ?? 0n), sender: fisher }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const id = fishable(m, r.time + 1n)[0] ?? 0n;
      const n = capsuleCount(m);
      const receipt = receipts.honest ?? 0n;
      const rows: PerturbationCase[] = [];
      const row = (label: string, who: string, capsule: bigint, receiptId: bigint, expected: string) =>
        rows.push({ label: `fishWithId(${label})`, call: call(m, r, who, capsule, receiptId), sender: fisher, expected });
      row("fisher: another account", other, id, receipt, "unauthorized");
      row("receiptId 0", fisher, id, 0n, "receiptId required");
      row("receiptId −1", fisher, id, -1n, "receiptId required");
      const used = usedReceipt(m, fisher);
      if (used !== undefined) row("receipt already used", fisher, id, used, "receipt already used");
      row("receipt never issued", fisher, id, 1_000_000n, "receipt not found");
      if (receipts.foreign) row("another app's receipt", fisher, id, receipts.foreign, "receipt app mismatch");
      if (receipts.otherPayer) row("another payer's receipt", fisher, id, receipts.otherPayer, "receipt payer mismatch");
      if (receipts.low) row("receipt amount < FISH_FEE", fisher, id, receipts.low, "insufficient payment");
      row("capsuleId 0", fisher, 0n, receipt, "capsule not found");
      row("capsuleId −1", fisher, -1n, receipt, "capsule not found");
      row("capsuleId N + 1", fisher, n + 1n, receipt, "capsule not found");
      const ids = Array.from({ length: Number(n) }, (_, i) => BigInt(i + 1));
      const records = ids.map((i) => [i, capsuleData(m, i)!] as const);
      const privateOne = records.find(([, c]) => !c.isPublic);
      if (privateOne) row("a private capsule", fisher, privateOne[0], receipt, "capsule not public");
      const revealed = records.find(([, c]) => c.isPublic && c.isRevealed);
      if (revealed) row("a revealed capsule", fisher, revealed[0], receipt, "already revealed");
      // Rows run 1 ms apart: a capsule still locked 1 s from now stays locked through them.
      const locked = lockedPublic(m, r.time);
      if (locked) row("a capsule with now < UnlockTime", fisher, locked[0], receipt, "not unlocked yet");
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // After the payments (T_last = r.time): the honest id is fishable and stays so (nothing but
    // this table's own calls runs); every row's check is timeless except "not unlocked yet",
    // whose capsule unlocks at its UnlockTime: the table holds until then, or at any time.
    latest: (m) => {
      const locked = lockedPublic(m, m.time);
      return locked ? locked[1].unlockTime - 1n : null;
    },
  };
}
