import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { APP_ID } from "../../../../simulator/apps/lottery/constants.js";
import type { LotterySequence } from "../sequence-model.js";
import { resolveStepDelay, showStepDelay, type StepDelay } from "./step-delay.js";

/** A payment to PaymentHub for this app (or another: a foreign receipt), remembered as a held receipt. */
export const payStep = (who: string, amount: bigint, delay: StepDelay, appId = APP_ID): DifferentialCommand<LotterySequence> => ({
  check: () => true,
  run: async (m, r) => void (await payReceipt(m, r, who, amount, resolveStepDelay(delay), appId)),
  toString: () => `pay(${who}, ${amount}${appId === APP_ID ? "" : `, ${appId}`}, ${showStepDelay(delay)})`,
});

/**
 * `buyTickets(player, ticketCount, receiptId)` signed by `signer` (≠ player → "unauthorized"), with a
 * receipt chosen among those held. The generators keep a round's EntryCount ≤ 500 (lottery.md
 * "Generator bounds"): a purchase is not generated past it.
 */
export function buyStep(signer: string, player: string, count: bigint, receipt: ReceiptChoice, delay: StepDelay): CallStep<LotterySequence> {
  return new CallStep(`buyTickets(${player}, ${count}, ${receipt})${signer === player ? "" : ` by ${signer}`} ${showStepDelay(delay)}`, signer, () => resolveStepDelay(delay),
    (m, r) => ({ contract: m.app, method: "buyTickets", args: [arg.hash160(chainActor(r, player).scriptHash), arg.int(count), arg.int(pickReceipt(m, player, receipt))] }),
    undefined, (m) => entryCountBelow(m, 500n));
}

/** Whether the current round holds fewer than `n` entries (the model's view, as the frontend reads it). */
export function entryCountBelow(m: LotterySequence, n: bigint): boolean {
  const out = m.model.testInvoke({ contract: m.app, method: "getRound", args: [{ type: "Integer", value: roundIdOf(m) }] }, m.time + 1n);
  const r = out.state === "HALT" ? out.stack[0] : undefined;
  const count = r && (r.type === "Struct" || r.type === "Array") ? r.items[7] : undefined;
  return count?.type !== "Integer" || count.value < n;
}

function roundIdOf(m: LotterySequence): bigint {
  const out = m.model.testInvoke({ contract: m.app, method: "currentRound", args: [] }, m.time + 1n);
  return out.state === "HALT" && out.stack[0]?.type === "Integer" ? out.stack[0].value : 1n;
}
