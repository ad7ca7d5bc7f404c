/**
 * Datoshi (decimal strings, README of run-summary: integers past 2^53 stay strings) shown as GAS
 * with all eight decimals, so that two figures that differ by one datoshi never print the same.
 */
const DATOSHI_PER_GAS = 100_000_000n;

function formatGas(datoshi: string): string {
  const v = BigInt(datoshi);
  const sign = v < 0n ? "-" : "";
  const abs = v < 0n ? -v : v;
  const frac = (abs % DATOSHI_PER_GAS).toString().padStart(8, "0");
  return `${sign}${abs / DATOSHI_PER_GAS}.${frac}`;
}

/** GAS as a JavaScript number, for chart axes only (never for comparisons). */
function gasNumber(datoshi: string): number {
  return Number(BigInt(datoshi)) / 1e8;
}

export { formatGas, gasNumber };
