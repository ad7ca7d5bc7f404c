// Mirrors contracts/DailyCheckin/MiniAppDailyCheckin.Rewards.cs: claimRewards, state written
// before the GAS transfer (README §6).
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, hash160Item, intItem } from "../../runtime/items.js";
import { GAS_HASH } from "../../runtime/native-tokens.js";
import { readInt, readRecord, writeInt, writeRecord } from "../../runtime/storage-values.js";
import { validateAddress, validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { APP_ID } from "./constants.js";
import { PREFIX_TOTAL_REWARDED, userKey } from "./storage-keys.js";
import { userStateOf, userStateRecord } from "./user-state.js";

export function claimRewards(ctx: CallContext, user: Hash160Le | null): void {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(user);
  validateUser(ctx, user);
  const stored = readRecord(ctx.storage, userKey(user));
  check(stored !== null, "no rewards");
  const u = userStateOf(stored!);
  check(u.unclaimed > 0n, "no rewards");
  const a = u.unclaimed;
  const after = { ...u, claimed: u.claimed + a, unclaimed: 0n };
  writeRecord(ctx.storage, userKey(user), userStateRecord(after));
  writeInt(ctx.storage, PREFIX_TOTAL_REWARDED, readInt(ctx.storage, PREFIX_TOTAL_REWARDED) + a);
  const sent = ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(user), intItem(a), Any]);
  check(sent.type === "Boolean" && sent.value, "transfer failed");
  ctx.notify("RewardsClaimed", [hash160Item(user), intItem(a), intItem(after.claimed)]);
}
