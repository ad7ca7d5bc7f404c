import type { DifferentialRun } from "../../harness/differential-run.js";
import type { ModelSystem } from "../../harness/model-system.js";
import { appRead, type AppSequence } from "../../patterns/pay-then-act/app-read.js";
import type { Hash160Le } from "../../../simulator/runtime/hash160.js";
import { maskOf, proposalOf, type Mask, type Proposal } from "../../../simulator/apps/masquerade-dao/records.js";
import { effectivePower, readDelegators, readMaskView, votingPowerOfRecord } from "../../../simulator/apps/masquerade-dao/frontend.js";

/** What the commands of a MasqueradeDAO sequence know: the pay-then-act state, the app's hash and its world's PauseRegistry. */
export type DaoSequence = AppSequence & { readonly pauseRegistry: string };

const int = (value: bigint) => ({ type: "Integer" as const, value });
const count = (m: DaoSequence, method: string): bigint => {
  const item = appRead(m, method, []);
  return item.type === "Integer" ? item.value : 0n;
};

export const maskCount = (m: DaoSequence): bigint => count(m, "totalMasks");
export const proposalCount = (m: DaoSequence): bigint => count(m, "totalProposals");

/** getMask(id) as a record (null when absent). */
export function maskAt(m: DaoSequence, id: bigint): Mask | null {
  const item = appRead(m, "getMask", [int(id)]);
  return item.type === "Any" ? null : maskOf(item);
}

/** getProposal(id) as a record (null when absent). */
export function proposalAt(m: DaoSequence, id: bigint): Proposal | null {
  const item = appRead(m, "getProposal", [int(id)]);
  return item.type === "Any" ? null : proposalOf(item);
}

/**
 * Which masks a generated reference counts: every mask, the ones that can vote (active,
 * undelegated), the active ones, the active delegated ones, the inactive ones, the active ones
 * with delegators, or those of one owner.
 */
export type MaskFilter = "any" | "voter" | "active" | "delegated" | "inactive" | "target";

const fits = (mask: Mask, f: MaskFilter, m: DaoSequence, id: bigint): boolean => {
  switch (f) {
    case "any": return true;
    case "voter": return mask.active && mask.delegatedTo === 0n;
    case "active": return mask.active;
    case "delegated": return mask.active && mask.delegatedTo > 0n;
    case "inactive": return !mask.active;
    case "target": return mask.active && mask.delegatedTo === 0n && (appRead(m, "getDelegatorCount", [int(id)]) as { value: bigint }).value > 0n;
  }
};

/** The ids of the masks that fit `f`, with their records, in id order. */
export function masksWhere(m: DaoSequence, f: MaskFilter, owner?: Hash160Le): { id: bigint; mask: Mask }[] {
  const out: { id: bigint; mask: Mask }[] = [];
  for (let id = 1n; id <= maskCount(m); id++) {
    const mask = maskAt(m, id)!;
    if (fits(mask, f, m, id) && (owner === undefined || mask.owner === owner)) out.push({ id, mask });
  }
  return out;
}

/** The index-th mask (cyclically) among those that fit `f`, else among all; id 1 when there is none. */
export function maskIdAt(m: DaoSequence, index: number, f: MaskFilter = "any"): bigint {
  const n = maskCount(m);
  if (n === 0n) return 1n;
  const ids = f === "any" ? [] : masksWhere(m, f).map((x) => x.id);
  if (ids.length > 0) return ids[index % ids.length]!;
  return (BigInt(index) % n) + 1n;
}

/** The index-th proposal (cyclically) among the open ones (not executed), else among all; id 1 when there is none. */
export function proposalIdAt(m: DaoSequence, index: number, open = true): bigint {
  const n = proposalCount(m);
  if (n === 0n) return 1n;
  const ids: bigint[] = [];
  if (open) for (let id = 1n; id <= n; id++) if (!proposalAt(m, id)!.executed) ids.push(id);
  if (ids.length > 0) return ids[index % ids.length]!;
  return (BigInt(index) % n) + 1n;
}

/**
 * The frontend's effective power of mask `id` (masquerade-dao.md "Frontend calculation"): its
 * votingPower from getMaskForFrontend plus getMask(d).VotingPower of every d in
 * getDelegatorsForMask, read by test invocation on the model (0 for an absent mask).
 */
export function frontendPower(m: DaoSequence, id: bigint): bigint {
  const view = readMaskView(appRead(m, "getMaskForFrontend", [int(id)]));
  if (view === null) return 0n;
  const delegators = readDelegators(appRead(m, "getDelegatorsForMask", [int(id)]));
  return effectivePower(view, delegators, (d) => votingPowerOfRecord(appRead(m, "getMask", [int(d)])));
}

export const ACCOUNTS = ["u1", "u2", "u3", "u4", "u5", "u6", "admin"] as const;

/** The logical name of the account behind a model address (a mask's owner). */
export function nameOf(r: DifferentialRun, who: Hash160Le): string {
  const model = r.model as ModelSystem;
  return ACCOUNTS.find((a) => model.accountOf(a) === who) ?? "u1";
}

/** The model address of a named account. */
export const hashOf = (r: DifferentialRun, name: string): Hash160Le => (r.model as ModelSystem).accountOf(name);
