// Mirrors contracts/Testing/TimeLockProbe/MiniAppTimeLockProbe.cs: exposes MiniAppTimeLockBase's
// protected helpers (NextItemId, SetUnlockTime, MarkRevealed) for tests. Not one of the twelve apps.
import { hash160, int } from "../../runtime/args.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import { intItem } from "../../runtime/items.js";
import { APP_PERMISSIONS } from "../../bases/mini-app-base.js";
import { defaultDeploy, defaultOnNEP17Payment } from "../../bases/mini-app-base-admin.js";
import { markRevealed, MINI_APP_TIME_LOCK_BASE_METHODS, nextItemId, setUnlockTime } from "../../bases/mini-app-time-lock-base.js";

export const TIMELOCK_PROBE: ContractModel = contractModel("MiniAppTimeLockProbe", [
  ...MINI_APP_TIME_LOCK_BASE_METHODS,
  defaultDeploy(),
  defaultOnNEP17Payment(),
  method("lockItem", [int], (ctx, unlockTime) => {
    const id = nextItemId(ctx);
    setUnlockTime(ctx, id, unlockTime);
    return intItem(id);
  }),
  method("revealItem", [int, hash160], (ctx, id, who) => markRevealed(ctx, id, who ?? vmFault("null UInt160"))),
], APP_PERMISSIONS);
