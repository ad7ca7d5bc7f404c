import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { Capsule } from "../../../simulator/apps/compound-capsule/capsule-record.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { earlyCall, unlockCall } from "./commands/calculation-call.js";
import { activeAt, capsuleRecord, otherThan, type CompoundSequence, type KnownCapsule } from "./sequence-model.js";
import { timeTo } from "./time-to.js";

type Target = { readonly known: KnownCapsule; readonly c: Capsule };

/** The rows both hybrids share (CC-P2 "both"): an id never created, an inactive capsule, another owner, no witness. */
function sharedRows(m: CompoundSequence, t: Target, build: (id: bigint) => ContractCall): PerturbationCase[] {
  const rows: PerturbationCase[] = [{ label: "capsuleId never created", call: build(BigInt(m.capsules.length) + 1n), sender: t.known.owner, expected: "not active" }];
  const inactive = m.capsules.find((k) => capsuleRecord(m, k.id)?.active === false);
  if (inactive) rows.push({ label: "capsuleId no longer active", call: build(inactive.id), sender: inactive.owner, expected: "not active" });
  rows.push({ label: "another owner's active capsule", call: build(t.known.id), sender: otherThan(t.known.owner), expected: "unauthorized" });
  rows.push({ label: "the owner without a witness (scope None)", call: build(t.known.id), sender: `${t.known.owner}/none`, expected: "unauthorized" });
  return rows;
}

/** ± 1 and ± k on one field of an honest call (argument `index` of its args), each a row with `expected`. */
function fieldRows(honest: ContractCall, sender: string, index: number, name: string, k: bigint, expected: string): PerturbationCase[] {
  const v = honest.args[index]!;
  const value = v.type === "Integer" ? BigInt(v.value) : 0n;
  return [1n, -1n, k, -k].map((d) => ({
    // Labelled by the row, not by its random k, so the runner's methods × outcomes table counts rows.
    label: `${name} ${d === 1n ? "+ 1" : d === -1n ? "− 1" : d > 0n ? "+ k" : "− k"}`,
    call: { ...honest, args: honest.args.map((a, i) => (i === index ? arg.int(value + d) : a)) },
    sender, expected,
  }));
}

/**
 * CC-P2 for `unlockCapsuleWithCalculation` (compound-capsule.md), on the index-th active capsule:
 * T_last is put at UnlockTime − 2, so the first row (the honest values) runs at UnlockTime − 1 and
 * gets "not yet unlocked", every later row at ≥ UnlockTime (README §5's pair); then the rows of
 * both hybrids and yield, fee, payout ± 1 / ± k; finally unlockCalc passes.
 */
export function unlockFrontendPattern(index: number, k: bigint): FrontendPattern<CompoundSequence> {
  let t: Target | undefined;
  let timeRow = false;
  return {
    name: `unlockCapsuleWithCalculation(#${index})`,
    honestNever: ["yield mismatch", "fee mismatch", "payout mismatch"],
    applicable: (m) => activeAt(m, index) !== undefined,
    prepare: async (m, r) => {
      t = activeAt(m, index)!;
      timeRow = await timeTo(m, r, t.c.unlockTime - 2n);
    },
    honest: (m) => ({ call: unlockCall(m, t!.known.id), sender: t!.known.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, _r, honest) => {
      const owner = t!.known.owner;
      const rows: PerturbationCase[] = timeRow ? [{ label: "now = UnlockTime − 1", call: honest, sender: owner, expected: "not yet unlocked" }] : [];
      rows.push(...sharedRows(m, t!, (id) => unlockCall(m, id)));
      rows.push(...fieldRows(honest, owner, 1, "calculatedYield", k, "yield mismatch"));
      rows.push(...fieldRows(honest, owner, 2, "calculatedFee", k, "fee mismatch"));
      rows.push(...fieldRows(honest, owner, 3, "calculatedPayout", k, "payout mismatch"));
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The first row at UnlockTime − 1 is README §5's boundary: then every row stays exact. Past
    // it, every row's check is timeless (the values are built from stored fields): at any time.
    latest: () => (timeRow ? undefined : null),
  };
}

/**
 * CC-P2 for `earlyWithdrawWithCalculation`, on the index-th active capsule still locked for the
 * rows (1 ms apart): the rows of both hybrids, another active capsule already past its unlock time
 * ("use UnlockCapsule"), penalty and payout ± 1 / ± k; finally earlyCalc passes.
 */
export function earlyFrontendPattern(index: number, k: bigint): FrontendPattern<CompoundSequence> {
  let t: Target | undefined;
  const locked = (m: CompoundSequence) => (c: Capsule) => c.unlockTime > m.time + 1_000n;
  return {
    name: `earlyWithdrawWithCalculation(#${index})`,
    honestNever: ["penalty mismatch", "payout mismatch"],
    applicable: (m) => activeAt(m, index, locked(m)) !== undefined,
    prepare: async (m) => {
      t = activeAt(m, index, locked(m))!;
    },
    honest: (m) => ({ call: earlyCall(m, t!.known.id), sender: t!.known.owner }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m, _r, honest) => {
      const owner = t!.known.owner;
      const rows = sharedRows(m, t!, (id) => earlyCall(m, id));
      const unlocked = activeAt(m, 0, (c) => c.unlockTime <= m.time + 1n);
      if (unlocked) rows.push({ label: "a capsule with now ≥ UnlockTime", call: earlyCall(m, unlocked.known.id), sender: unlocked.known.owner, expected: "use UnlockCapsule" });
      rows.push(...fieldRows(honest, owner, 1, "calculatedPenalty", k, "penalty mismatch"));
      rows.push(...fieldRows(honest, owner, 2, "calculatedPayout", k, "payout mismatch"));
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // The honest early withdrawal (and the rows' checks before the values) hold until
    // UnlockTime − 1; the "now ≥ UnlockTime" row's capsule stays unlocked.
    latest: () => t!.c.unlockTime - 1n,
  };
}
