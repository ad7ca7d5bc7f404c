import { gasMoved, neoOf, storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { NEO_HASH } from "../../../neo-express/driver/fee-policy.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import type { Notification } from "../../../simulator/runtime/outcome.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout (compound-capsule.md "Storage"), not the model's logic; the formulas
// below are written here again from the spec, so that a formula the model and the contract share
// wrongly still fails.
import {
  PREFIX_CAPSULE, PREFIX_TOTAL_COMPOUND, PREFIX_TOTAL_FEES, PREFIX_TOTAL_LOCKED, PREFIX_TOTAL_PENALTIES, PREFIX_TOTAL_YIELD_PAID,
} from "../../../simulator/apps/compound-capsule/storage-keys.js";

const LABEL = "CompoundCapsule";
const DAY = 86_400_000n;
const fee = (g: bigint) => (g * 100n) / 10_000n;
const pen = (p: bigint) => (p * 500n) / 10_000n;
const Y = (p: bigint, apy: bigint, e: bigint) => (p <= 0n || apy <= 0n || e <= 0n ? 0n : (p * 100_000_000n * apy * e) / (10_000n * 31_536_000_000n));
const apy = (d: bigint) => (d >= 180n ? 1200n : d >= 90n ? 800n : d >= 30n ? 500n : 300n);

/** A Capsule record as stored: [Owner, Principal, Compound, CreatedTime, UnlockTime, LastCompoundTime, LockDays, ApyBps, Active, EarlyWithdrawn]. */
interface Record {
  readonly id: bigint;
  readonly owner: string;
  readonly principal: bigint;
  readonly compound: bigint;
  readonly created: bigint;
  readonly unlock: bigint;
  readonly last: bigint;
  readonly lockDays: bigint;
  readonly apyBps: bigint;
  readonly active: boolean;
  readonly early: boolean;
}

const int = (i: StackItem | undefined) => (i?.type === "Integer" ? i.value : 0n);
const flag = (i: StackItem | undefined) => i?.type === "Boolean" && i.value;
const idOfKey = (keyHex: string): bigint => {
  const hex = keyHex.slice(2);
  if (hex === "") return 0n;
  const le = Buffer.from(hex, "hex");
  const v = BigInt("0x" + Buffer.from(le).reverse().toString("hex"));
  return le[le.length - 1]! & 0x80 ? v - (1n << BigInt(8 * le.length)) : v;
};

function records(s: readonly StorageEntry[]): Record[] {
  return s.filter((e) => e.keyHex.startsWith(PREFIX_CAPSULE)).map((e) => {
    const r = deserialize(e.valueHex as Hex);
    const f = r.type === "Struct" || r.type === "Array" ? r.items : [];
    return {
      id: idOfKey(e.keyHex), owner: f[0]?.type === "ByteString" ? f[0].hex : "", principal: int(f[1]), compound: int(f[2]), created: int(f[3]),
      unlock: int(f[4]), last: int(f[5]), lockDays: int(f[6]), apyBps: int(f[7]), active: flag(f[8]), early: flag(f[9]),
    };
  });
}

const mine = (app: string) => (n: Notification) => n.contract.toLowerCase() === app.toLowerCase();
const events = (step: ChainStep, app: string, name: string) => (step.outcome.state === "HALT" ? step.outcome.notifications.filter((n) => mine(app)(n) && n.eventName === name) : []);
const littleEndian = (display: string) => Buffer.from(display.replace(/^0x/, ""), "hex").reverse().toString("hex");

/** NEO Transfers of a step from or to the app: [from, to, amount] with null as "". */
function neoTransfers(step: ChainStep): { from: string; to: string; amount: bigint }[] {
  if (step.outcome.state !== "HALT") return [];
  return step.outcome.notifications.filter((n) => n.contract === "0x" + NEO_HASH && n.eventName === "Transfer").map((n) => ({
    from: n.args[0]?.type === "ByteString" ? n.args[0].hex : "", to: n.args[1]?.type === "ByteString" ? n.args[1].hex : "", amount: int(n.args[2]),
  }));
}

/**
 * CC-P5 from the chain alone: `42 = Σ Principal` of the active capsules; the app's NEO balance is
 * `42 + 45` plus the NEO sent to it outside createCapsule (unsolicited, counted from the NEO
 * Transfers of steps without CapsuleCreated); `45 = Σ pen(Principal)` of the early-withdrawn
 * capsules; an unlock sends the owner exactly Principal NEO, an early withdrawal Principal − pen.
 */
function neoConservation(app: string): ChainInvariant {
  const me = littleEndian(app);
  let unsolicited = 0n;
  return {
    id: "CC-P5",
    start(initial, observed) {
      const s = storageOf(initial, observed, LABEL);
      unsolicited = neoOf(initial, observed, LABEL) - storedInt(s, PREFIX_TOTAL_LOCKED) - storedInt(s, PREFIX_TOTAL_PENALTIES);
    },
    check(step: ChainStep) {
      const { observation, observed } = step;
      const s = storageOf(observation, observed, LABEL);
      const rs = records(s);
      const out: string[] = [];
      const transfers = neoTransfers(step);
      if (events(step, app, "CapsuleCreated").length === 0) unsolicited += transfers.filter((t) => t.to === me && t.from !== me).reduce((a, t) => a + t.amount, 0n);
      const locked = storedInt(s, PREFIX_TOTAL_LOCKED);
      const penalties = storedInt(s, PREFIX_TOTAL_PENALTIES);
      const principal = rs.filter((r) => r.active).reduce((a, r) => a + r.principal, 0n);
      if (locked !== principal) out.push(`42 = ${locked} NEO, but the active capsules hold Σ Principal = ${principal}`);
      const neo = neoOf(observation, observed, LABEL);
      if (neo !== locked + penalties + unsolicited) out.push(`the app holds ${neo} NEO, expected 42 + 45 + unsolicited = ${locked} + ${penalties} + ${unsolicited}`);
      const kept = rs.filter((r) => r.early).reduce((a, r) => a + pen(r.principal), 0n);
      if (penalties !== kept) out.push(`45 = ${penalties} NEO, but Σ pen(Principal) of the early-withdrawn capsules = ${kept}`);
      const byId = new Map(rs.map((r) => [r.id, r]));
      const paidTo = (owner: string) => transfers.filter((t) => t.from === me && t.to === owner).reduce((a, t) => a + t.amount, 0n);
      for (const n of events(step, app, "CapsuleUnlocked")) {
        const r = byId.get(int(n.args[0]));
        if (r && paidTo(r.owner) !== r.principal) out.push(`capsule ${r.id} unlocked: its owner got ${paidTo(r.owner)} NEO, Principal ${r.principal}`);
      }
      for (const n of events(step, app, "EarlyWithdraw")) {
        const r = byId.get(int(n.args[0]));
        if (!r) continue;
        if (int(n.args[2]) !== pen(r.principal)) out.push(`capsule ${r.id}: EarlyWithdraw announced penalty ${int(n.args[2])}, pen(${r.principal}) = ${pen(r.principal)}`);
        if (paidTo(r.owner) !== r.principal - pen(r.principal)) out.push(`capsule ${r.id} withdrawn early: its owner got ${paidTo(r.owner)} NEO, Principal − pen = ${r.principal - pen(r.principal)}`);
      }
      return out;
    },
  };
}

/**
 * CC-P6 from the chain alone: `43 = Σ Compound` of all capsules; over the unlocked ones (inactive,
 * not early) `46 = Σ (Compound − fee)` and `44 = Σ fee(Compound)`, so Σ payouts + Σ fees = Σ
 * Compound; `46 + 44 ≤ 43`; GAS leaves the app only as unlock payouts (a step's GAS out of the app
 * = Σ of its CapsuleUnlocked payouts).
 */
function gasAccounting(app: string): ChainInvariant {
  return {
    id: "CC-P6",
    check(step: ChainStep) {
      const s = storageOf(step.observation, step.observed, LABEL);
      const rs = records(s);
      const [compound, fees, paid] = [storedInt(s, PREFIX_TOTAL_COMPOUND), storedInt(s, PREFIX_TOTAL_FEES), storedInt(s, PREFIX_TOTAL_YIELD_PAID)];
      const out: string[] = [];
      const all = rs.reduce((a, r) => a + r.compound, 0n);
      if (compound !== all) out.push(`43 = ${compound}, but Σ Compound = ${all}`);
      const unlocked = rs.filter((r) => !r.active && !r.early);
      const sumFees = unlocked.reduce((a, r) => a + fee(r.compound), 0n);
      const sumPaid = unlocked.reduce((a, r) => a + r.compound - fee(r.compound), 0n);
      if (paid !== sumPaid) out.push(`46 = ${paid}, but Σ (Compound − fee) of the unlocked capsules = ${sumPaid}`);
      if (fees !== sumFees) out.push(`44 = ${fees}, but Σ fee(Compound) of the unlocked capsules = ${sumFees}`);
      if (paid + fees > compound) out.push(`46 + 44 = ${paid + fees} > 43 = ${compound}`);
      const payouts = events(step, app, "CapsuleUnlocked").reduce((a, n) => a + int(n.args[2]), 0n);
      const out_ = gasMoved(step.outcome, app).paid;
      if (out_ !== payouts) out.push(`the app paid out ${out_} GAS datoshi, its CapsuleUnlocked payouts say ${payouts}`);
      return out;
    },
  };
}

/**
 * CC-P4 from the chain alone: every record has ApyBps = apy(LockDays), UnlockTime − CreatedTime =
 * LockDays × DAY and CreatedTime ≤ LastCompoundTime ≤ UnlockTime; its Compound is the sum of its
 * CompoundAdded pieces; an unlocked capsule never extended holds Y(P, apy, UnlockTime − CreatedTime).
 */
function accrual(app: string): ChainInvariant {
  const pieces = new Map<bigint, bigint>();
  const extended = new Set<bigint>();
  return {
    id: "CC-P4",
    check(step: ChainStep) {
      for (const n of events(step, app, "CompoundAdded")) pieces.set(int(n.args[0]), (pieces.get(int(n.args[0])) ?? 0n) + int(n.args[1]));
      for (const n of events(step, app, "CapsuleExtended")) extended.add(int(n.args[0]));
      const out: string[] = [];
      for (const r of records(storageOf(step.observation, step.observed, LABEL))) {
        if (r.apyBps !== apy(r.lockDays)) out.push(`capsule ${r.id}: ApyBps ${r.apyBps} for ${r.lockDays} days`);
        if (r.unlock - r.created !== r.lockDays * DAY) out.push(`capsule ${r.id}: UnlockTime − CreatedTime = ${r.unlock - r.created}, LockDays × DAY = ${r.lockDays * DAY}`);
        if (r.last < r.created || r.last > r.unlock) out.push(`capsule ${r.id}: LastCompoundTime ${r.last} outside [${r.created}, ${r.unlock}]`);
        if (r.compound !== (pieces.get(r.id) ?? 0n)) out.push(`capsule ${r.id}: Compound ${r.compound}, Σ CompoundAdded ${pieces.get(r.id) ?? 0n}`);
        const whole = Y(r.principal, r.apyBps, r.unlock - r.created);
        if (!r.active && !r.early && !extended.has(r.id) && r.compound !== whole) out.push(`capsule ${r.id} (never extended) unlocked with Compound ${r.compound}, Y(P, apy, UnlockTime − CreatedTime) = ${whole}`);
      }
      return out;
    },
  };
}

/**
 * CompoundCapsule's accounting invariants, checked from the chain's state after every step without
 * the model: CC-P4, CC-P5 (NEO conservation), CC-P6 and G7 with `46` as the book of payouts (the
 * GAS that NEO mints to the app while it holds NEO is netted out of the observed balance and of
 * "received", README §10 G5/G7).
 */
export function compoundInvariants(app: string): ChainInvariant[] {
  return [accrual(app), neoConservation(app), gasAccounting(app), g7Conservation({ label: LABEL, hash: app }, (s) => storedInt(s, PREFIX_TOTAL_YIELD_PAID))];
}
