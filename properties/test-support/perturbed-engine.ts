import type { EngineDriver } from "../../neo-express/driver/engine/engine-driver.js";
import type { ExecutionJson } from "../../neo-express/driver/to-outcome.js";
import type { HostReply } from "../../neo-express/driver/engine/engine-host.js";

/**
 * Makes an engine lane deliberately wrong, at the host protocol: every execution of a block
 * passes through `change` before the driver reads it, as if the host had a bug. For tests that
 * show the lane-equivalence property and the engine-failure confirmation bite.
 */
export function perturbExecutions(engine: EngineDriver, change: (e: ExecutionJson) => ExecutionJson): () => void {
  const host = engine.host;
  const original = host.request;
  const request = host.request.bind(host);
  const perturb = (block: { executions: ExecutionJson[] }) => ({ ...block, executions: block.executions.map(change) });
  host.request = (async (op: string, params?: Record<string, unknown>) => {
    const result = await request(op, params);
    if (op === "executeBlock") return perturb(result as { executions: ExecutionJson[] });
    if (op !== "batch") return result;
    // A differential step sends its block inside a batch (with the reads that follow it).
    const requests = (params as { requests: { op: string }[] }).requests;
    const { results } = result as { results: HostReply[] };
    return { results: results.map((r, i) => (r.ok && requests[i]!.op === "executeBlock" ? { ...r, result: perturb(r.result as { executions: ExecutionJson[] }) } : r)) };
  }) as typeof host.request;
  // The engine of a session is shared by its tests: the perturbation ends with the test that made it.
  return () => { host.request = original; };
}

const THROWN = "An unhandled exception was thrown. ";

/** One datoshi more GAS on every FAULT: invisible to the model (which does not model GAS). */
export const faultGasPlusOne = (e: ExecutionJson): ExecutionJson =>
  (e.state ?? e.vmstate) === "FAULT" ? { ...e, gasconsumed: String(BigInt(e.gasconsumed) + 1n) } : e;

/** Every thrown message replaced: the model sees it, neo-express does not do it. */
export const wrongThrownMessage = (e: ExecutionJson): ExecutionJson =>
  e.exception?.startsWith(THROWN) ? { ...e, exception: THROWN + "the engine says no" } : e;
