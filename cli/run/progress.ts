import { SingleBar, Presets } from "cli-progress";

/**
 * The progress of a long run on a terminal: which property runs, sequences done of the budget,
 * steps, failing sequences so far (shrinking included). Off a terminal (CI logs) it stays quiet:
 * the per-property lines of `verify` say enough there.
 */
export interface Progress {
  start(label: string, total: number): void;
  update(runs: number, steps: number, failed: boolean): void;
  stop(): void;
}

export function progress(enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return { start() {}, update() {}, stop() {} };
  const bar = new SingleBar({
    format: "{label} [{bar}] {value}/{total} sequences · {steps} steps · {failures} failing",
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  }, Presets.shades_classic);
  let failures = 0;
  let total = 0;
  return {
    start(label, t) {
      failures = 0;
      total = t;
      bar.start(t, 0, { label, steps: 0, failures: 0 });
    },
    update(runs, steps, failed) {
      if (failed) failures++;
      // Shrinking re-runs sequences past the budget: grow the bar rather than overflow it.
      if (runs > total) bar.setTotal((total = runs));
      bar.update(runs, { steps, failures });
    },
    stop() {
      bar.stop();
    },
  };
}
