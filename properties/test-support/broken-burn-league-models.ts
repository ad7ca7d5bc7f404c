import { bool, hash160, int } from "../../simulator/runtime/args.js";
import { method, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { BURN_LEAGUE } from "../../simulator/apps/burn-league/model.js";
import { beginBurn, burnEffects, loadStreak } from "../../simulator/apps/burn-league/burn.js";
import { verifySubmission } from "../../simulator/apps/burn-league/hybrid.js";
import { bonusMultiplier, burnStep } from "../../simulator/apps/burn-league/points.js";
import { TIER2_THRESHOLD } from "../../simulator/apps/burn-league/constants.js";
import { PREFIX_REWARD_POOL } from "../../simulator/apps/burn-league/storage-keys.js";
import type { Streak } from "../../simulator/apps/burn-league/streak.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { withKeyUnchanged, withMethodOf } from "./broken-models.js";

/**
 * A deliberately broken points rule: `a > TIER2` for `a ≥ TIER2` (BL-P4), so a burn of exactly
 * TIER2 earns `a` instead of ⌊1.5a⌋ (with the streak bonus on top when continued).
 */
function wrongTierStep(st: Streak, a: bigint, now: bigint) {
  const step = burnStep(st, a, now);
  if (a !== TIER2_THRESHOLD) return step;
  return { ...step, points: step.continued ? (a * bonusMultiplier(step.newStreak)) / 100n : a };
}

const wrongTier2 = withMethodOf(withMethodOf(BURN_LEAGUE, method("burnGas", [hash160, int, int], (ctx, b, a, r) => {
  const sid = beginBurn(ctx, b, a, r);
  const st = loadStreak(ctx, b!);
  burnEffects(ctx, b!, a, sid, st, wrongTierStep(st, a, ctx.now));
})), method("burnGasWithCalculation", [hash160, int, int, int, int, bool], (ctx, b, a, r, points, newStreak, continued) => {
  const sid = beginBurn(ctx, b, a, r);
  const st = loadStreak(ctx, b!);
  const step = wrongTierStep(st, a, ctx.now);
  verifySubmission(step, points, newStreak, continued);
  burnEffects(ctx, b!, a, sid, st, step);
}));

/** Contract models by name, BurnLeague's with the TIER2 boundary off by one. */
export function withWrongTier2Boundary(name: string): ContractModel {
  return name === BURN_LEAGUE.name ? wrongTier2 : contractModelOf(name);
}

/**
 * A mistake shared with a broken contract: `startSeason` copies the unallocated pool `46` into
 * the new season but does not clear it, so the same GAS is promised twice. Model and contract
 * then agree; only BL-P6 from the chain sees it.
 */
export function withPoolKeptAtSeasonStart(name: string): ContractModel {
  return name === BURN_LEAGUE.name ? withKeyUnchanged(BURN_LEAGUE, PREFIX_REWARD_POOL, ["startSeason"]) : contractModelOf(name);
}
