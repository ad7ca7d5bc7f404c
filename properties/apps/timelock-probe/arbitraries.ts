import fc from "fast-check";
import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { flexible, type DifferentialRun, type FlexibleDelay } from "../../harness/differential-run.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { ProbeCall, ProbeRead } from "../base-probe/probe-call.js";
import type { TimeLockSequence } from "./timelock-sequence.js";

/**
 * Generators of MiniAppTimeLockBase sequences on MiniAppTimeLockProbe (devpack.md §4): items
 * locked with an unlock time around the block's own time (the "unlock time must be future"
 * boundary: 1 ms before, at, 1 ms after), revealed by anyone, any id (existing, 0, past the
 * counter), and the getters (`isUnlockable`, `timeRemaining` read at the next block's time) on
 * both sides of each unlock time. Pause and admin steps are the base probe's (DP-differential).
 */
const who = (r: DifferentialRun, name: string): AbiArg => (name === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, name).scriptHash));
const call = (m: TimeLockSequence, method: string, ...args: AbiArg[]): ContractCall => ({ contract: m.app, method, args });

/**
 * Block delays short and long against the unlock offsets below. The constants are aimed at an
 * unlock time relative to the step before (a lock `+1 000 ms` or `+60 000 ms` then a read or
 * reveal 1 ms before, at, 1 ms after it): exact (README §5). The plain gap (1 ms … 5 s) is aimed
 * at nothing: it is flexible, so lane-equivalence sequences can share its block (alone and in
 * the differential property it is exactly the drawn gap), with a slack of its own range's 5 s,
 * which keeps it far short of the 60 s offset; the step's outcome is compared in full at the time
 * it ran, and a lock's unlock time is computed from that time (lock below).
 */
const PLAIN_SLACK_MS = 5_000n;
const delay: fc.Arbitrary<bigint | FlexibleDelay> = fc.oneof(
  { weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 5_000n }).map((ms): bigint | FlexibleDelay => flexible(ms, PLAIN_SLACK_MS)) },
  { weight: 2, arbitrary: fc.constantFrom<bigint | FlexibleDelay>(999n, 1_000n, 1_001n, 60_000n) },
);
/** Unlock time relative to the locking block's time (ms): the boundary and a few later ones. */
const offset = fc.constantFrom(-1_000n, -1n, 0n, 1n, 1_000n, 60_000n, 3_600_000n);
/** An item id relative to the items locked so far: the last, the first, 0, one past the counter. */
const itemPick = fc.nat(3);
const itemOf = (m: TimeLockSequence, pick: number) => {
  const count = BigInt(m.items.length);
  return pick === 0 ? count : pick === 1 ? 1n : pick === 2 ? 0n : count + 1n;
};

type Cmd = DifferentialCommand<TimeLockSequence>;

export function timeLockCommands(): fc.Arbitrary<Cmd>[] {
  const lock = fc.tuple(fc.constantFrom("u1", "u2", "admin"), offset, delay).map(([s, off, d]): Cmd => new ProbeCall<TimeLockSequence>(`lockItem(now ${off >= 0n ? "+" : "−"} ${off >= 0n ? off : -off} ms)`, s, d,
    // The unlock time is the lock's own block time plus the offset, built for the time the block
    // really has (for an exact delay: T_last + d, as always), so the "must be future" boundary
    // pair is met exactly whenever the lock runs.
    (m) => (time) => call(m, "lockItem", arg.int(time + off)),
    (m, o) => {
      const id = o.state === "HALT" ? o.stack[0] : undefined;
      if (id?.type === "Integer") m.items.push(id.value);
    }));
  const reveal = fc.tuple(fc.constantFrom("u1", "u2"), itemPick, fc.constantFrom("u1", "u2", "zero"), delay)
    .map(([s, pick, by, d]): Cmd => new ProbeCall<TimeLockSequence>(`revealItem(pick ${pick}, ${by})`, s, d, (m, r) => call(m, "revealItem", arg.int(itemOf(m, pick)), who(r, by))));
  const reads = itemPick.map((pick): Cmd => new ProbeRead<TimeLockSequence>(`item pick ${pick}`, (m) => {
    const id = arg.int(itemOf(m, pick));
    return [call(m, "totalItems"), call(m, "getUnlockTime", id), call(m, "isRevealed", id), call(m, "isUnlockable", id), call(m, "timeRemaining", id)];
  }));
  return [lock, lock, lock, reveal, reveal, reads, reads];
}
