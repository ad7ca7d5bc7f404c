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
  const original = { request: host.request, batch: host.batch };
  const [request, batch] = [host.request.bind(host), host.batch.bind(host)];
  const perturb = (block: { executions: ExecutionJson[] }) => ({ ...block, executions: block.executions.map(change) });
  host.request = (async (op: string, params?: Record<string, unknown>) => {
    const result = await request(op, params);
    return op === "executeBlock" ? perturb(result as { executions: ExecutionJson[] }) : result;
  }) as typeof host.request;
  // A differential step sends its block among other operations (the reads that follow it, the
  // switch to its state); the host message carrying them may carry other sequences' too.
  host.batch = (async (requests: readonly ({ op: string } & Record<string, unknown>)[]) => {
    const results: HostReply[] = await batch(requests);
    return results.map((r, i) => (r.ok && requests[i]!.op === "executeBlock" ? { ...r, result: perturb(r.result as { executions: ExecutionJson[] }) } : r));
  }) as typeof host.batch;
  // The engine of a session is shared by its tests: the perturbation ends with the test that made it.
  return () => { Object.assign(host, original); };
}

const THROWN = "An unhandled exception was thrown. ";

/** One datoshi more GAS on every FAULT: invisible to the model (which does not model GAS). */
export const faultGasPlusOne = (e: ExecutionJson): ExecutionJson =>
  (e.state ?? e.vmstate) === "FAULT" ? { ...e, gasconsumed: String(BigInt(e.gasconsumed) + 1n) } : e;

/** Every thrown message replaced: the model sees it, neo-express does not do it. */
export const wrongThrownMessage = (e: ExecutionJson): ExecutionJson =>
  e.exception?.startsWith(THROWN) ? { ...e, exception: THROWN + "the engine says no" } : e;
