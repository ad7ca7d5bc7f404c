import fc from "fast-check";
import type { PaidSequence } from "./paid-sequence.js";

/**
 * Which receipt a paid call presents: the caller's newest one (honest), none (0), one never
 * issued, another payer's, or the caller's oldest (often already used: stale, README §6).
 * Chosen at run time from the receipts held.
 */
export type ReceiptChoice = "own" | "zero" | "never-issued" | "other-payer" | "oldest-own";

/** Mostly the honest receipt, sometimes each hostile one. */
export const receiptChoice: fc.Arbitrary<ReceiptChoice> = fc.oneof(
  { weight: 12, arbitrary: fc.constant("own" as const) },
  { weight: 1, arbitrary: fc.constantFrom("zero" as const, "never-issued" as const, "other-payer" as const, "oldest-own" as const) },
);

export function pickReceipt(m: PaidSequence, payer: string, choice: ReceiptChoice): bigint {
  const own = m.receipts.filter((r) => r.payer === payer);
  switch (choice) {
    case "own": return own.at(-1)?.id ?? 0n;
    case "oldest-own": return own[0]?.id ?? 0n;
    case "zero": return 0n;
    case "never-issued": return BigInt(m.receipts.length) + 1_000n;
    case "other-payer": return m.receipts.find((r) => r.payer !== payer)?.id ?? 0n;
  }
}
