import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout (coin-flip.md "Storage"), not the model's logic.
import { PREFIX_OPERATION_SEED } from "../../../simulator/bases/mini-app-compute-base-seeds.js";
import { PREFIX_BET, PREFIX_JACKPOT_POOL, PREFIX_TOTAL_PAID, PREFIX_TOTAL_WAGERED } from "../../../simulator/apps/coin-flip/storage-keys.js";

const LABEL = "CoinFlip";

const flag = (item: StackItem | undefined) => (item?.type === "Boolean" ? item.value : item?.type === "Integer" && item.value !== 0n);

/** Every Bet record on chain: [Player, Amount, Choice, Timestamp, Resolved, Won, Payout, StreakBonus, Mode, Refunded]. */
function bets(s: readonly StorageEntry[]): { id: string; amount: bigint; resolved: boolean; hybrid: boolean; refunded: boolean }[] {
  return s.filter((e) => e.keyHex.startsWith(PREFIX_BET)).map((e) => {
    const r = deserialize(e.valueHex as Hex);
    const items: readonly StackItem[] = r.type === "Struct" || r.type === "Array" ? r.items : [];
    const amount = items[1]?.type === "Integer" ? items[1].value : 0n;
    const mode = items[8]?.type === "Integer" ? items[8].value : 0n;
    return { id: e.keyHex.slice(PREFIX_BET.length), amount, resolved: flag(items[4]), hybrid: mode === 2n, refunded: flag(items[9]) };
  });
}

/**
 * CF-P6 and the two-phase rules from the chain alone: a hybrid bet's seed (22‖bytes(betId)) is
 * stored exactly while the bet is open, deleted by its settlement; no other seed exists.
 */
function seeds(): ChainInvariant {
  return {
    id: "CF-P6",
    check({ observation, observed }: ChainStep) {
      const s = storageOf(observation, observed, LABEL);
      const stored = new Set(s.filter((e) => e.keyHex.startsWith(PREFIX_OPERATION_SEED)).map((e) => e.keyHex.slice(PREFIX_OPERATION_SEED.length)));
      const open = new Set(bets(s).filter((b) => b.hybrid && !b.resolved).map((b) => b.id));
      const out: string[] = [];
      for (const id of open) if (!stored.has(id)) out.push(`open hybrid bet 41‖${id} has no seed at 22‖${id}`);
      for (const id of stored) if (!open.has(id)) out.push(`seed 22‖${id} stored without an open hybrid bet`);
      return out;
    },
  };
}

/** What left the app by its own books: `44` (payouts) plus the stakes of refunded bets. */
const booked = (s: readonly StorageEntry[]) => storedInt(s, PREFIX_TOTAL_PAID) + bets(s).filter((b) => b.refunded).reduce((a, b) => a + b.amount, 0n);

/** Sums of one event's Integer argument over the sequence's successful steps. */
function eventSum(outcome: ChainStep["outcome"], event: string, arg: number): bigint {
  if (outcome.state !== "HALT") return 0n;
  return outcome.notifications.filter((n) => n.eventName === event).reduce((a, n) => a + (n.args[arg]?.type === "Integer" ? (n.args[arg] as { value: bigint }).value : 0n), 0n);
}

/**
 * CF-P3 and CF-P7 from the chain alone: the jackpot pool `45 = Σ ⌊a × 100 / 10,000⌋ over every bet
 * record − Σ JackpotWon`; `44 = Σ BetResolved.payout`; `43 = Σ a over every bet record`.
 */
function books(): ChainInvariant {
  let jackpots = 0n;
  let payouts = 0n;
  return {
    id: "CF-P3/P7",
    check({ outcome, observation, observed }: ChainStep) {
      jackpots += eventSum(outcome, "JackpotWon", 1);
      payouts += eventSum(outcome, "BetResolved", 3);
      const s = storageOf(observation, observed, LABEL);
      const all = bets(s);
      const contributions = all.reduce((a, b) => a + (b.amount * 100n) / 10_000n, 0n);
      const wagered = all.reduce((a, b) => a + b.amount, 0n);
      const out: string[] = [];
      const pool = storedInt(s, PREFIX_JACKPOT_POOL);
      if (pool !== contributions - jackpots) out.push(`jackpot pool 45 = ${pool}, but Σ contributions ${contributions} − Σ JackpotWon ${jackpots} = ${contributions - jackpots}`);
      const paid = storedInt(s, PREFIX_TOTAL_PAID);
      if (paid !== payouts) out.push(`total paid 44 = ${paid}, but Σ BetResolved payouts = ${payouts}`);
      const total = storedInt(s, PREFIX_TOTAL_WAGERED);
      if (total !== wagered) out.push(`total wagered 43 = ${total}, but Σ bet amounts = ${wagered}`);
      return out;
    },
  };
}

/**
 * CoinFlip's accounting invariants, checked from the chain's state after every step without the
 * model: CF-P3 / CF-P7 (pool, payouts, wagered), CF-P6 (a seed exactly while its hybrid bet is
 * open) and G7 with the app's books as the record of what left it ("the app balance decreases by
 * exactly the payouts and refunds").
 */
export function coinFlipInvariants(app: string): ChainInvariant[] {
  return [books(), seeds(), g7Conservation({ label: LABEL, hash: app }, booked)];
}
