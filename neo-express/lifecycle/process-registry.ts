import type { ChildProcess } from "node:child_process";

/**
 * Every neoxp process this Node process started, killed on exit, Ctrl-C, SIGTERM and uncaught
 * errors, so that no node outlives a test run or a CLI run.
 */
const live = new Set<ChildProcess>();
let hooked = false;

export function register(child: ChildProcess): void {
  live.add(child);
  child.once("exit", () => live.delete(child));
  if (!hooked) {
    hooked = true;
    process.once("exit", killAll);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.once(signal, () => {
        killAll();
        // A command that handles the signal itself (verify writes its partial report) exits itself.
        if (process.listenerCount(signal) === 0) process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
      });
    }
  }
}

export function killAll(): void {
  for (const child of live) {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

export function liveCount(): number {
  return live.size;
}
