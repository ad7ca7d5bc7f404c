// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.Hybrid.cs: voteWithCalculation [H] (E′ checked
// in O(1) against VotingPower + 50‖maskId), delegateWithCacheUpdate [H], getCachedDelegatedPower,
// getMaskForFrontend.
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check, vmFault } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, hash160Item, intItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt } from "../../runtime/storage-values.js";
import { stringMapItem } from "../../runtime/string-map.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID, CHOICE_ABSTAIN, CHOICE_YES, VOTE_FEE } from "./constants.js";
import { readMask, requireMask } from "./records.js";
import { applyDelegation, checkDelegateTarget } from "./delegation.js";
import { checkVote, recordVote } from "./voting.js";
import { cachedPowerKey, delegatorCountKey } from "./storage-keys.js";

export function voteWithCalculation(ctx: CallContext, voter: Hash160Le, maskId: bigint, proposalId: bigint, choice: bigint, power: bigint, receiptId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  check(choice >= CHOICE_YES && choice <= CHOICE_ABSTAIN, "invalid choice");
  const m = requireMask(ctx, maskId, "not mask owner");
  check(m.owner === voter, "not mask owner");
  check(m.delegatedTo === 0n, "mask delegated");
  check(m.active, "mask not active");
  validateUser(ctx, voter);
  const p = checkVote(ctx, proposalId, maskId);
  validatePaymentReceipt(ctx, APP_ID, voter, VOTE_FEE, receiptId);
  check(power === m.votingPower + readInt(ctx.storage, cachedPowerKey(maskId)), "power mismatch");
  recordVote(ctx, proposalId, p, maskId, m, choice, power);
}

export function delegateWithCacheUpdate(ctx: CallContext, owner: Hash160Le, maskId: bigint, toMaskId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const m = requireMask(ctx, maskId, "not mask owner");
  check(m.owner === owner, "not mask owner");
  check(m.active, "mask not active");
  validateUser(ctx, owner);
  checkDelegateTarget(ctx, maskId, toMaskId);
  applyDelegation(ctx, maskId, m, toMaskId);
}

export function getMaskForFrontend(ctx: CallContext, maskId: bigint): StackItem {
  const m = readMask(ctx, maskId);
  if (m === null) return stringMapItem([]);
  return stringMapItem([
    ["id", intItem(maskId)],
    ["owner", hash160Item(m.owner)],
    ["maskType", intItem(m.maskType)],
    ["votingPower", intItem(m.votingPower)],
    ["reputation", intItem(m.reputation)],
    ["active", boolItem(m.active)],
    ["createdTime", intItem(m.createTime)],
    ["delegatedTo", intItem(m.delegatedTo)],
    ["cachedDelegatedPower", intItem(readInt(ctx.storage, cachedPowerKey(maskId)))],
    ["delegatorCount", intItem(readInt(ctx.storage, delegatorCountKey(maskId)))],
  ]);
}

const addr = (a: Hash160Le | null): Hash160Le => a ?? vmFault("null UInt160");

export const HYBRID_METHODS: readonly ModelMethod[] = [
  method("voteWithCalculation", [hash160, int, int, int, int, int], (ctx, voter, maskId, proposalId, choice, power, receiptId) =>
    voteWithCalculation(ctx, addr(voter), maskId, proposalId, choice, power, receiptId)),
  method("delegateWithCacheUpdate", [hash160, int, int], (ctx, owner, maskId, to) => delegateWithCacheUpdate(ctx, addr(owner), maskId, to)),
  method("getCachedDelegatedPower", [int], (ctx, maskId) => intItem(readInt(ctx.storage, cachedPowerKey(maskId))), { safe: true }),
  method("getMaskForFrontend", [int], (ctx, maskId) => getMaskForFrontend(ctx, maskId), { safe: true }),
];
