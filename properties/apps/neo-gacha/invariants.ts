import { gasOf, storageOf, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { GAS_HASH } from "../../../neo-express/driver/fee-policy.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout (neo-gacha.md "Storage", devpack.md keys 1a and 22), not the model's logic.
import { PREFIX_REQUEST_DATA } from "../../../simulator/bases/mini-app-service-base.js";
import { PREFIX_OPERATION_SEED } from "../../../simulator/bases/mini-app-compute-base-seeds.js";
import { PREFIX_ITEM, PREFIX_MACHINE, PREFIX_PLAY, PREFIX_PLAY_RANDOMNESS } from "../../../simulator/apps/neo-gacha/storage-keys.js";

export const LABEL = "NeoGacha";
const TOKEN = "ItemToken";

const int = (x: StackItem | undefined): bigint => (x?.type === "Integer" ? x.value : 0n);
const flag = (x: StackItem | undefined): boolean => (x?.type === "Boolean" ? x.value : x?.type === "Integer" && x.value !== 0n);
const fields = (valueHex: string): readonly StackItem[] => {
  const r = deserialize(valueHex as Hex);
  return r.type === "Struct" || r.type === "Array" ? r.items : [];
};
const value = (s: readonly StorageEntry[], key: string) => s.find((e) => e.keyHex === key.toLowerCase())?.valueHex;

interface ChainItem { weight: bigint; asset: string; amount: bigint; stock: bigint; cwb: bigint }
interface ChainMachine { id: bigint; itemCount: bigint; totalWeight: bigint; availableWeight: bigint; availableItemCount: bigint; plays: bigint; revenue: bigint; active: boolean; items: ChainItem[] }
interface ChainPlay { id: bigint; machineId: bigint; itemIndex: bigint; price: bigint; resolved: boolean; mode: bigint }

/** Every machine on chain with its items 1…ItemCount, read by their keys 41‖bytes(id) and 42‖bytes(id × 2^32 + i). */
function machines(s: readonly StorageEntry[]): ChainMachine[] {
  return s.filter((e) => e.keyHex.startsWith(PREFIX_MACHINE)).map((e) => {
    const id = intOfBytes(e.keyHex.slice(2) as Hex);
    const f = fields(e.valueHex);
    const itemCount = int(f[7]);
    const items: ChainItem[] = [];
    for (let i = 1n; i <= itemCount; i++) {
      const v = value(s, PREFIX_ITEM + bytesOfInt(id * 2n ** 32n + i));
      const g = v ? fields(v) : [];
      items.push({ weight: int(g[1]), asset: g[3]?.type === "ByteString" ? g[3].hex : "", amount: int(g[4]), stock: int(g[5]), cwb: int(g[6]) });
    }
    return { id, itemCount, totalWeight: int(f[8]), availableWeight: int(f[9]), availableItemCount: int(f[10]), plays: int(f[11]), revenue: int(f[12]), active: flag(f[15]), items };
  });
}

function plays(s: readonly StorageEntry[]): ChainPlay[] {
  return s.filter((e) => e.keyHex.startsWith(PREFIX_PLAY)).map((e) => {
    const f = fields(e.valueHex);
    return { id: intOfBytes(e.keyHex.slice(2) as Hex), machineId: int(f[1]), itemIndex: int(f[2]), price: int(f[3]), resolved: flag(f[5]), mode: int(f[6]) };
  });
}

/** NG-P1 and NG-P5: the stored index (Cwb, TotalWeight, AvailableWeight, AvailableItemCount) agrees with the items; an active machine has every item available. */
function storedIndex(): ChainInvariant {
  return {
    id: "NG-P1/P5",
    check({ observation, observed }: ChainStep) {
      const out: string[] = [];
      for (const m of machines(storageOf(observation, observed, LABEL))) {
        let c = 0n;
        m.items.forEach((it, k) => {
          if (it.cwb !== c) out.push(`machine ${m.id} item ${k + 1}: CumulativeWeightBefore ${it.cwb}, Σ earlier weights ${c}`);
          c += it.weight;
        });
        const avail = m.items.filter((it) => it.stock >= it.amount);
        const aw = avail.reduce((a, it) => a + it.weight, 0n);
        if (m.totalWeight !== c) out.push(`machine ${m.id}: TotalWeight ${m.totalWeight}, Σ weights ${c}`);
        if (m.availableWeight !== aw) out.push(`machine ${m.id}: AvailableWeight ${m.availableWeight}, Σ available weights ${aw}`);
        if (m.availableItemCount !== BigInt(avail.length)) out.push(`machine ${m.id}: AvailableItemCount ${m.availableItemCount}, available items ${avail.length}`);
        if (m.active && avail.length !== m.items.length) out.push(`machine ${m.id} is active with ${m.items.length - avail.length} unavailable item(s) (NG-P5)`);
      }
      return out;
    },
  };
}

/**
 * NG-P7 escrow from the chain alone: the app's ItemToken balance (in the token's storage, key
 * 01‖h160(app)) equals Σ Stock of the items not in GAS (generated items escrow ItemToken or GAS); its GAS balance equals the balance at the start + Σ Stock of GAS
 * items − Σ refunds (resolved plays with ItemIndex 0).
 */
function escrow(app: string): ChainInvariant {
  let gas0 = 0n;
  const appLe = Buffer.from(app.replace(/^0x/, ""), "hex").reverse().toString("hex");
  const gasLe = Buffer.from(GAS_HASH, "hex").reverse().toString("hex");
  return {
    id: "NG-P7",
    start(initial, observed) {
      gas0 = gasOf(initial, observed, LABEL);
    },
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const all = machines(s).flatMap((m) => m.items);
      const stockOf = (gas: boolean) => all.filter((it) => (it.asset === gasLe) === gas).reduce((a, it) => a + it.stock, 0n);
      const held = value(storageOf(observation, observed, TOKEN), "01" + appLe);
      const tokens = held ? intOfBytes(held as Hex) : 0n;
      const out: string[] = [];
      if (tokens !== stockOf(false)) out.push(`the app holds ${tokens} ItemToken, Σ Stock of ItemToken items is ${stockOf(false)}`);
      const refunds = plays(s).filter((p) => p.resolved && p.itemIndex === 0n).reduce((a, p) => a + p.price, 0n);
      const expected = gas0 + stockOf(true) - refunds;
      const gas = gasOf(observation, observed, LABEL);
      if (gas !== expected) out.push(`the app holds ${gas} GAS datoshi, expected ${expected} = start ${gas0} + Σ Stock of GAS items ${stockOf(true)} − Σ refunds ${refunds}`);
      return out;
    },
  };
}

/**
 * NG-P9 from the chain alone: a seed 22‖p exactly for an unresolved Mode-3 play; for an unresolved
 * Mode-2 play exactly one of its request context (1a‖q holding bytes(p)) and its stored randomness
 * 50‖p; for an unresolved Mode-1 play its request context; nothing for a resolved one. Per machine:
 * Plays = its resolved plays with ItemIndex > 0, Revenue = Σ their Price.
 */
function playBooks(): ChainInvariant {
  return {
    id: "NG-P9",
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const keys = (prefix: string) => new Set(s.filter((e) => e.keyHex.startsWith(prefix)).map((e) => e.keyHex.slice(2)));
      const seeds = keys(PREFIX_OPERATION_SEED);
      const randomness = keys(PREFIX_PLAY_RANDOMNESS);
      const contexts = new Set(s.filter((e) => e.keyHex.startsWith(PREFIX_REQUEST_DATA)).map((e) => e.valueHex));
      const out: string[] = [];
      const all = plays(s);
      for (const p of all) {
        const b = bytesOfInt(p.id);
        const open = !p.resolved;
        if (seeds.has(b) !== (open && p.mode === 3n)) out.push(`play ${p.id} (Mode ${p.mode}, resolved ${p.resolved}): seed ${seeds.has(b) ? "present" : "absent"}`);
        if (randomness.has(b) && !(open && p.mode === 2n)) out.push(`play ${p.id} (Mode ${p.mode}, resolved ${p.resolved}) has stored randomness`);
        const ctx = contexts.has(b);
        if (ctx && !(open && p.mode !== 3n)) out.push(`play ${p.id} (Mode ${p.mode}, resolved ${p.resolved}) has a request context`);
        if (open && p.mode === 1n && !ctx) out.push(`open Mode-1 play ${p.id} has no request context`);
        if (open && p.mode === 2n && ctx === randomness.has(b)) out.push(`open Mode-2 play ${p.id}: request context ${ctx}, randomness ${randomness.has(b)} (exactly one expected)`);
      }
      for (const m of machines(s)) {
        const won = all.filter((p) => p.machineId === m.id && p.resolved && p.itemIndex > 0n);
        const revenue = won.reduce((a, p) => a + p.price, 0n);
        if (m.plays !== BigInt(won.length) || m.revenue !== revenue) out.push(`machine ${m.id}: Plays ${m.plays} / Revenue ${m.revenue}, resolved plays with an item ${won.length} / Σ price ${revenue}`);
      }
      return out;
    },
  };
}

/** NeoGacha's accounting invariants, checked from the chain's state after every step without the model: NG-P1/P5, NG-P7, NG-P9 and G7. */
export function neoGachaInvariants(app: string): ChainInvariant[] {
  return [storedIndex(), escrow(app), playBooks(), g7Conservation({ label: LABEL, hash: app })];
}
