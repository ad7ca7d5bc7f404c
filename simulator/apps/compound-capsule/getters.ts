// Mirrors contracts/CompoundCapsule/MiniAppCompoundCapsule.Getters.cs: the pure formula getters,
// getCapsule and the totals.
import { int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { Any, intItem } from "../../runtime/items.js";
import { readInt, readRecord } from "../../runtime/storage-values.js";
import { apyBps, penalty, yieldOf } from "./formulas.js";
import {
  capsuleKey, PREFIX_CAPSULE_COUNTER, PREFIX_TOTAL_COMPOUND, PREFIX_TOTAL_FEES, PREFIX_TOTAL_LOCKED, PREFIX_TOTAL_PENALTIES, PREFIX_TOTAL_YIELD_PAID,
} from "./storage-keys.js";

const stored = (key: string) => (ctx: CallContext) => intItem(readInt(ctx.storage, key));

export const GETTER_METHODS: readonly ModelMethod[] = [
  method("calculateExpectedYield", [int, int, int], (_ctx, p, apy, e) => intItem(yieldOf(p, apy, e)), { safe: true }),
  method("getApyBpsForDays", [int], (_ctx, d) => intItem(apyBps(d)), { safe: true }),
  method("calculateEarlyPenalty", [int], (_ctx, p) => intItem(penalty(p)), { safe: true }),
  method("getCapsule", [int], (ctx, id) => readRecord(ctx.storage, capsuleKey(id)) ?? Any, { safe: true }),
  method("totalCapsules", [], stored(PREFIX_CAPSULE_COUNTER), { safe: true }),
  method("totalLocked", [], stored(PREFIX_TOTAL_LOCKED), { safe: true }),
  method("totalCompound", [], stored(PREFIX_TOTAL_COMPOUND), { safe: true }),
  method("totalFees", [], stored(PREFIX_TOTAL_FEES), { safe: true }),
  method("totalPenalties", [], stored(PREFIX_TOTAL_PENALTIES), { safe: true }),
  method("totalYieldPaid", [], stored(PREFIX_TOTAL_YIELD_PAID), { safe: true }),
];
