import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { capsuleIdAt, type CapsuleSequence } from "../sequence-model.js";
import { resolveDelay, showDelay, type Delay } from "./delay.js";

/** Getters of one capsule id (the index-th capsule, shifted by `shift`: −N…0 and N+1 reach absent ids). */
export const ID_GETTERS = ["getCapsuleFishStatus", "getCapsuleData", "getUnlockTime", "isRevealed", "isUnlockable", "timeRemaining"] as const;
export const PLAIN_GETTERS = ["totalCapsules", "totalPublicCapsules", "totalRevealed", "totalFished", "totalGifted", "totalItems", "isPaused", "admin"] as const;

export type GetterCall =
  | { readonly method: (typeof PLAIN_GETTERS)[number] }
  | { readonly method: (typeof ID_GETTERS)[number]; readonly capsule: number; readonly shift: bigint }
  | { readonly method: "isRecipient"; readonly capsule: number; readonly user: string }
  | { readonly method: "isReceiptUsed"; readonly receiptId: bigint };

/**
 * Safe getters by test invocation on both sides (G6). With `at`, a cheap transaction first puts
 * T_last where the getters' tinv lands on a capsule's unlock boundary, and the id getters read that
 * capsule (TC-P5: isUnlockable and timeRemaining at tinv = UnlockTime − 1 and UnlockTime).
 */
export class ReadGetters implements DifferentialCommand<CapsuleSequence> {
  constructor(readonly getters: readonly GetterCall[], readonly at?: Delay) {}

  check(): boolean {
    return true;
  }

  async run(m: CapsuleSequence, r: DifferentialRun): Promise<void> {
    if (this.at) {
      await r.transaction({ contract: m.app, method: "totalCapsules", args: [] }, "u6", resolveDelay(m, this.at));
      m.time = r.time;
    }
    const at = this.at && this.at.kind !== "ms" ? this.at.capsule : undefined;
    for (const g of this.getters) await r.read({ contract: m.app, method: g.method, args: args(m, r, at === undefined || !("capsule" in g) ? g : { ...g, capsule: at }) });
  }

  toString(): string {
    return `read(${this.getters.map((g) => g.method).join(", ")}${this.at ? `, ${showDelay(this.at)}` : ""})`;
  }
}

function args(m: CapsuleSequence, r: DifferentialRun, g: GetterCall): AbiArg[] {
  if ("shift" in g) return [arg.int(capsuleIdAt(m, g.capsule) + g.shift)];
  if (g.method === "isRecipient") return [arg.int(capsuleIdAt(m, g.capsule)), arg.hash160(chainActor(r, g.user).scriptHash)];
  if (g.method === "isReceiptUsed") return [arg.int(g.receiptId)];
  return [];
}
