/**
 * Ids issued from a stored counter (PaymentHub's receipts, the gateway's requests): the stored
 * records are exactly ids 1…counter, each stored under its own id (`stored`: key id → the record's
 * Id field), and the ids a step announced continue the counter it started from, one by one.
 */
export function consecutiveIdProblems(what: string, stored: ReadonlyMap<bigint, bigint>, counter: { before: bigint; after: bigint }, announced: { event: string; ids: readonly bigint[] }): string[] {
  const problems: string[] = [];
  const ids = [...stored.keys()].sort((a, b) => (a < b ? -1 : 1));
  if (ids.length !== Number(counter.after) || ids.some((id, i) => id !== BigInt(i + 1))) problems.push(`${what} ids [${ids.join(", ")}] are not 1…${counter.after} (the counter)`);
  for (const [id, field] of stored) if (field !== id) problems.push(`${what} ${id} is stored with Id ${field}`);
  announced.ids.forEach((id, i) => {
    if (id !== counter.before + BigInt(i + 1)) problems.push(`${announced.event} id ${id} does not follow ${counter.before + BigInt(i)}`);
  });
  return problems;
}
