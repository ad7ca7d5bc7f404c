// Mirrors contracts/TimeCapsule/MiniAppTimeCapsule.Getters.cs (time-capsule.md "Other getters").
import { hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { vmFault } from "../../runtime/fault.js";
import { Any, boolItem, intItem } from "../../runtime/items.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { totalItems } from "../../bases/mini-app-time-lock-base.js";
import { capsuleKey, PREFIX_PUBLIC_CAPSULES, PREFIX_TOTAL_FISHED, PREFIX_TOTAL_GIFTED, PREFIX_TOTAL_REVEALED, recipientKey } from "./storage-keys.js";

const stored = (key: string) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("getCapsuleData", [int], (ctx, id) => readRecord(ctx.storage, capsuleKey(id)) ?? Any, { safe: true }),
  method("isRecipient", [int, hash160], (ctx, id, user) => boolItem(ctx.storage.get(recipientKey(id, user ?? vmFault("null UInt160"))) !== undefined), { safe: true }),
  method("totalCapsules", [], (ctx) => intItem(totalItems(ctx)), { safe: true }),
  method("totalPublicCapsules", [], stored(PREFIX_PUBLIC_CAPSULES), { safe: true }),
  method("totalRevealed", [], stored(PREFIX_TOTAL_REVEALED), { safe: true }),
  method("totalFished", [], stored(PREFIX_TOTAL_FISHED), { safe: true }),
  method("totalGifted", [], stored(PREFIX_TOTAL_GIFTED), { safe: true }),
];
