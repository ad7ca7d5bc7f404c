import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { capsuleAt, type CompoundSequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

export const PLAIN_GETTERS = ["totalCapsules", "totalLocked", "totalCompound", "totalFees", "totalPenalties", "totalYieldPaid", "getCalculationConstants", "isPaused"] as const;
export const ID_GETTERS = ["getCapsuleStateForFrontend", "getCapsule"] as const;

/** A safe getter and its arguments, as generated (G6): pure getters take any Integer of |v| < 2^64 (README §7). */
export type GetterCall =
  | { readonly method: (typeof PLAIN_GETTERS)[number] }
  | { readonly method: (typeof ID_GETTERS)[number]; readonly capsule: number; readonly shift: bigint }
  | { readonly method: "calculateExpectedYield"; readonly args: readonly [bigint, bigint, bigint] }
  | { readonly method: "getApyBpsForDays" | "calculateEarlyPenalty"; readonly value: bigint };

/**
 * Safe getters by test invocation on both sides (G6). With `at`, a cheap transaction first puts
 * T_last where tinv lands on a capsule's unlock boundary (tinv = UnlockTime − 1 and UnlockTime,
 * CC-P1: canUnlock, remainingMs, pendingYield switch there), and the id getters read that capsule.
 */
export class ReadGetters implements DifferentialCommand<CompoundSequence> {
  constructor(readonly getters: readonly GetterCall[], readonly at?: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: CompoundSequence, r: DifferentialRun): Promise<void> {
    if (this.at) {
      await r.transaction({ contract: m.app, method: "totalCapsules", args: [] }, "u6", resolveDelay(m, this.at));
      m.time = r.time;
    }
    const at = this.at && this.at.kind.startsWith("unlock") && "capsule" in this.at ? this.at.capsule : undefined;
    for (const g of this.getters) await r.read({ contract: m.app, method: g.method, args: args(m, at !== undefined && "shift" in g ? { ...g, capsule: at, shift: 0n } : g) });
  }

  toString(): string {
    return `read(${this.getters.map((g) => g.method).join(", ")}${this.at ? `, ${showDelay(this.at)}` : ""})`;
  }
}

function args(m: CompoundSequence, g: GetterCall): AbiArg[] {
  if ("shift" in g) return [arg.int((capsuleAt(m, g.capsule)?.id ?? 1n) + g.shift)];
  if ("args" in g) return g.args.map(arg.int);
  if ("value" in g) return [arg.int(g.value)];
  return [];
}
