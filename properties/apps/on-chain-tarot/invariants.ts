import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout and spread table (on-chain-tarot.md "Storage", "Constants"), not the model's logic.
import { PREFIX_OPERATION_SEED } from "../../../simulator/bases/mini-app-compute-base-seeds.js";
import { PREFIX_REQUEST_DATA } from "../../../simulator/bases/mini-app-service-base.js";
import { SPREADS } from "../../../simulator/apps/on-chain-tarot/constants.js";
import { PREFIX_READING, PREFIX_READING_COUNTER, PREFIX_SPREAD_COUNT, PREFIX_TOTAL_READINGS, PREFIX_USER_READINGS } from "../../../simulator/apps/on-chain-tarot/storage-keys.js";

const LABEL = "OnChainTarot";

interface Rec { id: bigint; user: string; cards: readonly StackItem[]; spread: bigint; status: bigint; mode: bigint }

const int = (i: StackItem | undefined): bigint => (i?.type === "Integer" ? i.value : -1n);
const count = (spread: bigint): bigint | undefined => SPREADS[Number(spread) - 1]?.[0];
const fee = (spread: bigint): bigint => SPREADS[Number(spread) - 1]?.[1] ?? 0n;

/** Every Reading record on chain: [User, Question, Cards, SpreadType, Category, Status, Timestamp, Mode]. */
function records(s: readonly StorageEntry[]): Rec[] {
  return s.filter((e) => e.keyHex.startsWith(PREFIX_READING)).map((e) => {
    const r = deserialize(e.valueHex as Hex);
    const f = r.type === "Struct" || r.type === "Array" ? r.items : [];
    const cards = f[2]?.type === "Array" || f[2]?.type === "Struct" ? f[2].items : [];
    return { id: intOfBytes(e.keyHex.slice(2) as Hex), user: f[0]?.type === "ByteString" ? f[0].hex : "", cards, spread: int(f[3]), status: int(f[5]), mode: int(f[7]) };
  });
}

/** What is wrong with a card list of a spread, as TA-P3 says: count(spread) pairwise-distinct Integers in [0, 77]. */
function badCards(items: readonly StackItem[], spread: bigint): string | undefined {
  const values = items.map((c) => (c.type === "Integer" ? c.value : -1n));
  if (BigInt(values.length) !== count(spread)) return `${values.length} cards for spread ${spread} (count ${count(spread)})`;
  if (values.some((v) => v < 0n || v > 77n)) return `a card outside 0..77: [${values.join(",")}]`;
  if (new Set(values).size !== values.length) return `a repeated card: [${values.join(",")}]`;
  return undefined;
}

/**
 * TA-P3 from the chain alone, on the stored records and on every ReadingCompleted notification: a
 * completed reading holds count(spread) pairwise-distinct cards in [0, 77] (the notified list equals
 * the stored one); pending and refunded readings hold none.
 */
function distinctCards(): ChainInvariant {
  return {
    id: "TA-P3",
    check({ outcome, observation, observed }: ChainStep) {
      const all = records(storageOf(observation, observed, LABEL));
      const out: string[] = [];
      for (const r of all) {
        if (r.status === 1n) {
          const bad = badCards(r.cards, r.spread);
          if (bad) out.push(`completed reading ${r.id}: ${bad}`);
        } else if (r.cards.length !== 0) out.push(`reading ${r.id} (status ${r.status}) holds ${r.cards.length} cards`);
      }
      if (outcome.state === "HALT") {
        for (const n of outcome.notifications.filter((x) => x.eventName === "ReadingCompleted")) {
          const [id, , cards] = n.args;
          const r = all.find((x) => x.id === int(id));
          const items = cards?.type === "Array" || cards?.type === "Struct" ? cards.items : [];
          if (!r) out.push(`ReadingCompleted(${int(id)}) without a stored reading`);
          else if (badCards(items, r.spread)) out.push(`ReadingCompleted(${r.id}): ${badCards(items, r.spread)}`);
          else if (items.some((c, i) => int(c) !== int(r.cards[i]))) out.push(`ReadingCompleted(${r.id}) cards differ from the stored ones`);
        }
      }
      return out;
    },
  };
}

/**
 * The counters and the two-phase bookkeeping from the chain alone: `40 = 43` = the number of
 * readings, ids exactly 1..40; each `42‖user` and `44‖spread` counts the user's and the spread's
 * readings; a seed `22‖id` exists exactly while its hybrid reading is pending (deleted at
 * settlement, TA-P5); a request context `1A‖q` exists exactly for each pending RNG reading.
 */
function books(): ChainInvariant {
  return {
    id: "TA-books",
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const all = records(s);
      const out: string[] = [];
      const n = BigInt(all.length);
      const counter = storedInt(s, PREFIX_READING_COUNTER);
      const total = storedInt(s, PREFIX_TOTAL_READINGS);
      if (counter !== n || total !== n) out.push(`40 = ${counter}, 43 = ${total}, but ${n} readings are stored`);
      if (all.some((r) => r.id < 1n || r.id > counter)) out.push(`a reading id outside 1..${counter}`);
      const tally = (prefix: string, keyOf: (r: Rec) => string) => {
        const want = new Map<string, bigint>();
        for (const r of all) want.set(keyOf(r), (want.get(keyOf(r)) ?? 0n) + 1n);
        const got = new Map(s.filter((e) => e.keyHex.startsWith(prefix)).map((e) => [e.keyHex.slice(2), intOfBytes(e.valueHex as Hex)] as const));
        for (const k of new Set([...want.keys(), ...got.keys()])) if ((want.get(k) ?? 0n) !== (got.get(k) ?? 0n)) out.push(`${prefix}‖${k} = ${got.get(k) ?? 0n}, but ${want.get(k) ?? 0n} readings`);
      };
      tally(PREFIX_USER_READINGS, (r) => r.user);
      tally(PREFIX_SPREAD_COUNT, (r) => bytesOfInt(r.spread));
      const seeds = new Set(s.filter((e) => e.keyHex.startsWith(PREFIX_OPERATION_SEED)).map((e) => intOfBytes(e.keyHex.slice(2) as Hex)));
      const contexts = new Set(s.filter((e) => e.keyHex.startsWith(PREFIX_REQUEST_DATA)).map((e) => intOfBytes(e.valueHex as Hex)));
      for (const r of all) {
        const pending = r.status === 0n;
        if (seeds.has(r.id) !== (pending && r.mode === 2n)) out.push(`reading ${r.id} (mode ${r.mode}, status ${r.status}): seed 22‖${r.id} ${seeds.has(r.id) ? "present" : "absent"} (TA-P5)`);
        if (contexts.has(r.id) !== (pending && r.mode === 1n)) out.push(`reading ${r.id} (mode ${r.mode}, status ${r.status}): request context ${contexts.has(r.id) ? "present" : "absent"}`);
      }
      for (const id of seeds) if (!all.some((r) => r.id === id)) out.push(`seed 22‖${id} without a reading`);
      return out;
    },
  };
}

/**
 * TA-P6 from the chain alone: every ReadingRefunded carries fee(spread) of a reading then at
 * Status 2, and no reading is refunded twice.
 */
function refunds(): ChainInvariant {
  const refunded = new Set<bigint>();
  return {
    id: "TA-P6",
    check({ outcome, observation, observed }: ChainStep) {
      if (outcome.state !== "HALT") return [];
      const out: string[] = [];
      const all = records(storageOf(observation, observed, LABEL));
      for (const n of outcome.notifications.filter((x) => x.eventName === "ReadingRefunded")) {
        const id = int(n.args[0]);
        const r = all.find((x) => x.id === id);
        if (refunded.has(id)) out.push(`reading ${id} refunded twice`);
        refunded.add(id);
        if (!r || r.status !== 2n) out.push(`ReadingRefunded(${id}) but the reading is at status ${r?.status}`);
        else if (int(n.args[2]) !== fee(r.spread)) out.push(`ReadingRefunded(${id}) of ${int(n.args[2])}, fee(${r.spread}) = ${fee(r.spread)}`);
      }
      return out;
    },
  };
}

/** GAS leaves the app only as refunds: Σ fee(spread) over the readings at Status 2. */
const bookedRefunds = (s: readonly StorageEntry[]): bigint => records(s).filter((r) => r.status === 2n).reduce((a, r) => a + fee(r.spread), 0n);

/**
 * OnChainTarot's invariants, checked from the chain's state after every step without the model:
 * TA-P3 (distinct cards), the counters and two-phase bookkeeping (seed and request lifetimes,
 * TA-P5), TA-P6 (refunds), and G7 with the app's own record of what left it (the refunded fees).
 */
export function tarotInvariants(app: string): ChainInvariant[] {
  return [distinctCards(), books(), refunds(), g7Conservation({ label: LABEL, hash: app }, bookedRefunds)];
}
