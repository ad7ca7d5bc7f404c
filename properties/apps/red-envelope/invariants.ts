import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout and constants (red-envelope.md "Storage"), not the model's logic.
import { MIN_PACKET } from "../../../simulator/apps/red-envelope/constants.js";
import { PREFIX_CLAIM, PREFIX_CLAIMED, PREFIX_ENVELOPE, PREFIX_PACKET, PREFIX_TOTAL_DISTRIBUTED } from "../../../simulator/apps/red-envelope/storage-keys.js";
import { PREFIX_OPERATION_SEED } from "../../../simulator/bases/mini-app-compute-base-seeds.js";

const LABEL = "RedEnvelope";
const TWO32 = 2n ** 32n;

interface Env { id: bigint; creator: string; total: bigint; n: bigint; claimed: bigint; remaining: bigint; bestAddr: string; best: bigint; state: bigint; mode: bigint }
interface Packet { id: bigint; k: bigint; amount: bigint; claimer?: string }

const int = (i: StackItem | undefined): bigint => (i?.type === "Integer" ? i.value : i?.type === "Boolean" ? (i.value ? 1n : 0n) : 0n);
const hex = (i: StackItem | undefined): string => (i?.type === "ByteString" || i?.type === "Buffer" ? i.hex : "");

/** The app's storage read as the spec lays it out: envelopes (41), stored packets (43), claim records (44), claimed-by (42), seeds (22). */
function read(s: readonly StorageEntry[]) {
  const envelopes: Env[] = [];
  const stored: Packet[] = [];
  const claims: Packet[] = [];
  const claimedBy = new Map<string, bigint>();
  const seeds = new Set<bigint>();
  for (const e of s) {
    const prefix = e.keyHex.slice(0, 2), rest = e.keyHex.slice(2) as Hex;
    if (prefix === PREFIX_ENVELOPE) {
      const r = deserialize(e.valueHex as Hex);
      const f = r.type === "Struct" || r.type === "Array" ? r.items : [];
      envelopes.push({ id: intOfBytes(rest), creator: hex(f[0]), total: int(f[1]), n: int(f[2]), claimed: int(f[3]), remaining: int(f[4]), bestAddr: hex(f[5]), best: int(f[6]), state: int(f[7]), mode: int(f[10]) });
    } else if (prefix === PREFIX_PACKET || prefix === PREFIX_CLAIM) {
      const key = intOfBytes(rest);
      if (prefix === PREFIX_PACKET) stored.push({ id: key / TWO32, k: key % TWO32, amount: intOfBytes(e.valueHex as Hex) });
      else {
        const r = deserialize(e.valueHex as Hex);
        const f = r.type === "Struct" || r.type === "Array" ? r.items : [];
        claims.push({ id: key / TWO32, k: key % TWO32, claimer: hex(f[0]), amount: int(f[1]) });
      }
    } else if (prefix === PREFIX_CLAIMED) claimedBy.set(rest, intOfBytes(e.valueHex as Hex));
    else if (prefix === PREFIX_OPERATION_SEED) seeds.add(intOfBytes(rest));
  }
  return { envelopes, stored, claims, claimedBy, seeds };
}

/** `46` plus every refund (a refunded envelope gave back T − Σ its claims): all GAS the app's book says it paid. */
function bookedPayouts(s: readonly StorageEntry[]): bigint {
  const { envelopes, claims } = read(s);
  const refunds = envelopes.filter((e) => e.state === 2n).reduce((sum, e) => sum + e.total - sumOf(claims, e.id), 0n);
  return storedInt(s, PREFIX_TOTAL_DISTRIBUTED) + refunds;
}

const sumOf = (ps: readonly Packet[], id: bigint) => ps.filter((p) => p.id === id).reduce((a, p) => a + p.amount, 0n);

/**
 * RE-P6, RE-P9, RE-P11 and the stored distributions from the chain's storage alone, after every step:
 * per envelope `RemainingAmount = T − Σ claims` (0 once refunded), ClaimedCount = its claim records,
 * `46 = Σ all claims`, each claimer's `42` = its claim record; stored packets (modes 1, 2) are n
 * packets ≥ MIN_PACKET summing to T and every claim took the stored packet of its index; best
 * luck is the first claimer of the largest amount; the seed exists exactly while the spec says.
 */
function envelopeAccounting(): ChainInvariant {
  return {
    id: "RE-P6",
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const { envelopes, stored, claims, claimedBy, seeds } = read(s);
      const out: string[] = [];
      const total = claims.reduce((a, p) => a + p.amount, 0n);
      if (storedInt(s, PREFIX_TOTAL_DISTRIBUTED) !== total) out.push(`46 = ${storedInt(s, PREFIX_TOTAL_DISTRIBUTED)}, but the claim records sum to ${total}`);
      for (const e of envelopes) {
        const mine = claims.filter((c) => c.id === e.id).sort((a, b) => Number(a.k - b.k));
        const claimed = sumOf(claims, e.id);
        const expected = e.state === 2n ? 0n : e.total - claimed;
        if (e.remaining !== expected) out.push(`envelope ${e.id}: RemainingAmount ${e.remaining}, but T ${e.total} − Σ claims ${claimed}${e.state === 2n ? " (refunded: 0)" : ""} = ${expected}`);
        if (BigInt(mine.length) !== e.claimed || mine.some((c, i) => c.k !== BigInt(i))) out.push(`envelope ${e.id}: ClaimedCount ${e.claimed}, claim records at ${mine.map((c) => c.k).join(",")}`);
        if (claimed > e.total) out.push(`envelope ${e.id}: Σ claims ${claimed} > T ${e.total}`);
        for (const c of mine) if (claimedBy.get(c.claimer! + bytesOfInt(e.id)) !== c.amount) out.push(`envelope ${e.id}: 42 of claimer ${c.claimer} ≠ claim record ${c.amount}`);
        const best = mine.reduce<Packet | undefined>((b, c) => (!b || c.amount > b.amount ? c : b), undefined);
        if ((best?.amount ?? 0n) !== e.best || (best ? best.claimer : "00".repeat(20)) !== e.bestAddr) out.push(`envelope ${e.id}: best luck ${e.best} by ${e.bestAddr}, claims say ${best?.amount ?? 0n} by ${best?.claimer ?? "none"} (RE-P9)`);
        const packets = stored.filter((p) => p.id === e.id);
        if (packets.length > 0) {
          const sum = packets.reduce((a, p) => a + p.amount, 0n);
          if (sum !== e.total || BigInt(packets.length) !== e.n || packets.some((p) => p.amount < MIN_PACKET)) out.push(`envelope ${e.id}: ${packets.length} stored packets sum to ${sum} (T ${e.total}, n ${e.n})`);
          for (const c of mine) if (packets.find((p) => p.k === c.k)?.amount !== c.amount) out.push(`envelope ${e.id}: claim ${c.k} took ${c.amount}, not the stored packet`);
        }
        const seeded = (e.mode === 0n && e.state === 0n) || (e.mode === 3n && e.state === 1n && e.claimed < e.n);
        if (seeds.has(e.id) !== seeded) out.push(`envelope ${e.id} (mode ${e.mode}, state ${e.state}, ${e.claimed}/${e.n} claimed): seed ${seeds.has(e.id) ? "present" : "absent"} (RE-P11)`);
        if (e.claimed === e.n && e.remaining !== 0n) out.push(`envelope ${e.id}: all claimed but RemainingAmount ${e.remaining} (RE-P11)`);
      }
      return out;
    },
  };
}

/**
 * RedEnvelope's accounting invariants from the chain alone: RE-P6 (with RE-P9, RE-P11 and the
 * stored distributions) and G7 with the app's own book of payouts (`46` plus every refund): GAS
 * leaves the app only as claims and refunds.
 */
export function redEnvelopeInvariants(app: string): ChainInvariant[] {
  return [envelopeAccounting(), g7Conservation({ label: LABEL, hash: app }, bookedPayouts)];
}
