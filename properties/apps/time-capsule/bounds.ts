import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, BURY_FEE, EXTEND_FEE, MAX_LOCK, MIN_LOCK } from "../../../simulator/apps/time-capsule/constants.js";
import type { Capsule } from "../../../simulator/apps/time-capsule/capsule-record.js";
import { flexible, type DifferentialRun, type PatternLatest } from "../../harness/differential-run.js";
import type { Bound } from "../../patterns/bounds/bound-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { buryCall, type BuryShape } from "./commands/bury.js";
import { capsuleCount, capsuleData, nameOf, type CapsuleSequence } from "./sequence-model.js";

const SHAPE: BuryShape = { contentBytes: 32, titleBytes: 10, lockMs: MIN_LOCK + 60_000n, isPublic: true, category: 3n };

/**
 * TimeCapsule's bounds (time-capsule.md "Constants", TC-P5), each first value past and last value
 * inside: the lock `unlockTime − now` at MIN_LOCK − 1 / MIN_LOCK and MAX_LOCK + 1 / MAX_LOCK, the
 * content hash at 0 / 1 and 257 / 256 bytes, the title at 101 / 100 bytes, the category at 0 / 1
 * and 6 / 5; `extendUnlockTime` with `newUnlockTime − CreateTime` = MAX_LOCK + 1 / MAX_LOCK and
 * with `newUnlockTime` = now / now + 1. Calls run 1 ms after T_last, which is their `now`.
 */
export function capsuleBounds(owner: string): Bound<CapsuleSequence>[] {
  let receipt = 0n;
  const after = (m: CapsuleSequence, r: DifferentialRun) => { m.time = r.time; };
  // The values are built for T_last + 1 ms (before their block's time is known). For the lock's
  // own bounds that time is the bound (unlockTime − now): they stay exact. The other bounds'
  // shape locks MIN_LOCK + 60 s, so that their lock check passes in any block up to 60 s after
  // the payment (the first value's T_last + 1 ms; the second's is later still).
  const bury = (name: string, message: string, past: Partial<BuryShape>, inside: Partial<BuryShape>, timed = false): Bound<CapsuleSequence> => ({
    name, message,
    applicable: () => true,
    // The payment only makes the receipt: it may share a block (the values count from it).
    prepare: async (m, r) => { receipt = (await payReceipt(m, r, owner, BURY_FEE, flexible(1_000n), APP_ID)) ?? 0n; },
    past: (m, r) => ({ call: buryCall(m, r, owner, { ...SHAPE, ...past }, receipt, r.time + 1n), sender: owner }),
    inside: (m, r) => ({ call: buryCall(m, r, owner, { ...SHAPE, ...inside }, receipt, r.time + 1n), sender: owner }),
    afterStep: after,
    latest: (m): PatternLatest => (timed ? undefined : m.time + 1n + SHAPE.lockMs - MIN_LOCK),
  });
  // extendUnlockTime on the first unrevealed capsule that `fits` (its owner signs and pays).
  let target: { id: bigint; c: Capsule; owner: string } | undefined;
  const find = (m: CapsuleSequence, fits: (c: Capsule, now: bigint) => boolean) => {
    for (let id = 1n; id <= capsuleCount(m); id++) {
      const c = capsuleData(m, id)!;
      if (!c.isRevealed && fits(c, m.time + 1_002n)) return { id, c };
    }
    return undefined;
  };
  // `latest`: until when the pair's checks hold, for the bound whose values do not depend on now.
  const extend = (name: string, message: string, fits: (c: Capsule, now: bigint) => boolean, past: (c: Capsule, now: bigint) => bigint, inside: (c: Capsule, now: bigint) => bigint,
    latest?: (c: Capsule) => bigint): Bound<CapsuleSequence> => ({
    name, message,
    applicable: (m) => find(m, fits) !== undefined,
    prepare: async (m, r) => {
      const found = find(m, fits)!;
      target = { ...found, owner: nameOf(r, found.c.owner) ?? owner };
      // Exact: `fits` was decided for the values' time T_last + 1,002 (a later payment could
      // leave the capsule's MAX_LOCK behind).
      receipt = (await payReceipt(m, r, target.owner, EXTEND_FEE, 1_000n, APP_ID)) ?? 0n;
    },
    past: (m, r) => ({ call: { contract: m.app, method: "extendUnlockTime", args: [arg.int(target!.id), arg.int(past(target!.c, r.time + 1n)), arg.int(receipt)] }, sender: target!.owner }),
    inside: (m, r) => ({ call: { contract: m.app, method: "extendUnlockTime", args: [arg.int(target!.id), arg.int(inside(target!.c, r.time + 1n)), arg.int(receipt)] }, sender: target!.owner }),
    afterStep: after,
    latest: () => (latest ? latest(target!.c) : undefined),
  });
  return [
    bury("bury(unlockTime − now ≥ MIN_LOCK)", "lock too short", { lockMs: MIN_LOCK - 1n }, { lockMs: MIN_LOCK }, true),
    bury("bury(unlockTime − now ≤ MAX_LOCK)", "lock too long", { lockMs: MAX_LOCK + 1n }, { lockMs: MAX_LOCK }, true),
    bury("bury(content hash ≥ 1 byte)", "empty content hash", { contentBytes: 0 }, { contentBytes: 1 }),
    bury("bury(content hash ≤ 256 bytes)", "content hash too long", { contentBytes: 257 }, { contentBytes: 256 }),
    bury("bury(title ≤ 100 bytes)", "title too long", { titleBytes: 101 }, { titleBytes: 100 }),
    bury("bury(category ≥ 1)", "invalid category", { category: 0n }, { category: 1n }),
    bury("bury(category ≤ 5)", "invalid category", { category: 6n }, { category: 5n }),
    // Past: CreateTime + MAX_LOCK + 1 (later than UnlockTime and now); inside: CreateTime + MAX_LOCK.
    extend("extendUnlockTime(newUnlockTime − CreateTime ≤ MAX_LOCK)", "exceeds max duration",
      (c, now) => c.createTime + MAX_LOCK > c.unlockTime && c.createTime + MAX_LOCK > now, (c) => c.createTime + MAX_LOCK + 1n, (c) => c.createTime + MAX_LOCK,
      // Both values are fixed; only the inside one's last check reads now (> now): until it passes.
      (c) => c.createTime + MAX_LOCK - 1n),
    // An unlocked capsule (UnlockTime < now): newUnlockTime = now passes "must extend time" and fails SetUnlockTime's check.
    extend("extendUnlockTime(newUnlockTime > now)", "unlock time must be future",
      (c, now) => c.unlockTime < now - 1_000n && now + 1_000n - c.createTime <= MAX_LOCK, (_c, now) => now, (_c, now) => now + 1n),
  ];
}
