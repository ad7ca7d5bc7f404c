import { arg } from "../../../neo-express/driver/abi-arg.js";
import { transferCall } from "../../../neo-express/driver/gas-transfer.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun, FlexibleDelay } from "../../harness/differential-run.js";
import type { PaidSequence } from "./paid-sequence.js";

/**
 * Pay, then act (README §6): `who` sends `amount` GAS to PaymentHub with `appId` as data; the
 * receipt id is the `paymentId` of the hub's PaymentReceived (undefined when the payment faulted).
 * The sequence remembers the receipt and T_last. `appId` is the app under test's, or another
 * app's for a foreign receipt.
 */
export async function payReceipt(m: PaidSequence, r: DifferentialRun, who: string, amount: bigint, delayMs: bigint | FlexibleDelay, appId: string, label = `pay(${amount}, ${appId})`): Promise<bigint | undefined> {
  const { model } = await r.transaction(transferCall("GAS", chainActor(r, who), m.paymentHub, amount, arg.str(appId)), who, delayMs, label);
  m.time = r.time;
  const id = model.state === "HALT" ? model.notifications.find((n) => n.eventName === "PaymentReceived")?.args[0] : undefined;
  if (id?.type !== "Integer") return undefined;
  m.receipts.push({ id: id.value, payer: who, amount });
  return id.value;
}
