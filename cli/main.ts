import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { HarnessError } from "../neo-express/harness-error.js";
import { EXIT } from "./exit-codes.js";
import { integer } from "./integer-option.js";
import { REPORT_FORMATS } from "../reports/render/report-formats.js";
import { ReportWriteError } from "../reports/report-write-error.js";
import { UsageError } from "../config/usage-error.js";
import { LANES, type Lane } from "../neo-express/driver/lane.js";

const program = new Command()
  .name("miniapp-verify")
  .description("Verification and property-testing harness for Neo N3 MiniApp contracts (hybrid on-chain/off-chain pattern), on a real neo-express chain")
  .exitOverride()
  .showHelpAfterError();

program
  .command("smoke")
  .description("start neo-express, deploy a contract, make a confirmed call at a chosen block time, print what happened, stop the chain")
  .option("--nef <file>", "NEF of the contract to deploy (default: a tiny built-in probe contract)")
  .option("--manifest <file>", "its manifest")
  .option("--method <name>", "a parameterless method to call", "time")
  .action(async (opts: { nef?: string; manifest?: string; method: string }) => {
    // Commands are imported when they run: `report` and `--help` need not load the chain driver.
    const { smoke } = await import("./commands/smoke.js");
    await smoke({ ...opts, log: (line) => console.log(line) });
  });

let exitCode: number = EXIT.ok;

/** `--lane neo-express|engine` (commander rejects anything else as a usage error). */
const laneOption = (description: string) => new Option("--lane <lane>", description).choices(LANES);

const percentage = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || n > 100) throw new UsageError("OPTION_INVALID", `${name} must be a percentage from 0 to 100, not "${v}"`, `write e.g. ${name} 90`);
  return n;
};

const SEED = [-(2 ** 31), 2 ** 32 - 1] as const;

/** `--gas-tolerance <percent>`: a number ≥ 0. */
const percent = (name: string) => (v: string) => {
  if (!/^\d+(\.\d+)?$/.test(v)) throw new UsageError("CONFIG_INVALID", `${name} takes a percentage ≥ 0, not "${v}"`, `write e.g. ${name} 0.5`);
  return Number(v);
};

program
  .command("verify")
  .description("the main job: check the contracts under test (ABI vs spec, NEF vs Neo 3.5), start neo-express and the engine host, replay saved failures, run every differential property model-vs-chain on the lane (engine by default) and then the GAS gate against the baseline of these contracts there, side by side with every lane-equivalence property (engine ≡ neo-express ≡ model, every step) on chains of their own, write JSON, Markdown, HTML and JUnit reports; exit 0 pass, 1 property failed or GAS regression, 2 usage, 3 infrastructure, 4 incomplete (time limit), 130/143 interrupted")
  .option("--config <file>", "config file (default: miniapp-verify.config.json if present, else the project's own contracts)")
  .option("--app <slug...>", "apps to verify (default: every app in the config)")
  .option("--runs <n>", "generated sequences per property (≥ 1)", integer("--runs", 1, 1_000_000_000))
  .option("--seed <n>", "campaign seed (32-bit; default: random, printed and recorded)", integer("--seed", ...SEED, 42))
  .option("--time-limit <seconds>", "wall-clock limit (≥ 1); a property not reached or cut short makes the run incomplete (exit 4)", integer("--time-limit", 1, 31_536_000, 1800))
  .option("--allow-incomplete", "exit 0 (not 4) when the time limit left a property unrun or cut short and nothing failed")
  .option("--shard <k/n>", "run the k-th of n deterministic shares of the campaign (merge the shards with `report`)")
  .option("--out <dir>", "directory for the reports (default: the config's outDir, reports/out)")
  .option("--failures <dir>", "where failing sequences are saved and replayed from first", "fixtures/failures")
  .option("--no-gas", "skip the GAS gate of the hybrid/deprecated pairs")
  .option("--gas-snapshot <file>", "the GAS snapshot file of the contracts under test (overrides the config's gas.snapshot; must exist); none named and not the project's own builds: measured and G10's shape checked, no regression claim")
  .option("--gas-tolerance <percent>", "allowed GAS increase over the baseline (default: the config's gas.tolerance, 1)", percent("--gas-tolerance"))
  .addOption(laneOption("where the differential properties and the GAS gate run (default: the config's lane, engine; on neo-express, 8 sequences at once on each of two nodes, sharing their blocks); the lane-equivalence properties run every step on both, and engine-lane failures are confirmed on neo-express"))
  .option("--min-coverage <pct>", "fail (exit 1) when a contract's branch coverage is below pct % (counted on the engine hosts; default: the config's, none)", percentage("--min-coverage"))
  .option("--no-coverage", "do not count contract coverage (it is counted on the engine lane and the lane-equivalence properties, reported and written as coverage.lcov)")
  .action(async (opts: { config?: string; app?: string[]; runs?: number; seed?: number; timeLimit?: number; allowIncomplete?: boolean; shard?: string; out?: string; failures: string; gas: boolean; lane?: Lane; minCoverage?: number; coverage: boolean; gasSnapshot?: string; gasTolerance?: number }) => {
    const { verify } = await import("./commands/verify.js");
    const { parseShard } = await import("./run/shard.js");
    exitCode = await verify({
      ...(opts.config ? { config: opts.config } : {}), ...(opts.app ? { apps: opts.app } : {}), ...(opts.runs !== undefined ? { runs: opts.runs } : {}),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}), ...(opts.timeLimit !== undefined ? { timeLimitSeconds: opts.timeLimit } : {}),
      ...(opts.shard ? { shard: parseShard(opts.shard) } : {}), ...(opts.out ? { out: opts.out } : {}),
      failuresDir: resolve(opts.failures), gas: opts.gas, ...(opts.lane ? { lane: opts.lane } : {}), allowIncomplete: opts.allowIncomplete ?? false,
      ...(opts.coverage ? {} : { coverage: false }), ...(opts.minCoverage !== undefined ? { minCoverage: opts.minCoverage } : {}),
      ...(opts.gasSnapshot ? { gasSnapshot: opts.gasSnapshot } : {}), ...(opts.gasTolerance !== undefined ? { gasTolerance: opts.gasTolerance } : {}),
      log: (line) => console.log(line),
    });
  });

program
  .command("bench")
  .description("the GAS benchmark (G10) of the configured contracts' hybrid/deprecated pairs on its own neo-express: sweep, fit, table; --check compares with the baseline of these contracts (exit 1 on a regression or a hybrid no longer constant / deprecated no longer linear, 2 with no baseline), --update writes it (the config's gas.snapshot or --gas-snapshot; this project's gas/snapshots/ for its own builds)")
  .option("--config <file>", "config file naming the contracts under test (default: miniapp-verify.config.json if present, else the project's own builds)")
  .option("--app <slug...>", "apps to measure (default: every app under test that has GAS pairs)")
  .option("--check", "compare with the baseline; fail on a regression beyond the tolerance or a broken G10 shape")
  .option("--update", "write the baseline (every point; refused when a hybrid is not constant or a deprecated path not linear)")
  .option("--gas-snapshot <file>", "the snapshot file of these contracts (overrides the config's gas.snapshot)")
  .option("--gas-tolerance <percent>", "allowed increase over the baseline (default: the config's gas.tolerance, 1)", percent("--gas-tolerance"))
  .option("--points <list>", "a reduced set of n, e.g. 1,2000 (not with --update)")
  .option("--out <file>", "the sweep as JSON (default: <outDir>/gas-sweep.json)")
  .option("--probe-limit", "confirm each getter pair's predicted GAS limit on chain (minutes)")
  .action(async (opts: { config?: string; app?: string[]; check?: boolean; update?: boolean; gasSnapshot?: string; gasTolerance?: number; points?: string; out?: string; probeLimit?: boolean }) => {
    if (opts.check && opts.update) throw new UsageError("CONFIG_INVALID", "--check and --update exclude each other", "run one, then the other");
    const points = opts.points?.split(",").map((p) => Number(p.trim()));
    if (points?.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError("CONFIG_INVALID", `--points takes positive integers, not "${opts.points}"`, "write e.g. --points 1,2000");
    const { bench } = await import("./commands/bench.js");
    exitCode = await bench({
      mode: opts.check ? "check" : opts.update ? "update" : "sweep",
      ...(opts.config ? { config: opts.config } : {}), ...(opts.app ? { apps: opts.app } : {}), ...(points ? { points } : {}),
      ...(opts.gasSnapshot ? { gasSnapshot: opts.gasSnapshot } : {}), ...(opts.gasTolerance !== undefined ? { gasTolerance: opts.gasTolerance } : {}),
      ...(opts.out ? { out: opts.out } : {}), ...(opts.probeLimit ? { probeLimit: true } : {}),
      log: (line) => console.log(line),
    });
  });

program
  .command("replay")
  .description("replay one generated sequence on a fresh chain and model and print every step side by side (exit 1 when it still fails)")
  .option("--app <slug>", "the app")
  .option("--property <id>", "the property (default: the app's differential property)")
  .option("--seed <n>", "seed of the failing run", integer("--seed", ...SEED, 42))
  .option("--path <path>", "fast-check path of the shrunk case")
  .option("--replay-path <replayPath>", "fast-check replayPath of its commands (printed with the path)")
  .option("--times <ms,…>", "the delays its flexible steps got while it shared blocks with other sequences (printed with the path)")
  .option("--failure <file>", "a saved failure (fixtures/failures/<app>/<property>.json) instead of --app/--seed/--path")
  .option("--config <file>", "config file naming the contracts under test")
  .addOption(laneOption("where to replay (default neo-express); on the engine lane the sequence is then replayed on neo-express too"))
  .action(async (opts: { app?: string; property?: string; seed?: number; path?: string; replayPath?: string; times?: string; failure?: string; config?: string; lane?: Lane }) => {
    const { replay } = await import("./commands/replay.js");
    exitCode = await replay({ ...opts, log: (line) => console.log(line) });
  });

program
  .command("report")
  .description("re-render a saved run summary (run.json), or merge the run.json of several shards into one report; exits with the (merged) run's exit code")
  .argument("<run.json...>", "run summaries written by `verify` (one per shard)")
  .option("--out <dir>", "directory for the reports", "reports/out")
  .option("--format <list>", `comma-separated formats: ${REPORT_FORMATS.join(",")}`, REPORT_FORMATS.join(","))
  .action(async (inputs: string[], opts: { out: string; format: string }) => {
    const { reportCommand } = await import("./commands/report.js");
    exitCode = reportCommand(inputs, { ...opts, log: (line) => console.log(line) });
  });

program
  .command("check")
  .description("check the config and the contracts under test without starting a chain: ABI against the spec, NEF against Neo 3.5.0's NeoVM, the named GAS snapshot (exit 2 on a problem)")
  .option("--config <file>", "config file (default: miniapp-verify.config.json if present, else the project's own builds)")
  .action(async (opts: { config?: string }) => {
    const { checkCommand } = await import("./commands/check.js");
    checkCommand({ ...opts, log: (line) => console.log(line) });
  });

try {
  await program.parseAsync(process.argv);
  process.exit(exitCode);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exit(e.exitCode === 0 ? EXIT.ok : EXIT.usage);
  }
  if (e instanceof ReportWriteError) {
    console.error(`miniapp-verify: REPORT_UNWRITABLE: ${e.message}${e.written.length ? `; written before it: ${e.written.join(", ")}` : ""}`);
    process.exit(EXIT.infrastructure);
  }
  if (e instanceof UsageError) {
    console.error(`miniapp-verify: ${e.code}: ${e.message}`);
    process.exit(EXIT.usage);
  }
  if (e instanceof HarnessError) {
    console.error(`miniapp-verify: ${e.code}: ${e.message}`);
    process.exit(e.code === "NEF_MISSING" || e.code === "CHAIN_FILE_MISSING" || e.code === "UNKNOWN_ACCOUNT" || e.code === "UNKNOWN_CONTRACT" ? EXIT.usage : EXIT.infrastructure);
  }
  console.error(e);
  process.exit(EXIT.infrastructure);
}
