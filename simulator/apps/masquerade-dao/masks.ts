// Mirrors contracts/MasqueradeDAO/MiniAppMasqueradeDAO.Masks.cs: createMask and deactivateMask, in
// the contract's order of checks and with its messages.
import type { CallContext } from "../../runtime/call-context.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { byteLength, type Hex } from "../../runtime/hex.js";
import { hash160Item, intItem } from "../../runtime/items.js";
import { readInt, writeInt } from "../../runtime/storage-values.js";
import { validateNotGloballyPaused, validateUser } from "../../bases/mini-app-base-validation.js";
import { validatePaymentReceipt } from "../../bases/mini-app-base-receipts.js";
import { APP_ID, basePowerOf, IDENTITY_HASH_BYTES, MASK_TYPE_BASIC, MASK_TYPE_PREMIUM, maskFeeOf } from "./constants.js";
import { requireActiveMask, storeMask } from "./records.js";
import { removeDelegator } from "./delegation.js";
import { PREFIX_MASK_COUNTER } from "./storage-keys.js";

export function createMask(ctx: CallContext, owner: Hash160Le, identityHash: Hex, maskType: bigint, receiptId: bigint): bigint {
  validateNotGloballyPaused(ctx, APP_ID);
  check(byteLength(identityHash) === IDENTITY_HASH_BYTES, "invalid hash");
  check(maskType === MASK_TYPE_BASIC || maskType === MASK_TYPE_PREMIUM, "invalid mask type");
  validateUser(ctx, owner);
  validatePaymentReceipt(ctx, APP_ID, owner, maskFeeOf(maskType), receiptId);
  const id = readInt(ctx.storage, PREFIX_MASK_COUNTER) + 1n;
  writeInt(ctx.storage, PREFIX_MASK_COUNTER, id);
  storeMask(ctx, id, {
    owner, identityHash, maskType, votingPower: basePowerOf(maskType), reputation: 0n, delegatedTo: 0n, createTime: ctx.now,
    voteCount: 0n, proposalsCreated: 0n, active: true,
  });
  ctx.notify("MaskCreated", [intItem(id), hash160Item(owner), intItem(maskType)]);
  return id;
}

export function deactivateMask(ctx: CallContext, maskId: bigint): void {
  validateNotGloballyPaused(ctx, APP_ID);
  const m = requireActiveMask(ctx, maskId, "already inactive");
  check(ctx.checkWitness(m.owner), "unauthorized");
  if (m.delegatedTo > 0n) removeDelegator(ctx, maskId, m.delegatedTo, m.votingPower);
  storeMask(ctx, maskId, { ...m, active: false });
  ctx.notify("MaskDeactivated", [intItem(maskId), hash160Item(m.owner)]);
}
