import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { GAS_HASH } from "../../../neo-express/driver/fee-policy.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
// The spec's storage layout (burn-league.md "Storage"), not the model's logic.
import { PREFIX_CLAIMED, PREFIX_REWARD_POOL, PREFIX_SEASON, PREFIX_TOTAL_BURNED, PREFIX_USER_BURNED, PREFIX_USER_POINTS } from "../../../simulator/apps/burn-league/storage-keys.js";

const LABEL = "BurnLeague";

/** A stored Season as the chain holds it: [Id, StartTime, EndTime, TotalBurned, TotalPoints, TotalParticipants, RewardPool, Active, Finalized]. */
interface StoredSeason {
  readonly totalBurned: bigint;
  readonly totalPoints: bigint;
  readonly participants: bigint;
  readonly rewardPool: bigint;
  readonly finalized: boolean;
}

/** What the app's storage says, read by the spec's keys alone. */
interface Books {
  readonly seasons: Map<bigint, StoredSeason>;
  /** 42: season id → user (little-endian hex) → points. */
  readonly points: Map<bigint, Map<string, bigint>>;
  /** 47: season id → users with the claimed flag. */
  readonly claimed: Map<bigint, Set<string>>;
  /** Σ_u 44‖u. */
  readonly userBurned: bigint;
  readonly total45: bigint;
  readonly pool46: bigint;
}

function books(s: readonly StorageEntry[]): Books {
  const seasons = new Map<bigint, StoredSeason>();
  const points = new Map<bigint, Map<string, bigint>>();
  const claimed = new Map<bigint, Set<string>>();
  let userBurned = 0n;
  for (const e of s) {
    const [prefix, rest] = [e.keyHex.slice(0, 2), e.keyHex.slice(2)];
    if (prefix === PREFIX_SEASON) {
      const item = deserialize(e.valueHex as Hex);
      const f = item.type === "Struct" || item.type === "Array" ? item.items : [];
      const int = (i: number) => (f[i]?.type === "Integer" ? (f[i] as { value: bigint }).value : 0n);
      seasons.set(intOfBytes(rest as Hex), { totalBurned: int(3), totalPoints: int(4), participants: int(5), rewardPool: int(6), finalized: f[8]?.type === "Boolean" && f[8].value });
    } else if ((prefix === PREFIX_USER_POINTS || prefix === PREFIX_CLAIMED) && rest.length >= 40) {
      const [user, sid] = [rest.slice(0, 40), intOfBytes(rest.slice(40) as Hex)];
      if (prefix === PREFIX_USER_POINTS) {
        if (!points.has(sid)) points.set(sid, new Map());
        points.get(sid)!.set(user, intOfBytes(e.valueHex as Hex));
      } else {
        if (!claimed.has(sid)) claimed.set(sid, new Set());
        claimed.get(sid)!.add(user);
      }
    } else if (prefix === PREFIX_USER_BURNED && rest.length === 40) {
      userBurned += intOfBytes(e.valueHex as Hex);
    }
  }
  return { seasons, points, claimed, userBurned, total45: storedInt(s, PREFIX_TOTAL_BURNED), pool46: storedInt(s, PREFIX_REWARD_POOL) };
}

const strip = (h: string) => h.replace(/^0x/, "").toLowerCase();
const littleEndian = (display: string) => Buffer.from(strip(display), "hex").reverse().toString("hex");

/** The app's own notifications of a successful step, as (name, args). */
function events(outcome: Outcome, app: string) {
  if (outcome.state !== "HALT") return [];
  return outcome.notifications.filter((n) => strip(n.contract) === strip(app));
}

const int = (v: { type: string; value?: unknown } | undefined): bigint | undefined => (v?.type === "Integer" ? (v.value as bigint) : undefined);
const bytes = (v: { type: string; hex?: unknown } | undefined): string | undefined => (v?.type === "ByteString" ? (v.hex as string) : undefined);

/**
 * BL-P5 from the chain alone, after every step: for every stored season `TotalPoints = Σ_u
 * 42‖u‖sid`, `TotalParticipants` = the number of users with a 42 entry, `TotalBurned` = Σ of the
 * GasBurned amounts announced for it; `45 = Σ_u 44‖u` = Σ of all GasBurned amounts.
 */
function seasonAccounting(app: string): ChainInvariant {
  const burned = new Map<bigint, bigint>();
  let all = 0n;
  let base45 = 0n;
  return {
    id: "BL-P5",
    start(initial, observed) {
      base45 = books(storageOf(initial, observed, LABEL)).total45;
    },
    check({ outcome, observation, observed }: ChainStep) {
      for (const n of events(outcome, app)) {
        const [amount, sid] = [int(n.args[1]), int(n.args[2])];
        if (n.eventName !== "GasBurned" || amount === undefined || sid === undefined) continue;
        burned.set(sid, (burned.get(sid) ?? 0n) + amount);
        all += amount;
      }
      const b = books(storageOf(observation, observed, LABEL));
      const out: string[] = [];
      for (const [sid, s] of b.seasons) {
        const pts = [...(b.points.get(sid)?.values() ?? [])];
        const sum = pts.reduce((x, y) => x + y, 0n);
        if (s.totalPoints !== sum) out.push(`season ${sid}: TotalPoints ${s.totalPoints} ≠ Σ 42‖u‖sid ${sum}`);
        if (s.participants !== BigInt(pts.length)) out.push(`season ${sid}: TotalParticipants ${s.participants} ≠ ${pts.length} users with points`);
        if (s.totalBurned !== (burned.get(sid) ?? 0n)) out.push(`season ${sid}: TotalBurned ${s.totalBurned} ≠ Σ GasBurned ${burned.get(sid) ?? 0n}`);
      }
      if (b.total45 !== b.userBurned) out.push(`45 = ${b.total45} ≠ Σ_u 44‖u ${b.userBurned}`);
      if (b.total45 !== base45 + all) out.push(`45 = ${b.total45} ≠ Σ GasBurned ${all} (start ${base45})`);
      return out;
    },
  };
}

/**
 * BL-P6 from the chain alone, after every step. The pool: `46 + Σ_s RewardPool_s` = Σ of the
 * amounts of the successful `fundRewardPool` calls (read from the transactions), and a
 * `startSeason` moves the whole of `46` into the new season (46 is 0 after it). The claims: each
 * RewardClaimed reward is `⌊RewardPool × pts / TotalPoints⌋` of the stored season, finalized,
 * flagged in 47, once per user and season, paid by a GAS Transfer of the same amount from the app
 * to the claimer in the same step; per season Σ rewards ≤ RewardPool and #47 = #RewardClaimed.
 */
function poolAccounting(app: string): ChainInvariant {
  let funded = 0n;
  let prev46 = 0n;
  const paid = new Map<bigint, bigint>();
  const claims = new Map<bigint, Set<string>>();
  const held = (b: Books) => b.pool46 + [...b.seasons.values()].reduce((x, s) => x + s.rewardPool, 0n);
  return {
    id: "BL-P6",
    start(initial, observed) {
      const b = books(storageOf(initial, observed, LABEL));
      funded = held(b);
      prev46 = b.pool46;
    },
    check({ outcome, observation, observed, invocation }: ChainStep) {
      const b = books(storageOf(observation, observed, LABEL));
      const out: string[] = [];
      if (outcome.state === "HALT" && invocation && strip(invocation.contract) === strip(app) && invocation.method === "fundRewardPool") {
        const amount = invocation.args[1];
        if (amount?.type === "Integer") funded += amount.value;
      }
      if (held(b) !== funded) out.push(`46 (${b.pool46}) + Σ RewardPool = ${held(b)} ≠ Σ funded ${funded}`);
      for (const n of events(outcome, app)) {
        if (n.eventName === "SeasonStarted") {
          const id = int(n.args[0]);
          const pool = id === undefined ? undefined : b.seasons.get(id)?.rewardPool;
          if (pool !== prev46 || b.pool46 !== 0n) out.push(`startSeason: season ${id} got RewardPool ${pool} of 46 = ${prev46}; 46 is ${b.pool46} after it`);
        }
        if (n.eventName !== "RewardClaimed") continue;
        const [claimer, reward, sid] = [bytes(n.args[0]), int(n.args[1]), int(n.args[2])];
        if (claimer === undefined || reward === undefined || sid === undefined) continue;
        const s = b.seasons.get(sid);
        const pts = b.points.get(sid)?.get(claimer) ?? 0n;
        const share = s && s.totalPoints > 0n ? (s.rewardPool * pts) / s.totalPoints : undefined;
        if (!s?.finalized) out.push(`RewardClaimed for season ${sid}, which is not finalized`);
        if (share !== reward) out.push(`${claimer} claimed ${reward} of season ${sid}: ⌊RewardPool × ${pts} / TotalPoints⌋ = ${share}`);
        if (!b.claimed.get(sid)?.has(claimer)) out.push(`${claimer} claimed season ${sid} without the 47 flag`);
        if (!claims.has(sid)) claims.set(sid, new Set());
        if (claims.get(sid)!.has(claimer)) out.push(`${claimer} claimed season ${sid} twice`);
        claims.get(sid)!.add(claimer);
        paid.set(sid, (paid.get(sid) ?? 0n) + reward);
        if (reward > 0n && !transferred(outcome, app, claimer, reward)) out.push(`${claimer}'s reward ${reward} of season ${sid} was not transferred by the app`);
      }
      for (const [sid, sum] of paid) {
        const pool = b.seasons.get(sid)?.rewardPool ?? 0n;
        if (sum > pool) out.push(`season ${sid}: Σ claimed ${sum} > RewardPool ${pool}`);
      }
      for (const [sid, users] of b.claimed) {
        if (users.size !== (claims.get(sid)?.size ?? 0)) out.push(`season ${sid}: ${users.size} claimed flags, ${claims.get(sid)?.size ?? 0} RewardClaimed events`);
      }
      prev46 = b.pool46;
      return out;
    },
  };
}

/** A GAS Transfer of `amount` from the app to `to` (little-endian hex) among the step's notifications. */
function transferred(outcome: Outcome, app: string, to: string, amount: bigint): boolean {
  if (outcome.state !== "HALT") return false;
  return outcome.notifications.some((n) => strip(n.contract) === GAS_HASH.toLowerCase() && n.eventName === "Transfer"
    && bytes(n.args[0]) === littleEndian(app) && bytes(n.args[1]) === to && int(n.args[2]) === amount);
}

/**
 * BurnLeague's accounting invariants, checked from the chain's state after every step without
 * the model: BL-P5, BL-P6 and G7 (GAS leaves the app only by the transfers its notifications show;
 * BL-P6 ties each of them to a RewardClaimed).
 */
export function burnLeagueInvariants(app: string): ChainInvariant[] {
  return [seasonAccounting(app), poolAccounting(app), g7Conservation({ label: LABEL, hash: app })];
}
