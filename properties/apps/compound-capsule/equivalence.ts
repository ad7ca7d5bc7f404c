import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { EquivalencePattern } from "../../patterns/equivalence/equivalence-command.js";
import { earlyCall, unlockCall } from "./commands/calculation-call.js";
import { activeAt, capsuleAt, type CompoundSequence, type KnownCapsule } from "./sequence-model.js";
import { timeTo } from "./time-to.js";
import type { PatternLatest } from "../../harness/differential-run.js";

/**
 * CC-P3 (G8), both pairs of compound-capsule.md, O(1) on both sides: from one state at one time,
 * the hybrid with the frontend's values and the legacy method give identical outcomes, storage
 * (Capsule, 42–46), events (CompoundAdded, CapsuleUnlocked / EarlyWithdraw) and NEO / GAS
 * transfers. Unlock: T_last is first put at UnlockTime − delayMs when the capsule is still locked,
 * so the pair runs at UnlockTime exactly (the boundary B of README §5) or later. Early: with
 * `atBoundary`, at UnlockTime − 1 (the last time it is allowed).
 */
function pair(kind: "unlock" | "early", index: number, delayMs: bigint, atBoundary: boolean): EquivalencePattern<CompoundSequence> {
  let known: KnownCapsule = { id: 1n, owner: "u1" };
  // When the pair may run (PatternLatest), decided in prepare.
  let latest: PatternLatest;
  const legacy = kind === "unlock" ? "unlockCapsule" : "earlyWithdraw";
  return {
    name: `${kind === "unlock" ? "unlockCapsuleWithCalculation ≡ unlockCapsule" : "earlyWithdrawWithCalculation ≡ earlyWithdraw"} (#${index}, +${delayMs}ms${atBoundary ? ", at the boundary" : ""})`,
    prepare: async (m, r) => {
      const locked = (c: { unlockTime: bigint }) => c.unlockTime > r.time + delayMs;
      const active = kind === "unlock" ? activeAt(m, index) : activeAt(m, index, locked);
      known = active?.known ?? capsuleAt(m, index) ?? known;
      // Both calls are built from stored fields only (unlockCalc, earlyCalc): they hold whenever
      // the block comes, but for the regime the pair aims at. At a boundary (UnlockTime, or
      // UnlockTime − 1 for early) the pair stays exact; an early withdrawal holds until
      // UnlockTime − 1; an unlock after UnlockTime, or a capsule no longer active, at any time.
      latest = null;
      if (!active) return;
      if (kind === "unlock" && locked(active.c)) {
        latest = undefined;
        await timeTo(m, r, active.c.unlockTime - delayMs);
      }
      if (kind === "early") {
        latest = atBoundary ? undefined : active.c.unlockTime - 1n;
        if (atBoundary) await timeTo(m, r, active.c.unlockTime - 1n - delayMs);
      }
    },
    hybrid: (m) => ({ call: kind === "unlock" ? unlockCall(m, known.id) : earlyCall(m, known.id), sender: known.owner }),
    deprecated: (m) => ({ call: { contract: m.app, method: legacy, args: [arg.int(known.id)] }, sender: known.owner }),
    model: (m) => m.model,
    contracts: (m) => [m.app],
    afterStep: (m, r) => {
      m.time = r.time;
    },
    latest: () => latest,
  };
}

export const unlockPair = (index: number, delayMs: bigint) => pair("unlock", index, delayMs, false);
export const earlyPair = (index: number, delayMs: bigint, atBoundary: boolean) => pair("early", index, delayMs, atBoundary);
