import type { DoomsdaySequence } from "../sequence-model.js";

/**
 * Which receipt a purchase presents: the buyer's newest one (honest), none (0), one never
 * issued, another payer's, or one already used. Chosen at run time from the receipts held.
 */
export type ReceiptChoice = "own" | "zero" | "never-issued" | "other-payer" | "oldest-own";

export function pickReceipt(m: DoomsdaySequence, buyer: string, choice: ReceiptChoice): bigint {
  const own = m.receipts.filter((r) => r.payer === buyer);
  switch (choice) {
    case "own": return own.at(-1)?.id ?? 0n;
    case "oldest-own": return own[0]?.id ?? 0n;
    case "zero": return 0n;
    case "never-issued": return BigInt(m.receipts.length) + 1_000n;
    case "other-payer": return m.receipts.find((r) => r.payer !== buyer)?.id ?? 0n;
  }
}
