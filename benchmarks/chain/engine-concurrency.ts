// Engine lane throughput, one sequence at a time vs several at once on one host (issue #16 item
// 2): the DoomsdayClock differential (seed 1, 20 max commands) on one engine host, alternating
// `--concurrency` 1 and each given value, `--rounds` times, in one process, so the ratio is
// measured under the same load (the machine is shared: absolute figures are not). Prints
// steps/s per setting and round, the medians and the ratio, the load average before and after.
// With MINIAPP_ENGINE_TIMING=1 the host prints its own profile when it exits (HostTiming.cs).
// Run: npm run bench:engine [-- --sequences 100 --concurrency 4,8 --rounds 3]. A benchmark, never a test.
import os from "node:os";
import { parseArgs } from "node:util";
import { EngineDriver } from "../../neo-express/driver/engine/engine-driver.js";
import { doomsdayDifferential } from "../../properties/apps/doomsday-clock/doomsday-differential.js";
import { runProperty } from "../../properties/harness/run-property.js";
import { chainContext, projectContracts } from "../../properties/test-support/doomsday-context.js";

const { values } = parseArgs({ options: { sequences: { type: "string", default: "100" }, concurrency: { type: "string", default: "4,8" }, rounds: { type: "string", default: "3" } } });
const sequences = Number(values.sequences);
const settings = [1, ...values.concurrency!.split(",").map(Number)];
if (!(sequences >= 1) || settings.some((c) => !(c >= 1)) || !(Number(values.rounds) >= 1)) {
  console.error("usage: npm run bench:engine -- [--sequences 100] [--concurrency 4,8] [--rounds 3]");
  process.exit(2);
}
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" / ");
const loadBefore = load();
const engine = await EngineDriver.start();
const rates = new Map<number, number[]>(settings.map((c) => [c, []]));
try {
  const ctx = chainContext(engine, projectContracts(), 1);
  // Warm-up: builds the world and its fork, JITs both sides.
  await runProperty(doomsdayDifferential(ctx, 20), { numRuns: 10, seed: 7, replayCommand: () => "", lanes: ["engine"], concurrency: 2 });
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const c of round % 2 === 0 ? settings : [...settings].reverse()) {
      const r = await runProperty(doomsdayDifferential(ctx, 20), { numRuns: sequences, seed: 1, replayCommand: () => "", lanes: ["engine"], concurrency: c });
      if (r.verdict !== "pass") throw new Error(`concurrency ${c}: ${r.verdict} ${r.error ?? ""}`);
      const perSecond = r.steps / (r.durationMs / 1000);
      rates.get(c)!.push(perSecond);
      console.error(`[bench:engine] round ${round + 1}, ${c} at once: ${r.numRuns} sequences, ${r.steps} steps, ${r.durationMs.toFixed(0)} ms, ${perSecond.toFixed(1)} steps/s`);
    }
  }
} finally {
  await engine.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(rates.get(1)!);
console.log(`command: npm run bench:engine -- --sequences ${sequences} --concurrency ${values.concurrency} --rounds ${values.rounds}`);
console.log(`machine: ${os.cpus().length} CPUs, node ${process.version}; load average 1/5/15 min: ${loadBefore} before, ${load()} after\n`);
console.log("| sequences at once | steps/s (median) | rounds | vs one at a time |\n| ---: | ---: | --- | ---: |");
for (const c of settings) console.log(`| ${c} | ${median(rates.get(c)!).toFixed(1)} | ${rates.get(c)!.map((x) => x.toFixed(0)).join(", ")} | ${(median(rates.get(c)!) / base).toFixed(2)}× |`);
