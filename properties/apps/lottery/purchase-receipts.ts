import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, TICKET_PRICE } from "../../../simulator/apps/lottery/constants.js";
import { readScratchConfig } from "../../../simulator/apps/lottery/frontend.js";
import { intItem } from "../../../simulator/runtime/items.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { remember } from "./commands/scratch.js";
import { getter, isDrawPending, type LotterySequence } from "./sequence-model.js";

export type Purchase = "buyTickets" | "buyScratchTicket" | "buyScratchTicketHybrid";

/**
 * Pay, then act with every receipt (lottery.md "Payment", devpack.md RCPT): `player` pays the price of
 * one purchase (plus the hostile receipts: a datoshi short, another app's, another payer's), every
 * receipt row faults with RCPT's message (or an earlier stateful check's, BET's "cooldown active" for
 * buyTickets, as the model computes it for the honest purchase), then the honest one passes; a later
 * purchase with the same receipt is stale ("receipt already used", the next command of this kind).
 * For scratch purchases, the type rows too: outside 0–5 ("invalid lottery type") and a scheduled type
 * ("not instant lottery", when enabled).
 */
export function purchasePattern(method: Purchase, player: string, other: string, count: bigint, type: bigint): FrontendPattern<LotterySequence> {
  let receipts: RowReceipts = {};
  const price = (m: LotterySequence) => {
    if (method === "buyTickets") return count * TICKET_PRICE;
    return readScratchConfig(getter(m, "getScratchConfigForFrontend", intItem(type)))?.ticketPrice ?? 0n;
  };
  const call = (m: LotterySequence, r: DifferentialRun, receipt: bigint, t = type): ContractCall => ({
    contract: m.app, method, args: [arg.hash160(chainActor(r, player).scriptHash), arg.int(method === "buyTickets" ? count : t), arg.int(receipt)],
  });
  return {
    name: `${method}(${player}, ${method === "buyTickets" ? `${count} tickets` : `type ${type}`})`,
    honestNever: ["receiptId required", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment", "receipt already used"],
    applicable: (m) => {
      const paused = getter(m, "isPaused");
      if (paused.type !== "Boolean" || paused.value) return false;
      if (method === "buyTickets") return !isDrawPending(m);
      const cfg = readScratchConfig(getter(m, "getScratchConfigForFrontend", intItem(type)));
      const script = getter(m, "isScriptEnabled", { type: "ByteString", hex: Buffer.from("scratch-prize").toString("hex") });
      return cfg !== null && cfg.enabled && cfg.isInstant && cfg.ticketPrice > 1n && cfg.ticketPrice <= 1_000_000_000n && (method === "buyScratchTicket" || (script.type === "Boolean" && script.value));
    },
    prepare: async (m, r) => {
      receipts = await payRowReceipts(m, r, player, other, price(m), APP_ID, 30_001n);
    },
    honest: (m, r) => ({ call: call(m, r, receipts.honest ?? 0n), sender: player }),
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m, r) => {
      const rows: PerturbationCase[] = receiptRows(m, player, player, receipts, (id) => call(m, r, id), (x) => receiptUsed(m, m.app, x), method === "buyTickets");
      if (method !== "buyTickets") {
        for (const t of [-1n, 6n]) rows.push({ label: `lotteryType ${t}`, call: call(m, r, receipts.honest ?? 0n, t), sender: player, expected: "invalid lottery type" });
        const scheduled = readScratchConfig(getter(m, "getScratchConfigForFrontend", intItem(1n)));
        if (scheduled?.enabled && !scheduled.isInstant) rows.push({ label: "lotteryType 1 (scheduled)", call: call(m, r, receipts.honest ?? 0n, 1n), sender: player, expected: "not instant lottery" });
        const disabled = [0n, 2n, 3n].find((t) => readScratchConfig(getter(m, "getScratchConfigForFrontend", intItem(t)))?.enabled === false);
        if (disabled !== undefined) rows.push({ label: `lotteryType ${disabled} (disabled)`, call: call(m, r, receipts.honest ?? 0n, disabled), sender: player, expected: "lottery type disabled" });
      }
      return rows;
    },
    afterStep: (m, r, outcome) => {
      m.time = r.time;
      remember(m, outcome, player);
    },
    // The receipt and type rows read no time; the one check that does (BET in buyTickets, before
    // RCPT) is met by the rows marked afterStatefulChecks as the honest purchase meets it at the
    // row's own time (the dry run), so the table holds at any time.
    latest: () => null,
  };
}
