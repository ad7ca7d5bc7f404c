/** The exit codes the CI gate relies on (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** A property failed, or a GAS regression. */
  failed: 1,
  /** Usage or configuration error. */
  usage: 2,
  /** Infrastructure: the chain did not start, died, or RPC timed out; a report that could not be written. Never a pass. */
  infrastructure: 3,
  /** Nothing failed, but the time limit left a property unrun or cut short (0 with --allow-incomplete). */
  incomplete: 4,
  /** Stopped by SIGINT (Ctrl-C) or SIGTERM (a CI job cancelled): 128 + the signal's number; the partial report is written. */
  interrupted: { SIGINT: 130, SIGTERM: 143 },
} as const;
