import type { Outcome } from "../../simulator/runtime/outcome.js";

/** The receipt id a set-up payment bought: the `paymentId` (1st argument) of PaymentHub's `PaymentReceived`. */
export function receiptIdOf(payment: Outcome | undefined): bigint {
  const event = payment?.state === "HALT" ? payment.notifications.find((n) => n.eventName === "PaymentReceived") : undefined;
  const id = event?.args[0];
  if (id?.type !== "Integer") throw new Error("the payment emitted no PaymentReceived with an Integer paymentId");
  return id.value;
}
