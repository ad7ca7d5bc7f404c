import type { StackItem } from "./stack-item.js";

/**
 * The result of one contract call, the same type on both sides of a differential run: the chain
 * driver builds it from an invoke result or an application log, the model returns it directly.
 */
export type Outcome = HaltOutcome | FaultOutcome;

interface OutcomeBase {
  /** `Runtime.Time` the call saw (block timestamp, or T_last + MS_PER_BLOCK for a test invocation). */
  readonly time: bigint;
  /** GAS consumed by the script, datoshi (the model leaves it undefined: GAS is not modelled). */
  readonly gasConsumed?: bigint;
}

export interface HaltOutcome extends OutcomeBase {
  readonly state: "HALT";
  readonly stack: readonly StackItem[];
  readonly notifications: readonly Notification[];
}

export interface FaultOutcome extends OutcomeBase {
  readonly state: "FAULT";
  /** The engine's exception text as it came. */
  readonly exception: string;
  /** The thrown message (spec README §7), when the fault came from `throw`; else undefined. */
  readonly message?: string;
}

export interface Notification {
  /** Emitting contract, display form `0x…` (big-endian). */
  readonly contract: string;
  readonly eventName: string;
  readonly args: readonly StackItem[];
}

const THROWN = "An unhandled exception was thrown. ";

/** The thrown message inside a FAULT's exception text (README §7), or undefined. */
export function thrownMessage(exception: string): string | undefined {
  return exception.startsWith(THROWN) ? exception.slice(THROWN.length) : undefined;
}
