import { arg } from "../../../neo-express/driver/abi-arg.js";
import { MAX_LOCK_DAYS } from "../../../simulator/apps/compound-capsule/constants.js";
import type { Capsule } from "../../../simulator/apps/compound-capsule/capsule-record.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { Bound } from "../../patterns/bounds/bound-command.js";
import { createCall } from "./commands/create-capsule.js";
import { activeAt, capsuleRecord, senderWith, type CompoundSequence, type KnownCapsule } from "./sequence-model.js";

/** After a step: T_last, and the capsules the model holds beyond those the sequence knows (created by `owner`). */
function sync(m: CompoundSequence, r: DifferentialRun, owner: string): void {
  m.time = r.time;
  for (let id = BigInt(m.capsules.length) + 1n; capsuleRecord(m, id) !== null; id++) m.capsules.push({ id, owner });
}

/**
 * CompoundCapsule's bounds (compound-capsule.md "Constants", CC-P7), each first value past and last
 * value inside: createCapsule's lockDays 6 / 7 and 366 / 365 ("invalid lock period"), neoAmount
 * 0 / 1 ("min 1 NEO"); extendLock's additionalDays 6 / 7 ("min 7 days extension") and
 * LockDays + additionalDays 366 / 365 ("exceeds max lock") on an active capsule with LockDays ≤ 358.
 */
export function compoundBounds(owner: string): Bound<CompoundSequence>[] {
  const create = (name: string, message: string, past: [bigint, bigint], inside: [bigint, bigint]): Bound<CompoundSequence> => ({
    name, message,
    applicable: () => true,
    prepare: async () => {},
    past: (m, r) => ({ call: createCall(m, r, owner, ...past), sender: senderWith(owner, "entry+NEO") }),
    inside: (m, r) => ({ call: createCall(m, r, owner, ...inside), sender: senderWith(owner, "entry+NEO") }),
    afterStep: (m, r) => sync(m, r, owner),
    // No check of createCapsule reads the time: both values hold at any time.
    latest: () => null,
  });
  let target: KnownCapsule = { id: 1n, owner };
  const extendable = (c: Capsule) => c.lockDays <= MAX_LOCK_DAYS - 7n;
  const extend = (name: string, message: string, past: (c: Capsule) => bigint, inside: (c: Capsule) => bigint): Bound<CompoundSequence> => {
    let c: Capsule | undefined;
    const call = (m: CompoundSequence, days: bigint) => ({ call: { contract: m.app, method: "extendLock", args: [arg.int(target.id), arg.int(days)] }, sender: target.owner });
    return {
      name, message,
      applicable: (m) => activeAt(m, 0, extendable) !== undefined,
      prepare: async (m) => {
        const found = activeAt(m, 0, extendable)!;
        target = found.known;
        c = found.c;
      },
      past: (m) => call(m, past(c!)),
      inside: (m) => call(m, inside(c!)),
      afterStep: (m, r) => sync(m, r, owner),
      // No check of extendLock reads the time (an unlocked capsule may still be extended): at any time.
      latest: () => null,
    };
  };
  return [
    create("createCapsule(lockDays ≥ 7)", "invalid lock period", [5n, 6n], [5n, 7n]),
    create("createCapsule(lockDays ≤ 365)", "invalid lock period", [5n, 366n], [5n, 365n]),
    create("createCapsule(neoAmount ≥ 1)", "min 1 NEO", [0n, 30n], [1n, 30n]),
    extend("extendLock(additionalDays ≥ 7)", "min 7 days extension", () => 6n, () => 7n),
    extend("extendLock(LockDays + additionalDays ≤ 365)", "exceeds max lock", (c) => MAX_LOCK_DAYS + 1n - c.lockDays, (c) => MAX_LOCK_DAYS - c.lockDays),
  ];
}
