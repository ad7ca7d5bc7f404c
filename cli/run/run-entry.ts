import type { ResolvedConfig } from "../../config/load-config.js";
import type { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import type { CatalogEntry } from "../../properties/catalog.js";
import { loadFailures, staleness } from "../../properties/harness/failure-store.js";
import { runProperty } from "../../properties/harness/run-property.js";
import type { PropertyResult } from "../../reports/run-summary.js";
import type { Progress } from "./progress.js";
import { propertySeed } from "./property-seed.js";
import { replayCommandFor } from "./replay-command.js";
import type { placeProperty } from "./run-lanes.js";

/** What every property of a verify run shares, in whichever stream (and thread) it runs. */
export interface EntryRun {
  readonly campaignSeed: number;
  readonly config: ResolvedConfig;
  /** The run's wall-clock deadline (ms since the epoch). */
  readonly deadline: number;
  readonly failuresDir: string;
  readonly log: (line: string) => void;
}

/** Where a catalog entry runs (placeProperty's answer), asked only when it is about to run. */
export type Placed = Awaited<ReturnType<typeof placeProperty>>;

/**
 * One catalog entry of a verify run: its saved failures replayed first, then the property at the
 * run's budget, its line logged. Past the time limit it is reported skipped under `title`, without
 * starting what it would run on (`place`: a judged pair). On the engine lane, a failure is
 * replayed on neo-express before it is reported (placeProperty's options).
 */
export async function runEntry(entry: CatalogEntry, place: () => Promise<Placed>, title: () => string, run: EntryRun, bar: Progress): Promise<PropertyResult[]> {
  const { config, deadline, failuresDir, log } = run;
  const seed = config.seed ?? propertySeed(run.campaignSeed, entry.app, entry.property);
  const savedFailures = loadFailures(entry.app, failuresDir).filter((f) => f.property === entry.property);
  const skipped = (title: string): PropertyResult =>
    ({ app: entry.app, property: entry.property, title, verdict: "skipped", seed, numRuns: 0, steps: 0, durationMs: 0, error: "time limit reached before this property" });
  if (deadline <= Date.now() && savedFailures.length === 0) return [skipped(title())];
  const { property, options: onLanes, sharedBlocks } = await place();
  const replayCommand = replayCommandFor(entry.app, entry.property, { engineLane: !!onLanes.judge, ...(config.file ? { configFile: config.file } : {}) });
  const results: PropertyResult[] = [];
  // Saved failures first: a bug found once is checked again before anything new is generated.
  for (const saved of savedFailures) {
    const changed = staleness(saved.fingerprint, property.fingerprint());
    if (changed.length > 0) {
      log(`warning saved failure ${entry.app}/${entry.property} (seed ${saved.seed}) is stale, skipped: ${changed.join("; ")}`);
      continue;
    }
    log(`replay  saved failure ${entry.app}/${entry.property} seed ${saved.seed} path ${saved.path}`);
    const r = await runProperty(property, { numRuns: 1, seed: saved.seed, path: saved.path, ...(saved.replayPath ? { replayPath: saved.replayPath } : {}), ...(saved.times ? { times: saved.times } : {}), replayCommand, ...onLanes });
    results.push({ ...r, title: `${r.title} (saved failure)` });
  }
  const timeLeft = deadline - Date.now();
  if (timeLeft <= 0) {
    results.push(skipped(property.title));
    return results;
  }
  log(`run     ${entry.app}/${entry.property}: ${config.budget.sequences} sequences, seed ${seed}`);
  const before = sharedTotals(sharedBlocks);
  bar.start(`${entry.app}/${entry.property}`, config.budget.sequences);
  const r = await runProperty(property, { numRuns: config.budget.sequences, seed, replayCommand, failuresDir, interruptAfterMs: timeLeft, onSequence: bar.update, ...onLanes })
    .finally(() => bar.stop());
  const shared = sharedBlocks.length > 0 ? since(before, sharedTotals(sharedBlocks)) : undefined;
  log(`${r.verdict.padEnd(7)} ${entry.app}/${entry.property}: ${r.numRuns} sequences, ${r.steps} steps, ${Math.round(r.durationMs)} ms${shared ? `, ${shared.transactions} transactions in ${shared.blocks} shared blocks` : ""}${r.counterexample ? `\n        ${r.error}\n        replay: ${r.counterexample.replay}` : ""}`);
  results.push(shared ? { ...r, sharedBlocks: shared } : r);
  return results;
}

/** Blocks made and transactions carried so far by these shared blocks (the judged pairs', or the neo-express lane's), summed. */
function sharedTotals(blocks: readonly SharedBlocks[]): { blocks: number; transactions: number } {
  return blocks.reduce((t, b) => ({ blocks: t.blocks + b.stats.blocks, transactions: t.transactions + b.stats.steps }), { blocks: 0, transactions: 0 });
}

function since(before: { blocks: number; transactions: number }, now: { blocks: number; transactions: number }) {
  return { blocks: now.blocks - before.blocks, transactions: now.transactions - before.transactions };
}
