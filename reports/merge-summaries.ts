import type { RunSummary } from "./run-summary.js";
import { mergeCoverage } from "../contract-coverage/merge-coverage.js";
import { belowMinCoverage } from "../contract-coverage/min-coverage.js";

/**
 * Worst first: an interrupted shard (130, 143), then an infrastructure failure, a usage error, a
 * failed property, an incomplete run (a property the time limit left unrun), a pass.
 */
const SEVERITY = [143, 130, 3, 2, 1, 4, 0];
const worst = (codes: number[]) => SEVERITY.find((c) => codes.includes(c)) ?? Math.max(...codes);

const earliest = (xs: string[]) => [...xs].sort()[0]!;
const latest = (xs: string[]) => [...xs].sort().at(-1)!;

/**
 * One summary from the JSON of several shards (`--shard k/n` on many machines): properties, GAS
 * pairs, contracts and errors concatenated in shard order (contracts once per app and NEF hash),
 * the run's span from the first start to the last finish, and the worst exit code. The tool and
 * chain of the first shard head the result; a shard from another tool version or chain is kept
 * but recorded as an error, since its verdicts are not comparable.
 */
function mergeSummaries(shards: readonly RunSummary[]): RunSummary {
  const first = shards[0];
  if (!first) throw new Error("mergeSummaries needs at least one summary");
  if (shards.length === 1) return first;
  const ordered = [...shards].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const contracts = new Map(ordered.flatMap((s) => s.contracts).map((c) => [`${c.app}\u0000${c.nefSha256}`, c]));
  const mismatched = ordered.filter((s) => s.tool.version !== first.tool.version || s.chain.userAgent !== first.chain.userAgent || s.lane !== first.lane);
  const started = earliest(ordered.map((s) => s.startedAt));
  const finished = latest(ordered.map((s) => s.finishedAt));
  return {
    schemaVersion: 1,
    tool: first.tool,
    startedAt: started,
    finishedAt: finished,
    // Shards run in parallel: the merged duration is wall-clock, not the sum.
    durationMs: Math.max(Date.parse(finished) - Date.parse(started), ...ordered.map((s) => s.durationMs)),
    lane: first.lane,
    chain: first.chain,
    contracts: [...contracts.values()],
    properties: ordered.flatMap((s) => s.properties),
    gas: ordered.flatMap((s) => s.gas),
    ...coverageOf(ordered),
    errors: [
      ...ordered.flatMap((s) => s.errors),
      ...mismatched.map((s) => ({ code: "SHARD_MISMATCH", message: `shard ${s.shard?.index ?? "?"} ran ${s.tool.name} ${s.tool.version} on ${s.chain.userAgent} (${s.lane}), not ${first.tool.version} on ${first.chain.userAgent} (${first.lane})` })),
    ],
    exitCode: mismatched.length ? worst([...ordered.map((s) => s.exitCode), 2]) : worst(ordered.map((s) => s.exitCode)),
  };
}

/** Coverage added up over the shards, and the gate recomputed on the sum. */
function coverageOf(shards: readonly RunSummary[]): Pick<RunSummary, "coverage" | "coverageGate"> {
  const counted = shards.flatMap((s) => (s.coverage ? [s.coverage] : []));
  if (counted.length === 0) return {};
  const coverage = mergeCoverage(counted);
  const gate = shards.find((s) => s.coverageGate)?.coverageGate;
  return { coverage, ...(gate ? { coverageGate: { minBranchPercent: gate.minBranchPercent, below: belowMinCoverage(coverage, gate.minBranchPercent) } } : {}) };
}

export { mergeSummaries };
