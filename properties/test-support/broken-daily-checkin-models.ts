import { contractModel, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { readRecord, writeRecord } from "../../simulator/runtime/storage-values.js";
import { DAILY_CHECKIN } from "../../simulator/apps/daily-checkin/model.js";
import { PREFIX_TOTAL_REWARDED, PREFIX_USER } from "../../simulator/apps/daily-checkin/storage-keys.js";
import { userStateOf, userStateRecord } from "../../simulator/apps/daily-checkin/user-state.js";
import { FIRST_REWARD, SUBSEQUENT_REWARD } from "../../simulator/apps/daily-checkin/constants.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { withKeyUnchanged } from "./broken-models.js";

/**
 * A deliberately broken DailyCheckin model: a check-in that reaches streak 7 books
 * SUBSEQUENT_REWARD instead of FIRST_REWARD (R(7) misread as "every 7th day pays the same"). The
 * correct effects run, then the user's stored Unclaimed is topped up by the difference.
 */
const wrongSeventhDay = contractModel(DAILY_CHECKIN.name, [...DAILY_CHECKIN.methods.values()].map((m) => (!m.name.startsWith("checkIn") ? m : {
  ...m,
  run: (ctx, args) => {
    const key = PREFIX_USER + (args[0]?.type === "ByteString" ? args[0].hex : "");
    const before = readRecord(ctx.storage, key);
    const result = m.run(ctx, args);
    const after = readRecord(ctx.storage, key);
    if (after === null) return result;
    const u = userStateOf(after);
    const checkedInNow = u.checkins > (before === null ? 0n : userStateOf(before).checkins);
    if (checkedInNow && u.streak === 7n) writeRecord(ctx.storage, key, userStateRecord({ ...u, unclaimed: u.unclaimed + SUBSEQUENT_REWARD - FIRST_REWARD }));
    return result;
  },
})), DAILY_CHECKIN.permissions);

/** Contract models by name, DailyCheckin's with the wrong 7th-day reward. */
export function withWrongSeventhDayReward(name: string): ContractModel {
  return name === DAILY_CHECKIN.name ? wrongSeventhDay : contractModelOf(name);
}

/**
 * A mistake shared with a broken contract: claimed rewards are paid but not booked in `43` (every
 * DailyCheckin method leaves `43` as it found it). Only DC-P5 and G7 from the chain can see it.
 */
export function withUnbookedClaims(name: string): ContractModel {
  return name === DAILY_CHECKIN.name ? withKeyUnchanged(DAILY_CHECKIN, PREFIX_TOTAL_REWARDED) : contractModelOf(name);
}
