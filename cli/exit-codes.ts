/** The exit codes the CI gate relies on (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** A property failed, or a GAS regression. */
  failed: 1,
  /** Usage or configuration error. */
  usage: 2,
  /** Infrastructure: the chain did not start, died, or RPC timed out. Never a pass. */
  infrastructure: 3,
} as const;
