// The GAS benchmark (issue #7): npm run bench:gas (sweep + table), bench:gas:check (compare with
// benchmarks/snapshots, exit 1 on a regression), bench:gas:update (rewrite the snapshots).
// Starts its own neo-express and stops it whatever happens. Not a test: CI runs only the check.
import { fileURLToPath } from "node:url";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import { startChain } from "../../neo-express/lifecycle/start-chain.js";
import { parseBenchGasArgs, UsageError, type BenchGasOptions } from "./bench-gas-options.js";
import { benchGas } from "./bench-gas-run.js";
import { sweepStartTime } from "./run-gas-sweep.js";

const OUT = fileURLToPath(new URL("../out/gas-sweep.json", import.meta.url));

async function main(): Promise<number> {
  let options: BenchGasOptions;
  try {
    options = parseBenchGasArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error((e as Error).message);
      return 2;
    }
    throw e;
  }
  const started = performance.now();
  const chain = await startChain();
  try {
    const driver = await NeoExpressDriver.connect(chain);
    const run = await benchGas(driver, { outFile: OUT, ...options }, sweepStartTime(BigInt(Date.now())));
    console.log(run.table);
    console.log(run.report.join("\n"));
    console.log(`\nwritten ${options.outFile ?? OUT}; ${((performance.now() - started) / 1000).toFixed(1)} s (chain start included)`);
    return run.exitCode;
  } finally {
    await chain.stop();
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  // A harness error (the chain, RPC) is never a pass, nor a regression.
  process.exit(e instanceof HarnessError ? 3 : 1);
});
