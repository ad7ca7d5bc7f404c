import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { exactDelay, showDelay, type Delay } from "../delay.js";
import { account, modelRead, type BurnSequence } from "../sequence-model.js";

/** `startSeason()` (admin; another signer → "unauthorized"; an active season → "season still active"). */
export function startSeasonStep(signer: string, delayMs: bigint): CallStep<BurnSequence> {
  return new CallStep<BurnSequence>(`startSeason() +${delayMs}ms`, signer, () => delayMs, (m) => ({ contract: m.app, method: "startSeason", args: [] }));
}

/**
 * `endSeason()` (anyone) at a delay or at the season's EndTime − 1 ("not ended") / EndTime (BL-P7).
 * The season steps stay exact, plain delays too: CallStep (a shared pattern) takes exact delays only.
 */
export function endSeasonStep(signer: string, delay: Delay): CallStep<BurnSequence> {
  return new CallStep<BurnSequence>(`endSeason() ${showDelay(delay)}`, signer, (m) => exactDelay(m, signer, delay), (m) => ({ contract: m.app, method: "endSeason", args: [] }));
}

/** Which season a claim names, relative to the current id `sid`. */
export type SeasonPick = "current" | "previous" | "next" | "zero";

export function pickSeason(m: BurnSequence, pick: SeasonPick): bigint {
  const sid = currentSeasonId(m);
  switch (pick) {
    case "current": return sid;
    case "previous": return sid - 1n;
    case "next": return sid + 1n;
    case "zero": return 0n;
  }
}

export function currentSeasonId(m: BurnSequence): bigint {
  const v = modelRead(m.model, m.app, "currentSeasonId", [], m.time);
  return v.type === "Integer" ? v.value : 0n;
}

/** `claimReward(claimer, seasonId)` signed by `signer` (≠ claimer → "unauthorized"), BL-P6. */
export function claimRewardStep(signer: string, claimer: string, pick: SeasonPick, delayMs: bigint): CallStep<BurnSequence> {
  return new CallStep<BurnSequence>(`claimReward(${claimer}, ${pick} season)${signer === claimer ? "" : ` by ${signer}`} +${delayMs}ms`, signer, () => delayMs,
    (m) => ({ contract: m.app, method: "claimReward", args: [account(m, claimer), arg.int(pickSeason(m, pick))] }));
}
