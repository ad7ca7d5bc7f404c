import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout and constants (lottery.md "Storage", "Constants"), not the model's logic.
import { PLATFORM_FEE_PERCENT, TICKET_PRICE } from "../../../simulator/apps/lottery/constants.js";
import {
  PREFIX_CURRENT_ROUND, PREFIX_DRAW_TIME, PREFIX_ENTRY, PREFIX_ENTRY_COUNTER, PREFIX_PENDING_DRAW, PREFIX_PLAYER_TICKETS, PREFIX_RANDOMNESS, PREFIX_ROUND,
  PREFIX_SCRATCH, PREFIX_TOTAL_PRIZES,
} from "../../../simulator/apps/lottery/storage-keys.js";
import { PREFIX_OPERATION_SEED } from "../../../simulator/bases/mini-app-compute-base-seeds.js";
import { PREFIX_REQUEST_DATA } from "../../../simulator/bases/mini-app-service-base.js";

const LABEL = "Lottery";

interface RoundRec { id: bigint; total: bigint; pool: bigint; participants: bigint; first: bigint; count: bigint; winner: string; prize: bigint; completed: boolean }
interface EntryRec { id: bigint; player: string; start: bigint; count: bigint }
interface TicketRec { id: bigint; scratched: boolean; prize: bigint; hybrid: boolean }

const fields = (hex: string): readonly StackItem[] => {
  const r = deserialize(hex as Hex);
  return r.type === "Struct" || r.type === "Array" ? r.items : [];
};
const int = (i: StackItem | undefined): bigint => (i?.type === "Integer" ? i.value : i?.type === "Boolean" ? (i.value ? 1n : 0n) : 0n);
const hex = (i: StackItem | undefined): string => (i?.type === "ByteString" || i?.type === "Buffer" ? i.hex : "");
const bool = (i: StackItem | undefined): boolean => (i?.type === "Boolean" ? i.value : int(i) !== 0n);

/** The app's storage read as lottery.md lays it out. */
function read(s: readonly StorageEntry[]) {
  const rounds: RoundRec[] = [];
  const entries = new Map<bigint, EntryRec>();
  const tickets: TicketRec[] = [];
  const playerTickets: { player: string; round: bigint; n: bigint }[] = [];
  const seeds = new Set<bigint>();
  const contexts: bigint[] = [];
  const randomness: bigint[] = [];
  for (const e of s) {
    const prefix = e.keyHex.slice(0, 2), rest = e.keyHex.slice(2) as Hex;
    if (prefix === PREFIX_ROUND) {
      const f = fields(e.valueHex);
      rounds.push({ id: int(f[0]), total: int(f[3]), pool: int(f[4]), participants: int(f[5]), first: int(f[6]), count: int(f[7]), winner: hex(f[8]), prize: int(f[9]), completed: bool(f[10]) });
    } else if (prefix === PREFIX_ENTRY) {
      const f = fields(e.valueHex);
      entries.set(intOfBytes(rest), { id: intOfBytes(rest), player: hex(f[0]), start: int(f[1]), count: int(f[2]) });
    } else if (prefix === PREFIX_SCRATCH) {
      const f = fields(e.valueHex);
      tickets.push({ id: int(f[0]), scratched: bool(f[4]), prize: int(f[5]), hybrid: bool(f[6]) });
    } else if (prefix === PREFIX_PLAYER_TICKETS) playerTickets.push({ player: rest.slice(0, 40), round: intOfBytes(rest.slice(40) as Hex), n: intOfBytes(e.valueHex as Hex) });
    else if (prefix === PREFIX_OPERATION_SEED) seeds.add(intOfBytes(rest));
    else if (prefix === PREFIX_REQUEST_DATA) contexts.push(intOfBytes(rest));
    else if (prefix === PREFIX_RANDOMNESS) randomness.push(intOfBytes(rest));
  }
  return { rounds, entries, tickets, playerTickets, seeds, contexts, randomness };
}

/** `46`: what the app's book says it paid (rounds and scratch prizes). */
const bookedPayouts = (s: readonly StorageEntry[]): bigint => storedInt(s, PREFIX_TOTAL_PRIZES);

/**
 * LO-P1 (the cumulative index), LO-P8 (prize accounting) and the round records, from the chain's
 * storage alone, after every step: each round's entries are FirstEntryId … + EntryCount − 1, contiguous
 * from StartTicket 0 to TotalTickets, the next round's FirstEntryId follows; Σ of the round's `42` keys
 * = TotalTickets and their number = ParticipantCount; PrizePool = TotalTickets × TICKET_PRICE; a
 * completed round's WinnerPrize = ⌊pool × 90 / 100⌋ and its winner holds a ticket of it;
 * `46` = Σ completed rounds' prizes + Σ revealed scratch prizes; an unrevealed ticket has prize 0
 * when hybrid; the seed `22‖id` exists exactly for unrevealed hybrid tickets (LO-P6).
 */
function roundAccounting(): ChainInvariant {
  return {
    id: "LO-P1",
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const { rounds, entries, tickets, playerTickets, seeds } = read(s);
      const out: string[] = [];
      const sorted = [...rounds].sort((a, b) => (a.id < b.id ? -1 : 1));
      const counter = storedInt(s, PREFIX_ENTRY_COUNTER);
      sorted.forEach((r, k) => {
        let start = 0n;
        for (let i = 0n; i < r.count; i++) {
          const e = entries.get(r.first + i);
          if (!e) { out.push(`round ${r.id}: entry ${r.first + i} missing`); break; }
          if (e.start !== start) out.push(`round ${r.id}: entry ${e.id} StartTicket ${e.start}, but the entries before it hold ${start} tickets`);
          start = e.start + e.count;
        }
        if (start !== r.total) out.push(`round ${r.id}: the entries end at ${start}, TotalTickets ${r.total}`);
        const next = sorted[k + 1];
        const end = r.first + r.count;
        if (next && next.first !== end) out.push(`round ${next.id}: FirstEntryId ${next.first}, round ${r.id} ends at ${end}`);
        if (!next && end !== counter + 1n) out.push(`round ${r.id} (current) ends at entry ${end - 1n}, the entry counter is ${counter}`);
        const mine = playerTickets.filter((p) => p.round === r.id);
        const sum = mine.reduce((a, p) => a + p.n, 0n);
        if (sum !== r.total) out.push(`round ${r.id}: Σ player tickets ${sum} ≠ TotalTickets ${r.total}`);
        if (BigInt(mine.length) !== r.participants) out.push(`round ${r.id}: ${mine.length} players hold tickets, ParticipantCount ${r.participants}`);
        if (r.pool !== r.total * TICKET_PRICE) out.push(`round ${r.id}: PrizePool ${r.pool} ≠ TotalTickets ${r.total} × TICKET_PRICE`);
        if (r.completed) {
          const prize = (r.pool * (100n - PLATFORM_FEE_PERCENT)) / 100n;
          if (r.prize !== prize) out.push(`round ${r.id}: WinnerPrize ${r.prize} ≠ ⌊pool × 90 / 100⌋ = ${prize}`);
          if (!mine.some((p) => p.player === r.winner)) out.push(`round ${r.id}: the winner ${r.winner} holds no ticket of it`);
        }
      });
      const prizes = sorted.filter((r) => r.completed).reduce((a, r) => a + r.prize, 0n) + tickets.filter((t) => t.scratched).reduce((a, t) => a + t.prize, 0n);
      if (storedInt(s, PREFIX_TOTAL_PRIZES) !== prizes) out.push(`46 = ${storedInt(s, PREFIX_TOTAL_PRIZES)}, but the completed rounds and revealed tickets paid ${prizes} (LO-P8)`);
      for (const t of tickets) {
        const seeded = t.hybrid && !t.scratched;
        if (seeds.has(t.id) !== seeded) out.push(`scratch ticket ${t.id} (${t.hybrid ? "hybrid" : "legacy"}, ${t.scratched ? "revealed" : "unrevealed"}): seed ${seeds.has(t.id) ? "present" : "absent"} (LO-P6)`);
        if (t.hybrid && !t.scratched && t.prize !== 0n) out.push(`scratch ticket ${t.id}: unrevealed hybrid with prize ${t.prize}`);
      }
      return out;
    },
  };
}

/**
 * LO-P10 from the chain alone: `45` absent ⇒ no `50‖…`, no context `1A‖…`, no `4C`; `45 = q > 0` ⇒ `4C`
 * and exactly one of `1A‖bytes(q)` and `50‖bytes(r.Id)`; `45 = −1` ⇒ `50‖bytes(r.Id)` and neither a
 * context nor `4C`; only the current round can have a `50` key.
 */
function pendingDraw(): ChainInvariant {
  return {
    id: "LO-P10",
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const { contexts, randomness } = read(s);
      const marker = s.find((e) => e.keyHex === PREFIX_PENDING_DRAW);
      const drawTime = s.some((e) => e.keyHex === PREFIX_DRAW_TIME);
      const current = storedInt(s, PREFIX_CURRENT_ROUND);
      const out: string[] = [];
      if (randomness.some((id) => id !== current)) out.push(`randomness stored for round(s) ${randomness.filter((id) => id !== current).join(", ")}, current ${current}`);
      const stored = randomness.includes(current);
      if (!marker) {
        if (stored || contexts.length > 0 || drawTime) out.push(`no draw pending, yet${stored ? " 50" : ""}${contexts.length ? ` contexts ${contexts.join(",")}` : ""}${drawTime ? " 4C" : ""}`);
        return out;
      }
      const q = intOfBytes(marker.valueHex as Hex);
      if (q === -1n) {
        if (!stored || contexts.length > 0 || drawTime) out.push(`seed draw pending: 50 ${stored ? "present" : "absent"}, contexts ${contexts.length}, 4C ${drawTime ? "present" : "absent"}`);
      } else if (q > 0n) {
        const context = contexts.includes(q);
        if (!drawTime || context === stored || contexts.some((c) => c !== q)) out.push(`RNG draw ${q} pending: 4C ${drawTime ? "present" : "absent"}, context ${context ? "present" : "absent"}, 50 ${stored ? "present" : "absent"}, other contexts ${contexts.filter((c) => c !== q).join(",") || "none"}`);
      } else out.push(`45 = ${q}`);
      return out;
    },
  };
}

/**
 * Lottery's accounting invariants from the chain alone: LO-P1 with LO-P8 and the seed lifetime,
 * LO-P10, and G7 with the app's own book of payouts (`46`): GAS leaves the app only as round and
 * scratch prizes, each booked (ticket and scratch payments stay in PaymentHub, LO-P8).
 */
export function lotteryInvariants(app: string): ChainInvariant[] {
  return [roundAccounting(), pendingDraw(), g7Conservation({ label: LABEL, hash: app }, bookedPayouts)];
}
