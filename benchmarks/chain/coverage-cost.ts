// What counting contract coverage costs the engine host (issue #15): the host's own CPU time
// (utime + stime from /proc, so other load on the machine does not count) for the same
// DoomsdayClock sequences on the engine lane, with and without counting, alternated three times.
// Usage: npm run bench:coverage [-- --runs 40]
import { readFileSync } from "node:fs";
import { EngineDriver } from "../../neo-express/driver/engine/engine-driver.js";
import { runProperty } from "../../properties/harness/run-property.js";
import { chainContext } from "../../properties/test-support/doomsday-context.js";
import { doomsdayDifferential } from "../../properties/apps/doomsday-clock/doomsday-differential.js";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 40);
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 100 Hz ticks
};

const engine = await EngineDriver.start();
try {
  const pid = engine.host.pid!;
  const ctx = chainContext(engine);
  await runProperty(doomsdayDifferential(ctx, 20), { numRuns: 2, seed: 1, lanes: ["engine"], replayCommand: () => "" });
  const measured: Record<"with" | "without", number[]> = { with: [], without: [] };
  for (let round = 0; round < 3; round++) {
    for (const mode of ["without", "with"] as const) {
      if (mode === "with") await engine.startCoverage();
      const before = cpuMs(pid);
      const r = await runProperty(doomsdayDifferential(ctx, 20), { numRuns: runs, seed: 7, lanes: ["engine"], replayCommand: () => "" });
      measured[mode].push(cpuMs(pid) - before);
      if (mode === "with") await engine.coverage(true);
      if (round === 0 && mode === "with") console.log(`${runs} sequences, ${r.steps} steps per measurement`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const [w, wo] = [median(measured.with), median(measured.without)];
  console.log(`engine host CPU, median of 3: without coverage ${wo} ms, with ${w} ms (${(((w - wo) / wo) * 100).toFixed(1)} %); all: without ${measured.without.join(", ")}, with ${measured.with.join(", ")}`);
} finally {
  await engine.close();
}
