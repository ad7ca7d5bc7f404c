import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, EXTEND_FEE, GIFT_FEE, MAX_LOCK } from "../../../simulator/apps/time-capsule/constants.js";
import type { Capsule } from "../../../simulator/apps/time-capsule/capsule-record.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { ModelSystem } from "../../harness/model-system.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { appRead } from "../../patterns/pay-then-act/app-read.js";
import { payRowReceipts, receiptRows, receiptUsed, type RowReceipts } from "../../patterns/pay-then-act/receipt-rows.js";
import { ACCOUNTS, capsuleCount, capsuleData, nameOf, type CapsuleSequence } from "./sequence-model.js";

/**
 * The owner's methods of time-capsule.md (`giftCapsule`, `extendUnlockTime`, `addRecipient`) as
 * perturbation tables (README §10 G9; the app file lists no table for them, so each row is one
 * check of the method's list, in its order, with the earlier checks passing): from an unrevealed
 * capsule, the owner pays the fee (with the low, foreign and other payer's receipts of the
 * receipt rows), every row faults with its message, then the honest call passes. A user who owns
 * a capsule makes these calls, so the rows start from a capsule that exists and is the owner's.
 */

type Entry = readonly [bigint, Capsule];

/** Every capsule with its record, id 1..N. */
function capsules(m: CapsuleSequence): Entry[] {
  return Array.from({ length: Number(capsuleCount(m)) }, (_, i) => [BigInt(i + 1), capsuleData(m, BigInt(i + 1))!] as const);
}

/** The index-th (cyclically) of the capsules that pass `fits`. */
function pickCapsule(m: CapsuleSequence, index: number, fits: (c: Capsule) => boolean): Entry | undefined {
  const all = capsules(m).filter(([, c]) => fits(c));
  return all.length ? all[index % all.length] : undefined;
}

/** A test account other than `who` (the foreign signer and the other payer). */
const otherThan = (who: string): string => (who === "u6" ? "u5" : "u6");
const account = (r: DifferentialRun, name: string): AbiArg => (name === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, name).scriptHash));
const call = (m: CapsuleSequence, method: string, args: AbiArg[]): ContractCall => ({ contract: m.app, method, args });

/** isRecipient(id, name) on the model. */
function isRecipient(m: CapsuleSequence, r: DifferentialRun, id: bigint, name: string): boolean {
  const who = (r.model as ModelSystem).accountOf(name);
  const item = appRead(m, "isRecipient", [{ type: "Integer", value: id }, { type: "ByteString", hex: who }]);
  return item.type === "Boolean" && item.value;
}

/** Rows that name a capsule the check before the owner's refuses: never created, and a revealed one. */
function capsuleRows(m: CapsuleSequence, build: (id: bigint) => ContractCall, sender: string): PerturbationCase[] {
  const rows: PerturbationCase[] = [
    { label: "capsuleId N + 1", call: build(capsuleCount(m) + 1n), sender, expected: "capsule not found" },
    { label: "capsuleId 0", call: build(0n), sender, expected: "capsule not found" },
  ];
  const revealed = capsules(m).find(([, c]) => c.isRevealed);
  if (revealed) rows.push({ label: "a revealed capsule", call: build(revealed[0]), sender, expected: "already revealed" });
  return rows;
}

const RCPT_MESSAGES = ["receiptId required", "receipt already used", "receipt not found", "receipt app mismatch", "receipt payer mismatch", "insufficient payment"];
const named = (method: string, rows: PerturbationCase[]) => rows.map((x) => ({ ...x, label: `${method}(${x.label})` }));

/** `giftCapsule(capsuleId, newOwner, receiptId)` from the index-th unrevealed capsule, to `to` (or another account when `to` owns it). */
export function giftPattern(index: number, to: string): FrontendPattern<CapsuleSequence> {
  let target: { id: bigint; owner: string; to: string } | undefined;
  let receipts: RowReceipts = {};
  const gift = (m: CapsuleSequence, r: DifferentialRun, id: bigint, newOwner: string, receiptId: bigint) =>
    call(m, "giftCapsule", [arg.int(id), account(r, newOwner), arg.int(receiptId)]);
  return {
    name: `giftCapsule(#${index} → ${to})`,
    honestNever: ["capsule not found", "already revealed", "cannot gift to self", "not owner", "invalid address", ...RCPT_MESSAGES],
    applicable: (m) => pickCapsule(m, index, (c) => !c.isRevealed) !== undefined,
    prepare: async (m, r) => {
      const [id, c] = pickCapsule(m, index, (x) => !x.isRevealed)!;
      const owner = nameOf(r, c.owner) ?? "u1";
      target = { id, owner, to: to === owner ? otherThan(owner) : to };
      receipts = await payRowReceipts(m, r, owner, otherThan(owner), GIFT_FEE, APP_ID, 1_000n);
    },
    honest: (m, r) => ({ call: gift(m, r, target!.id, target!.to, receipts.honest ?? 0n), sender: target!.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const { id, owner, to: newOwner } = target!;
      const honestReceipt = receipts.honest ?? 0n;
      const row = (label: string, expected: string, over: { id?: bigint; to?: string; sender?: string }): PerturbationCase =>
        ({ label, expected, sender: over.sender ?? owner, call: gift(m, r, over.id ?? id, over.to ?? newOwner, honestReceipt) });
      return named("giftCapsule", [
        ...capsuleRows(m, (x) => gift(m, r, x, newOwner, honestReceipt), owner),
        row("newOwner: the owner", "cannot gift to self", { to: owner }),
        row("signer: another account", "not owner", { sender: otherThan(owner) }),
        row("newOwner: Zero", "invalid address", { to: "zero" }),
        ...receiptRows(m, owner, owner, receipts, (x) => gift(m, r, id, newOwner, x), (x) => receiptUsed(m, m.app, x)),
      ]);
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // No check of giftCapsule reads the time (time-capsule.md), and nothing else runs on the
    // capsule meanwhile: the table holds at any time.
    latest: () => null,
  };
}

/** The honest extension lies this far past both the unlock time and T_last: the rows (1 ms apart) stay well before it. */
const EXTEND_MARGIN = 60_000n;

/**
 * `extendUnlockTime(capsuleId, newUnlockTime, receiptId)` on the index-th unrevealed capsule that
 * can still be extended. With `unlocked`, the owner pays once the capsule's UnlockTime has passed
 * (when it is at most a day and two hours away), so that the last check is met too: a new time
 * after UnlockTime but not after `now` → "unlock time must be future".
 */
export function extendPattern(index: number, unlocked: boolean): FrontendPattern<CapsuleSequence> {
  let target: { id: bigint; owner: string; c: Capsule } | undefined;
  let receipts: RowReceipts = {};
  const extend = (m: CapsuleSequence, id: bigint, newUnlockTime: bigint, receiptId: bigint) => call(m, "extendUnlockTime", [arg.int(id), arg.int(newUnlockTime), arg.int(receiptId)]);
  const extensible = (m: CapsuleSequence) => (c: Capsule) => !c.isRevealed && honestTime(c, m.time + 86_400_000n + 7_200_000n) <= c.createTime + MAX_LOCK;
  const honestTime = (c: Capsule, now: bigint) => (c.unlockTime > now ? c.unlockTime : now) + EXTEND_MARGIN;
  return {
    name: `extendUnlockTime(#${index}${unlocked ? ", unlocked" : ""})`,
    honestNever: ["capsule not found", "already revealed", "must extend time", "not owner", "exceeds max duration", "unlock time must be future", ...RCPT_MESSAGES],
    applicable: (m) => pickCapsule(m, index, extensible(m)) !== undefined,
    prepare: async (m, r) => {
      const [id, c] = pickCapsule(m, index, extensible(m))!;
      const owner = nameOf(r, c.owner) ?? "u1";
      target = { id, owner, c };
      const wait = c.unlockTime - m.time;
      const firstDelay = unlocked && wait >= 1_000n && wait <= 86_400_000n + 7_200_000n ? wait : 1_000n;
      receipts = await payRowReceipts(m, r, owner, otherThan(owner), EXTEND_FEE, APP_ID, firstDelay);
    },
    honest: (m, r) => ({ call: extend(m, target!.id, honestTime(target!.c, r.time), receipts.honest ?? 0n), sender: target!.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const { id, owner, c } = target!;
      const newTime = honestTime(c, r.time);
      const honestReceipt = receipts.honest ?? 0n;
      const row = (label: string, expected: string, over: { time?: bigint; sender?: string }): PerturbationCase =>
        ({ label, expected, sender: over.sender ?? owner, call: extend(m, id, over.time ?? newTime, honestReceipt) });
      const rows = [
        ...capsuleRows(m, (x) => extend(m, x, newTime, honestReceipt), owner),
        row("newUnlockTime = UnlockTime", "must extend time", { time: c.unlockTime }),
        row("newUnlockTime = UnlockTime − 1", "must extend time", { time: c.unlockTime - 1n }),
        row("signer: another account", "not owner", { sender: otherThan(owner) }),
        row("newUnlockTime − CreateTime = MAX_LOCK + 1", "exceeds max duration", { time: c.createTime + MAX_LOCK + 1n }),
        ...receiptRows(m, owner, owner, receipts, (x) => extend(m, id, newTime, x), (x) => receiptUsed(m, m.app, x)),
      ];
      // Every row runs after T_last, so a new time of UnlockTime + 1 ≤ T_last + 1 is never in the future.
      if (c.unlockTime + 1n <= r.time + 1n) rows.push(row("UnlockTime < newUnlockTime ≤ now", "unlock time must be future", { time: c.unlockTime + 1n }));
      return named("extendUnlockTime", rows);
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The honest new time (UnlockTime or T_last, + EXTEND_MARGIN) must stay in the future
    // ("unlock time must be future", the last check): until the millisecond before it. The other
    // rows are timeless, and "UnlockTime < newUnlockTime ≤ now", once true, stays so.
    latest: (m) => honestTime(target!.c, m.time) - 1n,
  };
}

/**
 * `addRecipient(capsuleId, recipient)` on the index-th private unrevealed capsule: the owner first
 * adds one recipient (unless the capsule has one), which the "already recipient" row then names
 * again; the honest call adds an account that is not yet a recipient. No fee (time-capsule.md).
 */
export function recipientPattern(index: number): FrontendPattern<CapsuleSequence> {
  let target: { id: bigint; owner: string; listed: string; fresh: string } | undefined;
  const add = (m: CapsuleSequence, r: DifferentialRun, id: bigint, recipient: string) => call(m, "addRecipient", [arg.int(id), account(r, recipient)]);
  const open = (c: Capsule) => !c.isPublic && !c.isRevealed && c.recipientCount < 5n;
  return {
    name: `addRecipient(#${index})`,
    honestNever: ["capsule not found", "public capsules don't need recipients", "already revealed", "not owner", "invalid address", "already recipient"],
    applicable: (m) => pickCapsule(m, index, open) !== undefined,
    prepare: async (m, r) => {
      const [id, c] = pickCapsule(m, index, open)!;
      const owner = nameOf(r, c.owner) ?? "u1";
      const candidates = ACCOUNTS.filter((a) => a !== owner);
      let listed = candidates.find((a) => isRecipient(m, r, id, a));
      if (listed === undefined) {
        listed = candidates[index % candidates.length]!;
        await r.transaction(add(m, r, id, listed), owner, 1_000n, `addRecipient(#${id}, ${listed}) first`);
        m.time = r.time;
      }
      target = { id, owner, listed, fresh: candidates.find((a) => !isRecipient(m, r, id, a))! };
    },
    honest: (m, r) => ({ call: add(m, r, target!.id, target!.fresh), sender: target!.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const { id, owner, listed, fresh } = target!;
      const rows: PerturbationCase[] = [{ label: "capsuleId N + 1", call: add(m, r, capsuleCount(m) + 1n, fresh), sender: owner, expected: "capsule not found" }];
      const others = capsules(m);
      const publicOne = others.find(([, c]) => c.isPublic);
      if (publicOne) rows.push({ label: "a public capsule", call: add(m, r, publicOne[0], fresh), sender: owner, expected: "public capsules don't need recipients" });
      const revealed = others.find(([, c]) => !c.isPublic && c.isRevealed);
      if (revealed) rows.push({ label: "a revealed private capsule", call: add(m, r, revealed[0], fresh), sender: owner, expected: "already revealed" });
      rows.push(
        { label: "signer: another account", call: add(m, r, id, fresh), sender: otherThan(owner), expected: "not owner" },
        { label: "recipient: Zero", call: add(m, r, id, "zero"), sender: owner, expected: "invalid address" },
        { label: `recipient: ${listed}, already listed`, call: add(m, r, id, listed), sender: owner, expected: "already recipient" },
      );
      return named("addRecipient", rows);
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // No check of addRecipient reads the time: the table holds at any time.
    latest: () => null,
  };
}

/** A capsule this close to its UnlockTime is waited for (a day and two hours: the generators' common lock). */
const WAIT_AT_MOST = 86_400_000n + 7_200_000n;

/**
 * `reveal(revealer, capsuleId)` on the index-th unrevealed capsule that unlocks within
 * WAIT_AT_MOST (private ones first): a block at its UnlockTime (a plain transaction of u6), then
 * the rows in the method's order — never created, revealed, still locked, a revealer who is
 * neither owner nor recipient of a private capsule ("not authorized to reveal"), the owner named
 * but another account signing ("unauthorized") — and the owner's honest reveal.
 */
export function revealPattern(index: number): FrontendPattern<CapsuleSequence> {
  let target: { id: bigint; owner: string; c: Capsule; stranger?: string } | undefined;
  const reveal = (m: CapsuleSequence, r: DifferentialRun, id: bigint, revealer: string) => call(m, "reveal", [account(r, revealer), arg.int(id)]);
  const soon = (m: CapsuleSequence) => (c: Capsule) => !c.isRevealed && c.unlockTime - m.time <= WAIT_AT_MOST;
  const choose = (m: CapsuleSequence) => pickCapsule(m, index, (c) => soon(m)(c) && !c.isPublic) ?? pickCapsule(m, index, soon(m));
  return {
    name: `reveal(#${index})`,
    honestNever: ["capsule not found", "already revealed", "not unlocked yet", "not authorized to reveal", "unauthorized"],
    applicable: (m) => choose(m) !== undefined,
    prepare: async (m, r) => {
      const [id, c] = choose(m)!;
      const owner = nameOf(r, c.owner) ?? "u1";
      const stranger = c.isPublic ? undefined : ACCOUNTS.find((a) => a !== owner && !isRecipient(m, r, id, a));
      target = { id, owner, c, ...(stranger ? { stranger } : {}) };
      const wait = c.unlockTime - m.time;
      await r.transaction(call(m, "totalCapsules", []), "u6", wait >= 1n ? wait : 1n, `a block at UnlockTime(#${id})`);
      m.time = r.time;
    },
    honest: (m, r) => ({ call: reveal(m, r, target!.id, target!.owner), sender: target!.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, r) => {
      const { id, owner, stranger } = target!;
      const all = capsules(m);
      const rows: PerturbationCase[] = [{ label: "capsuleId N + 1", call: reveal(m, r, capsuleCount(m) + 1n, owner), sender: owner, expected: "capsule not found" }];
      const revealed = all.find(([, c]) => c.isRevealed);
      if (revealed) rows.push({ label: "a revealed capsule", call: reveal(m, r, revealed[0], owner), sender: owner, expected: "already revealed" });
      // Rows run 1 ms apart: a capsule still locked 1 s from now stays locked through them.
      const locked = all.find(([, c]) => !c.isRevealed && c.unlockTime > r.time + 1_000n);
      if (locked) rows.push({ label: "a capsule with now < UnlockTime", call: reveal(m, r, locked[0], owner), sender: owner, expected: "not unlocked yet" });
      if (stranger) rows.push({ label: "revealer: neither owner nor recipient", call: reveal(m, r, id, stranger), sender: stranger, expected: "not authorized to reveal" });
      rows.push({ label: "revealer: the owner, signer: another account", call: reveal(m, r, id, owner), sender: otherThan(owner), expected: "unauthorized" });
      return named("reveal", rows);
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // After the block at UnlockTime the capsule stays unlocked; the "not unlocked yet" row's
    // capsule is locked until its own UnlockTime: the table holds until then, or at any time.
    latest: (m) => {
      const locked = capsules(m).find(([, c]) => !c.isRevealed && c.unlockTime > m.time + 1_000n);
      return locked ? locked[1].unlockTime - 1n : null;
    },
  };
}
