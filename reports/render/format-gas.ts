/**
 * Datoshi (decimal strings, README of run-summary: integers past 2^53 stay strings) shown as GAS
 * with all eight decimals, so that two figures that differ by one datoshi never print the same.
 * A fitted line's slope or intercept may carry a fraction of a datoshi ("285.5"): its digits are
 * kept after the eighth decimal.
 */
const DATOSHI_PER_GAS = 100_000_000n;

function formatGas(datoshi: string): string {
  const [whole = "0", fraction] = datoshi.split(".");
  const v = BigInt(whole);
  const negative = v < 0n || whole.startsWith("-");
  const abs = v < 0n ? -v : v;
  const frac = (abs % DATOSHI_PER_GAS).toString().padStart(8, "0");
  return `${negative ? "-" : ""}${abs / DATOSHI_PER_GAS}.${frac}${fraction ?? ""}`;
}

/** GAS as a JavaScript number, for chart axes only (never for comparisons). */
function gasNumber(datoshi: string): number {
  return Number(datoshi) / 1e8;
}

export { formatGas, gasNumber };
