import { Worker } from "node:worker_threads";
import { HarnessError, type HarnessErrorCode } from "../../neo-express/harness-error.js";
import type { RawCoverage } from "../../contract-coverage/raw-coverage.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { PropertyResult } from "../../reports/run-summary.js";
import type { FromStream, JudgedStreamInput, PortableError, ToStream } from "./judged-stream-protocol.js";
import type { Progress } from "./progress.js";

/**
 * The lane-equivalence stream of a verify run, in a worker thread of its own
 * (judged-stream-worker.ts), beside the run's lane and GAS gate in the main thread.
 *
 * Why a thread (issue #16, target 4): a lane-equivalence block waits for its round trips, and its
 * replies waited behind the engine lane's model work on the one JavaScript thread. With the two
 * streams in two processes, the whole default campaign (`--config` of the lane-equivalence entries
 * beside one of the rest, seed 1) ran lane equivalence at 184.3 steps/s, against 149.1 in one
 * process (seed 3609756) and 138.3 to 152.7 at stop 21; both cores were then busy while both streams
 * ran, instead of 120 to 150 %.
 *
 * The thread's neo-express nodes and engine hosts are this process's children: the process
 * registry kills them with the run's own on exit and on a signal (process-registry.ts). `halt`
 * asks the stream to end after the property under way, `stop` kills its pairs at once.
 */
export interface JudgedStream {
  /** Resolves when the stream has ended and its pairs are stopped: what their engines counted. Rejects with what stopped it. */
  readonly done: Promise<RawCoverage[]>;
  halt(): void;
  stop(): void;
}

export function startJudgedStream(input: Omit<JudgedStreamInput, "world"> & { readonly world: WorldContracts }, o: {
  readonly log: (line: string) => void;
  readonly bar: Progress;
  /** The results of the stream's index-th entry. */
  readonly onResults: (index: number, results: readonly PropertyResult[]) => void;
}): JudgedStream {
  const world = { ...input.world, apps: input.world.apps.map((a) => ({ slug: a.entry.slug, files: a.files })) };
  const worker = new Worker(new URL("./judged-stream-worker.mjs", import.meta.url), { workerData: { ...input, world } satisfies JudgedStreamInput });
  const send = (m: ToStream) => worker.postMessage(m);
  const done = new Promise<RawCoverage[]>((resolve, reject) => {
    let ended = false;
    worker.on("message", (m: FromStream) => {
      switch (m.kind) {
        case "log": return o.log(m.line);
        case "bar": return m.op === "start" ? o.bar.start(m.label, m.total) : m.op === "update" ? o.bar.update(m.runs, m.steps, m.failed) : o.bar.stop();
        case "results": return o.onResults(m.index, m.results);
        case "end":
          ended = true;
          void worker.terminate();
          return m.error ? reject(rebuilt(m.error)) : resolve([...m.coverage]);
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!ended) reject(new Error(`the lane-equivalence thread ended (exit ${code}) before its stream did`));
    });
  });
  return { done, halt: () => send({ kind: "halt" }), stop: () => send({ kind: "stop" }) };
}

function rebuilt(e: PortableError): Error {
  const error = e.code !== undefined && e.fix !== undefined ? new HarnessError(e.code as HarnessErrorCode, e.message, e.fix) : Object.assign(new Error(e.message), { name: e.name });
  if (e.stack) error.stack = e.stack;
  return error;
}
