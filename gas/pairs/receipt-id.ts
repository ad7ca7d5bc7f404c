import type { Outcome } from "../../simulator/runtime/outcome.js";

/** The receipt id: the `paymentId` (1st argument) of PaymentHub's `PaymentReceived` in a payment's outcome. */
export function receiptId(payment: Outcome | undefined): bigint {
  const event = payment?.state === "HALT" ? payment.notifications.find((n) => n.eventName === "PaymentReceived") : undefined;
  const id = event?.args[0];
  if (id?.type !== "Integer") throw new Error("the payment emitted no PaymentReceived with an Integer paymentId");
  return id.value;
}
