import type { ChildProcess } from "node:child_process";
import { BroadcastChannel, isMainThread } from "node:worker_threads";

/**
 * Every neoxp process (and engine host) this Node process started, killed on exit, Ctrl-C,
 * SIGTERM and uncaught errors, so that no node outlives a test run or a CLI run.
 *
 * Signals reach the main thread only, and a worker thread may be cut short: the children a
 * worker thread starts (verify's lane-equivalence stream) are announced to the main thread,
 * which kills them with its own.
 */
const live = new Set<ChildProcess>();
/** Children of this process that worker threads started and that still run (main thread only). */
const adopted = new Set<number>();
let hooked = false;

const channel = new BroadcastChannel("miniapp-verify/process-registry");
channel.unref();
if (isMainThread) {
  channel.onmessage = (event) => {
    const { pid, running } = (event as { data: { pid: number; running: boolean } }).data;
    if (running) {
      adopted.add(pid);
      hook();
    } else {
      adopted.delete(pid);
    }
  };
}

export function register(child: ChildProcess): void {
  live.add(child);
  const pid = child.pid;
  if (!isMainThread && pid !== undefined) channel.postMessage({ pid, running: true });
  child.once("exit", () => {
    live.delete(child);
    if (!isMainThread && pid !== undefined) channel.postMessage({ pid, running: false });
  });
  hook();
}

function hook(): void {
  if (hooked) return;
  hooked = true;
  process.once("exit", killAll);
  // A worker thread gets no signals (the main thread's handlers kill its children).
  if (!isMainThread) return;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      killAll();
      // A command that handles the signal itself (verify writes its partial report) exits itself.
      if (process.listenerCount(signal) === 0) process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
}

export function killAll(): void {
  for (const child of live) {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  for (const pid of adopted) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  adopted.clear();
}

export function liveCount(): number {
  return live.size;
}
