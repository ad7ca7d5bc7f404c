import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import type { Outcome } from "../../../../simulator/runtime/outcome.js";
import { PAIR_SHIFT } from "../../../../simulator/apps/masquerade-dao/constants.js";
import { maskCount, maskIdAt, proposalIdAt, type DaoSequence } from "../sequence-model.js";

/** Getters of one mask id (the index-th mask, shifted by `shift`: 0, −N…, N+1 reach absent ids). */
export const MASK_GETTERS = ["getEffectiveVotingPower", "getCachedDelegatedPower", "getDelegatorsForMask", "getDelegatorCount", "getMaskForFrontend", "getMask", "getDelegation"] as const;
export const PLAIN_GETTERS = ["totalMasks", "totalProposals", "totalVotes", "getDAOConstants", "isPaused", "admin"] as const;

export type GetterCall =
  | { readonly method: (typeof PLAIN_GETTERS)[number] }
  | { readonly method: (typeof MASK_GETTERS)[number]; readonly mask: number; readonly shift: bigint }
  | { readonly method: "getProposal"; readonly proposal: number; readonly shift: bigint }
  | { readonly method: "getVote"; readonly proposal: number; readonly mask: number; readonly maskArg: "mask" | "2^32+1" | "2^32" | "-1" }
  | { readonly method: "isReceiptUsed"; readonly receiptId: bigint };

export class PowerMismatch extends Error {
  constructor(detail: string) {
    super(`MD-P1 by the getters: ${detail}`);
    this.name = "PowerMismatch";
  }
}

const intOf = (o: Outcome): bigint | undefined => (o.state === "HALT" && o.stack[0]?.type === "Integer" ? o.stack[0].value : undefined);

/**
 * Safe getters by test invocation on both sides (G6), at tinv. With `powers`, every mask's
 * `getMask`, `getCachedDelegatedPower` and `getEffectiveVotingPower` are read as well and
 * `VotingPower + cached = E` must hold (MD-P1 through the getters, the getter pair of MD-P3);
 * `getVote(p, 2^32 + 1)` must be null (MD-P7), whatever model and chain say.
 */
export class ReadGetters implements DifferentialCommand<DaoSequence> {
  constructor(readonly getters: readonly GetterCall[], readonly powers: boolean) {}

  check(): boolean {
    return true;
  }

  async run(m: DaoSequence, r: DifferentialRun): Promise<void> {
    const read = async (method: string, args: AbiArg[]) => (await r.read({ contract: m.app, method, args })).model;
    for (const g of this.getters) {
      const out = await read(g.method, args(m, g));
      if (g.method === "getVote" && g.maskArg === "2^32+1" && !(out.state === "HALT" && out.stack[0]?.type === "Any")) throw new PowerMismatch("MD-P7: getVote(p, 2^32 + 1) is not null");
    }
    if (!this.powers) return;
    for (let id = 1n; id <= maskCount(m); id++) {
      const record = await read("getMask", [arg.int(id)]);
      const base = record.state === "HALT" && record.stack[0]?.type === "Struct" ? record.stack[0].items[3] : undefined;
      const cached = intOf(await read("getCachedDelegatedPower", [arg.int(id)]));
      const e = intOf(await read("getEffectiveVotingPower", [arg.int(id)]));
      if (base?.type !== "Integer" || cached === undefined || base.value + cached !== e) throw new PowerMismatch(`mask ${id}: VotingPower ${base?.type === "Integer" ? base.value : "?"} + cached ${cached} ≠ E ${e}`);
    }
  }

  toString(): string {
    return `read(${this.getters.map((g) => g.method).join(", ")}${this.powers ? ", powers of every mask" : ""})`;
  }
}

function args(m: DaoSequence, g: GetterCall): AbiArg[] {
  switch (g.method) {
    case "getProposal": return [arg.int(proposalIdAt(m, g.proposal, false) + g.shift)];
    case "getVote": {
      const mask = { mask: maskIdAt(m, g.mask), "2^32+1": PAIR_SHIFT + 1n, "2^32": PAIR_SHIFT, "-1": -1n }[g.maskArg];
      return [arg.int(proposalIdAt(m, g.proposal, false)), arg.int(mask)];
    }
    case "isReceiptUsed": return [arg.int(g.receiptId)];
    default: return "mask" in g ? [arg.int(maskIdAt(m, g.mask) + g.shift)] : [];
  }
}
