import { storageOf, type ChainInvariant, type ChainStep } from "../../harness/chain-invariant.js";
import { g7Conservation } from "../../harness/invariants/g7-conservation.js";
import type { StorageEntry } from "../../../neo-express/driver/chain-backend.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
// The spec's storage layout and constants only (masquerade-dao.md "Storage"), not the model's logic.
import { BPS, PAIR_SHIFT, PASS_THRESHOLD_BPS, QUORUM_BPS } from "../../../simulator/apps/masquerade-dao/constants.js";
import {
  PREFIX_CACHED_POWER, PREFIX_DELEGATOR, PREFIX_DELEGATOR_COUNT, PREFIX_DELEGATOR_INDEX, PREFIX_MASK, PREFIX_MASK_COUNTER, PREFIX_PASSED,
  PREFIX_PROPOSAL, PREFIX_PROPOSAL_COUNTER, PREFIX_REJECTED, PREFIX_TOTAL_VOTES, PREFIX_VOTE,
} from "../../../simulator/apps/masquerade-dao/storage-keys.js";

export const LABEL = "MasqueradeDAO";

const items = (hex: string): readonly StackItem[] => {
  const r = deserialize(hex as Hex);
  return r.type === "Struct" || r.type === "Array" ? r.items : [];
};
const int = (i: StackItem | undefined) => (i?.type === "Integer" ? i.value : 0n);
const flag = (i: StackItem | undefined) => i?.type === "Boolean" && i.value;

interface ChainMask { readonly base: bigint; readonly delegatedTo: bigint; readonly active: boolean }
interface ChainProposal { readonly yes: bigint; readonly no: bigint; readonly abstain: bigint; readonly voters: bigint; readonly executed: boolean; readonly passed: boolean }
interface ChainVote { readonly p: bigint; readonly m: bigint; readonly maskId: bigint; readonly choice: bigint; readonly power: bigint }

/** The app's storage decoded by the spec's layout: records under 41, 43, 44; integers under 40, 42, 45–47 and 50–53 (by key, with the raw value). */
export interface DaoStorage {
  readonly masks: Map<bigint, ChainMask>;
  readonly proposals: Map<bigint, ChainProposal>;
  readonly votes: ChainVote[];
  readonly ints: (prefix: string) => Map<bigint, { value: bigint; hex: string }>;
  readonly scalar: (key: string) => bigint;
}

export function decodeStorage(s: readonly StorageEntry[]): DaoStorage {
  const under = (prefix: string) => s.filter((e) => e.keyHex.length > 2 && e.keyHex.startsWith(prefix)).map((e) => ({ key: intOfBytes(e.keyHex.slice(2) as Hex), hex: e.valueHex }));
  const masks = new Map(under(PREFIX_MASK).map(({ key, hex }) => {
    const f = items(hex);
    return [key, { base: int(f[3]), delegatedTo: int(f[5]), active: flag(f[9]) }] as const;
  }));
  const proposals = new Map(under(PREFIX_PROPOSAL).map(({ key, hex }) => {
    const f = items(hex);
    return [key, { yes: int(f[8]), no: int(f[9]), abstain: int(f[10]), voters: int(f[11]), executed: flag(f[12]), passed: flag(f[13]) }] as const;
  }));
  const votes = under(PREFIX_VOTE).map(({ key, hex }) => {
    const f = items(hex);
    return { p: key / PAIR_SHIFT, m: key % PAIR_SHIFT, maskId: int(f[0]), choice: int(f[1]), power: int(f[2]) };
  });
  const ints = (prefix: string) => new Map(under(prefix).map(({ key, hex }) => [key, { value: intOfBytes(hex as Hex), hex }] as const));
  const scalar = (key: string) => intOfBytes((s.find((e) => e.keyHex === key)?.valueHex ?? "") as Hex);
  return { masks, proposals, votes, ints, scalar };
}

/** D(t) = { d : d.DelegatedTo = t ∧ d.Active } and E(t) = base(t) + Σ base(d), by the O(n) scan over the decoded masks. */
export function directDelegators(st: DaoStorage, t: bigint): bigint[] {
  return [...st.masks].filter(([, d]) => d.active && d.delegatedTo === t).map(([id]) => id);
}

export const recomputedPower = (st: DaoStorage, t: bigint): bigint =>
  directDelegators(st, t).reduce((sum, d) => sum + st.masks.get(d)!.base, st.masks.get(t)?.base ?? 0n);

/**
 * MD-P1 and MD-P8 from the chain's storage alone, after every transaction: for every mask t,
 * `50‖t = E(t) − base(t)` and `51‖t = |D(t)|`, both present iff D(t) is non-empty (never the empty
 * value); `52‖K(t, i)` exists exactly for `0 ≤ i < 51‖t` and lists D(t) without repetition;
 * `53‖d` exists iff d is active and delegated, and then `52‖K(d.DelegatedTo, 53‖d) = d`; no cache key
 * for anything else; DelegatedTo never negative, never the mask itself (MD-P6).
 */
function cacheInvariant(): ChainInvariant {
  return {
    id: "MD-P1",
    check({ observation, observed }: ChainStep) {
      const st = decodeStorage(storageOf(observation, observed, LABEL));
      const cached = st.ints(PREFIX_CACHED_POWER);
      const counts = st.ints(PREFIX_DELEGATOR_COUNT);
      const list = st.ints(PREFIX_DELEGATOR);
      const index = st.ints(PREFIX_DELEGATOR_INDEX);
      const problems: string[] = [];
      const listed = new Set<bigint>();
      for (const [t] of st.masks) {
        const d = directDelegators(st, t);
        const power = recomputedPower(st, t) - st.masks.get(t)!.base;
        const c = counts.get(t);
        const p = cached.get(t);
        if (d.length === 0 ? c !== undefined || p !== undefined : c?.hex === "" || p?.hex === "" || c === undefined || p === undefined) {
          problems.push(`mask ${t}: ${d.length} active delegators, but 51‖t ${c ? `= "${c.hex}"` : "absent"} and 50‖t ${p ? `= "${p.hex}"` : "absent"}`);
        }
        if ((c?.value ?? 0n) !== BigInt(d.length)) problems.push(`mask ${t}: 51‖t = ${c?.value ?? 0n}, but it has ${d.length} active direct delegators`);
        if ((p?.value ?? 0n) !== power) problems.push(`mask ${t}: base ${st.masks.get(t)!.base} + cached ${p?.value ?? 0n} ≠ E ${power + st.masks.get(t)!.base} recomputed by the O(n) scan`);
        const keys = Array.from({ length: Number(c?.value ?? 0n) }, (_, i) => t * PAIR_SHIFT + BigInt(i));
        keys.forEach((k) => listed.add(k));
        const entries = keys.map((k) => list.get(k)?.value);
        const sorted = (xs: readonly (bigint | undefined)[]) => [...xs].map(String).sort().join(",");
        if (sorted(entries) !== sorted(d)) problems.push(`mask ${t}: its delegator list [${entries.join(", ")}] is not its active direct delegators {${d.join(", ")}}`);
      }
      for (const k of list.keys()) if (!listed.has(k)) problems.push(`52‖K(${k / PAIR_SHIFT}, ${k % PAIR_SHIFT}) lies outside its target's list`);
      for (const t of [...cached.keys(), ...counts.keys()]) if (!st.masks.has(t)) problems.push(`a cache entry for ${t}, which is no mask`);
      for (const [d, mask] of st.masks) {
        if (mask.delegatedTo < 0n || mask.delegatedTo === d) problems.push(`mask ${d} has DelegatedTo = ${mask.delegatedTo}`);
        const i = index.get(d);
        const shouldHave = mask.active && mask.delegatedTo > 0n;
        if (shouldHave !== (i !== undefined)) problems.push(`53‖${d} ${i ? "present" : "absent"}, but the mask is ${mask.active ? "active" : "inactive"} with DelegatedTo ${mask.delegatedTo}`);
        if (shouldHave && i !== undefined && list.get(mask.delegatedTo * PAIR_SHIFT + i.value)?.value !== d) problems.push(`52‖K(${mask.delegatedTo}, 53‖${d} = ${i.value}) is not ${d}`);
      }
      return problems;
    },
  };
}

/** ⌊masks × QUORUM_BPS / BPS⌋, quorum and majority of masquerade-dao.md's executeProposal. */
const passes = (masks: bigint, p: ChainProposal) =>
  (p.voters >= (masks * QUORUM_BPS) / BPS || p.voters >= 3n) && (p.yes * BPS) / (p.yes + p.no + 1n) >= PASS_THRESHOLD_BPS;

/**
 * MD-P4, MD-P5 and MD-P9 from the chain alone: per proposal Yes / No / Abstain = Σ of its vote
 * records' power by choice and TotalVoters = #records; `45` = #vote records, `40` = #masks,
 * `42` = #proposals; `46` / `47` = #executed proposals that passed / did not; at each
 * ProposalExecuted, Passed and the announced tallies follow the formula with the mask count of that
 * moment; at each VoteSubmitted, the recorded power equals E(m) recomputed by the O(n) scan, from
 * an active, undelegated mask.
 */
function tallyInvariant(): ChainInvariant {
  return {
    id: "MD-P4",
    check({ outcome, observation, observed }: ChainStep) {
      const st = decodeStorage(storageOf(observation, observed, LABEL));
      const problems: string[] = [];
      for (const [id, p] of st.proposals) {
        const votes = st.votes.filter((v) => v.p === id);
        const by = (c: bigint) => votes.filter((v) => v.choice === c).reduce((s, v) => s + v.power, 0n);
        if (p.yes !== by(1n) || p.no !== by(2n) || p.abstain !== by(3n)) problems.push(`proposal ${id}: tallies ${p.yes}/${p.no}/${p.abstain}, vote records ${by(1n)}/${by(2n)}/${by(3n)}`);
        if (p.voters !== BigInt(votes.length)) problems.push(`proposal ${id}: TotalVoters ${p.voters}, ${votes.length} vote records`);
      }
      for (const v of st.votes) {
        if (!st.proposals.has(v.p) || v.maskId !== v.m || v.choice < 1n || v.choice > 3n) problems.push(`vote record (${v.p}, ${v.m}) of mask ${v.maskId}, choice ${v.choice}`);
      }
      if (st.scalar(PREFIX_TOTAL_VOTES) !== BigInt(st.votes.length)) problems.push(`45 = ${st.scalar(PREFIX_TOTAL_VOTES)}, ${st.votes.length} vote records`);
      if (st.scalar(PREFIX_MASK_COUNTER) !== BigInt(st.masks.size)) problems.push(`40 = ${st.scalar(PREFIX_MASK_COUNTER)}, ${st.masks.size} masks stored`);
      if (st.scalar(PREFIX_PROPOSAL_COUNTER) !== BigInt(st.proposals.size)) problems.push(`42 = ${st.scalar(PREFIX_PROPOSAL_COUNTER)}, ${st.proposals.size} proposals stored`);
      const executed = [...st.proposals.values()].filter((p) => p.executed);
      const passed = BigInt(executed.filter((p) => p.passed).length);
      if (st.scalar(PREFIX_PASSED) !== passed || st.scalar(PREFIX_REJECTED) !== BigInt(executed.length) - passed) {
        problems.push(`46 / 47 = ${st.scalar(PREFIX_PASSED)} / ${st.scalar(PREFIX_REJECTED)}, ${passed} of ${executed.length} executed proposals passed`);
      }
      if (outcome.state !== "HALT") return problems;
      for (const n of outcome.notifications) {
        if (n.eventName === "ProposalExecuted") {
          const id = int(n.args[0]);
          const p = st.proposals.get(id);
          const announced = n.args[1]?.type === "Boolean" && n.args[1].value;
          if (!p || !p.executed || p.passed !== passes(st.scalar(PREFIX_MASK_COUNTER), p) || announced !== p.passed || int(n.args[2]) !== p.yes || int(n.args[3]) !== p.no) {
            problems.push(`MD-P5: proposal ${id} executed as passed = ${announced}, stored ${p?.passed}, the formula gives ${p ? passes(st.scalar(PREFIX_MASK_COUNTER), p) : "?"}`);
          }
        }
        if (n.eventName === "VoteSubmitted") {
          const [p, m] = [int(n.args[0]), int(n.args[1])];
          const v = st.votes.find((x) => x.p === p && x.m === m);
          const mask = st.masks.get(m);
          if (!v || v.power !== recomputedPower(st, m)) problems.push(`MD-P9: mask ${m} voted on ${p} with power ${v?.power}, E(${m}) recomputed = ${recomputedPower(st, m)}`);
          if (!mask?.active || mask.delegatedTo !== 0n) problems.push(`MD-P9: mask ${m} voted while ${mask?.active ? "delegated" : "inactive"}`);
        }
      }
      return problems;
    },
  };
}

/**
 * MasqueradeDAO's invariants, checked from the chain's state after every step without the model:
 * the cache (MD-P1, MD-P8), the tallies and counters (MD-P4, MD-P5, MD-P9), and G7: the DAO pays
 * nothing out (every fee stays in PaymentHub), so its GAS balance moves only by what it receives.
 */
export function daoInvariants(app: string): ChainInvariant[] {
  return [cacheInvariant(), tallyInvariant(), g7Conservation({ label: LABEL, hash: app }, () => 0n)];
}
