import { sha256 } from "@noble/hashes/sha2.js";
import { storageOf, storedInt, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { eventSum } from "../../harness/invariants/event-sum.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout (turtle-match.md "Storage"), not the model's logic.
import { PREFIX_OPERATION_SEED } from "../../../simulator/bases/mini-app-compute-base-seeds.js";
import {
  PREFIX_PLAYER_SESSIONS, PREFIX_SESSION, PREFIX_SESSION_COUNTER, PREFIX_TOTAL_BOXES, PREFIX_TOTAL_MATCHES, PREFIX_TOTAL_PAID,
} from "../../../simulator/apps/turtle-match/storage-keys.js";

const LABEL = "TurtleMatch";

interface StoredSession {
  readonly key: string;
  readonly id: bigint;
  readonly player: string;
  readonly boxCount: bigint;
  readonly payment: bigint;
  readonly settled: boolean;
  readonly matches: bigint;
  readonly reward: bigint;
}

const int = (x: StackItem | undefined) => (x?.type === "Integer" ? x.value : 0n);

/** Every Session record on chain: [SessionId, Player, BoxCount, Payment, StartTime, Settled, TotalMatches, TotalReward, SettleTime]. */
function sessions(s: readonly StorageEntry[]): StoredSession[] {
  return s.filter((e) => e.keyHex.startsWith(PREFIX_SESSION) && e.keyHex !== PREFIX_SESSION).map((e) => {
    const r = deserialize(e.valueHex as Hex);
    const f: readonly StackItem[] = r.type === "Struct" || r.type === "Array" ? r.items : [];
    const settled = f[5]?.type === "Boolean" ? f[5].value : int(f[5]) !== 0n;
    return {
      key: e.keyHex.slice(PREFIX_SESSION.length), id: int(f[0]), player: f[1]?.type === "ByteString" ? f[1].hex : "", boxCount: int(f[2]),
      payment: int(f[3]), settled, matches: int(f[6]), reward: int(f[7]),
    };
  });
}

/**
 * GAME of turtle-match.md "Game function", written here again from the spec's text alone (not the
 * model's code): SHA-256 chained over 9 cells a box, rand = little-endian of the first 31 bytes,
 * the colour by the cumulative odds, a match for every colour seen three times or more.
 */
const ODDS = [20, 40, 58, 73, 85, 93, 98, 100];
const REWARDS = [15, 15, 18, 20, 25, 35, 50, 100].map((x) => BigInt(x) * 1_000_000n);
export function specGame(seedHex: string, boxes: number): { matches: bigint; reward: bigint } {
  let s: Uint8Array = Buffer.from(seedHex, "hex");
  let matches = 0n;
  let reward = 0n;
  for (let b = 0; b < boxes; b++) {
    const tally = new Map<number, number>();
    for (let cell = 0; cell < 9; cell++) {
      s = sha256(s);
      const roll = Number(BigInt("0x" + Buffer.from(s.subarray(0, 31)).reverse().toString("hex")) % 100n);
      const colour = ODDS.findIndex((o) => roll < o);
      tally.set(colour, (tally.get(colour) ?? 0) + 1);
    }
    for (const [colour, n] of tally) if (n >= 3) { matches += 1n; reward += REWARDS[colour]!; }
  }
  return { matches, reward };
}

/**
 * TM-P5 and the session books from the chain alone: `44 = Σ GameSettled.reward = Σ TotalReward of
 * settled sessions`, `43` likewise for matches; `42 = Σ BoxCount`, `41` = the number of sessions
 * (ids 1…41), `45‖p` = p's sessions; every session's Payment = BoxCount × 0.1 GAS with
 * 3 ≤ BoxCount ≤ 20 (TM-P6).
 */
function books(): ChainInvariant {
  let rewards = 0n;
  let matches = 0n;
  return {
    id: "TM-P5",
    check({ outcome, observation, observed }: ChainStep) {
      rewards += eventSum(outcome, "GameSettled", 3);
      matches += eventSum(outcome, "GameSettled", 2);
      const s = storageOf(observation, observed, LABEL);
      const all = sessions(s);
      const settled = all.filter((x) => x.settled);
      const out: string[] = [];
      const paid = storedInt(s, PREFIX_TOTAL_PAID);
      const sumReward = settled.reduce((a, x) => a + x.reward, 0n);
      if (paid !== rewards || paid !== sumReward) out.push(`total paid 44 = ${paid}, Σ GameSettled rewards = ${rewards}, Σ settled TotalReward = ${sumReward}`);
      const m = storedInt(s, PREFIX_TOTAL_MATCHES);
      const sumMatches = settled.reduce((a, x) => a + x.matches, 0n);
      if (m !== matches || m !== sumMatches) out.push(`total matches 43 = ${m}, Σ GameSettled matches = ${matches}, Σ settled TotalMatches = ${sumMatches}`);
      const boxes = storedInt(s, PREFIX_TOTAL_BOXES);
      const sumBoxes = all.reduce((a, x) => a + x.boxCount, 0n);
      if (boxes !== sumBoxes) out.push(`total boxes 42 = ${boxes}, Σ BoxCount = ${sumBoxes}`);
      const count = storedInt(s, PREFIX_SESSION_COUNTER);
      const ids = all.map((x) => x.id).sort((a, b) => (a < b ? -1 : 1));
      if (ids.length !== Number(count) || ids.some((id, i) => id !== BigInt(i + 1))) out.push(`session counter 41 = ${count}, sessions stored: ${ids.join(", ")}`);
      for (const x of all) {
        if (x.payment !== x.boxCount * 10_000_000n || x.boxCount < 3n || x.boxCount > 20n) out.push(`session ${x.id}: BoxCount ${x.boxCount}, Payment ${x.payment}`);
      }
      const perPlayer = new Map<string, bigint>();
      for (const x of all) perPlayer.set(x.player, (perPlayer.get(x.player) ?? 0n) + 1n);
      const counted = s.filter((e) => e.keyHex.startsWith(PREFIX_PLAYER_SESSIONS) && e.keyHex.length === PREFIX_PLAYER_SESSIONS.length + 40);
      for (const e of counted) {
        const p = e.keyHex.slice(PREFIX_PLAYER_SESSIONS.length);
        if (intOfBytes(e.valueHex as Hex) !== (perPlayer.get(p) ?? 0n)) out.push(`45‖${p} = ${intOfBytes(e.valueHex as Hex)}, sessions of that player: ${perPlayer.get(p) ?? 0n}`);
      }
      for (const p of perPlayer.keys()) if (!counted.some((e) => e.keyHex.endsWith(p))) out.push(`player ${p} has sessions but no count at 45‖${p}`);
      return out;
    },
  };
}

/**
 * TM-P4 / the two-phase rules from the chain alone: a session's seed (22‖bytes(id)) is stored
 * exactly while the session is unsettled; no other seed exists. TM-P1/TM-P3: every settled
 * session holds exactly GAME(seed, BoxCount) of the seed its GameStarted announced, recomputed
 * here from the spec's text (so a GAME mistake the model and the contract share is caught), and
 * within the bounds 3 × BoxCount, 185,000,000 × BoxCount.
 */
function seedsAndResults(): ChainInvariant {
  const seeds = new Map<bigint, string>();
  return {
    id: "TM-P4/P3",
    check({ outcome, observation, observed }: ChainStep) {
      if (outcome.state === "HALT") {
        for (const n of outcome.notifications) if (n.eventName === "GameStarted" && n.args[3]?.type === "ByteString") seeds.set(int(n.args[1]), n.args[3].hex);
      }
      const s = storageOf(observation, observed, LABEL);
      const all = sessions(s);
      const stored = new Set(s.filter((e) => e.keyHex.startsWith(PREFIX_OPERATION_SEED)).map((e) => e.keyHex.slice(PREFIX_OPERATION_SEED.length)));
      const open = new Set(all.filter((x) => !x.settled).map((x) => x.key));
      const out: string[] = [];
      for (const k of open) if (!stored.has(k)) out.push(`unsettled session 40‖${k} has no seed at 22‖${k}`);
      for (const k of stored) if (!open.has(k)) out.push(`seed 22‖${k} stored without an unsettled session`);
      for (const x of all.filter((y) => y.settled)) {
        if (x.matches < 0n || x.matches > 3n * x.boxCount || x.reward < 0n || x.reward > 185_000_000n * x.boxCount) out.push(`session ${x.id}: (${x.matches}, ${x.reward}) outside the bounds`);
        const seed = seeds.get(x.id);
        if (seed === undefined) continue;
        const g = specGame(seed, Number(x.boxCount));
        if (g.matches !== x.matches || g.reward !== x.reward) out.push(`session ${x.id} settled with (${x.matches}, ${x.reward}), GAME of its seed is (${g.matches}, ${g.reward})`);
      }
      return out;
    },
  };
}

/**
 * TurtleMatch's accounting invariants, checked from the chain's state after every step without
 * the model: TM-P5 (paid, matches, boxes, sessions), TM-P4/P3 (a seed exactly while its session
 * is open; settled results equal GAME from the spec's text, within bounds) and G7 with `44` as
 * the app's record of what left it (the balance decreases by exactly the rewards paid).
 */
export function turtleMatchInvariants(app: string): ChainInvariant[] {
  return [books(), seedsAndResults(), g7Conservation({ label: LABEL, hash: app }, (s) => storedInt(s, PREFIX_TOTAL_PAID))];
}
