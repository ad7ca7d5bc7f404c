import { contractModel, method, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { int } from "../../simulator/runtime/args.js";
import { Any, hash160Item, intItem } from "../../simulator/runtime/items.js";
import { NEO_HASH } from "../../simulator/runtime/native-tokens.js";
import { COMPOUND_CAPSULE } from "../../simulator/apps/compound-capsule/model.js";
import { getCapsuleStateForFrontend } from "../../simulator/apps/compound-capsule/hybrid.js";
import { readCapsule } from "../../simulator/apps/compound-capsule/capsule-record.js";
import { accruedYield, penalty } from "../../simulator/apps/compound-capsule/formulas.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { withMethodOf } from "./broken-models.js";

/**
 * A deliberately broken CompoundCapsule model: `getCapsuleStateForFrontend`'s pendingYield accrues
 * to the reading time even past the unlock time (min(now, UnlockTime) forgotten), so a capsule
 * read after its unlock time shows more yield than it will ever pay.
 */
const pendingPastUnlock = withMethodOf(COMPOUND_CAPSULE, method("getCapsuleStateForFrontend", [int], (ctx, id) => {
  const item = getCapsuleStateForFrontend(ctx, id);
  const c = readCapsule(ctx, id);
  if (item.type !== "Map" || c === null || !c.active) return item;
  const pending = intItem(accruedYield(c.principal, c.apyBps, c.lastCompoundTime, ctx.now));
  return { ...item, entries: item.entries.map(([k, v]) => [k, k.type === "ByteString" && Buffer.from(k.hex, "hex").toString() === "pendingYield" ? pending : v] as const) };
}, { safe: true }));

/** Contract models by name, CompoundCapsule's with pendingYield past the unlock time. */
export function withPendingPastUnlock(name: string): ContractModel {
  return name === COMPOUND_CAPSULE.name ? pendingPastUnlock : contractModelOf(name);
}

/**
 * A mistake shared with a broken contract: an early withdrawal books the penalty in `45` but sends
 * the owner the whole principal (the penalty too, after the event). Model and contract agree; only
 * CC-P5 from the chain (the app's NEO balance against 42 + 45) can see it.
 */
const penaltyReturned = contractModel(COMPOUND_CAPSULE.name, [...COMPOUND_CAPSULE.methods.values()].map((m) => (!m.name.startsWith("earlyWithdraw") ? m : {
  ...m,
  run: (ctx, args) => {
    const result = m.run(ctx, args);
    const id = args[0]?.type === "Integer" ? args[0].value : 0n;
    const c = readCapsule(ctx, id);
    const pen = c === null ? 0n : penalty(c.principal);
    if (c !== null && pen > 0n) ctx.call(NEO_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(c.owner), intItem(pen), Any]);
    return result;
  },
})), COMPOUND_CAPSULE.permissions);

/** Contract models by name, CompoundCapsule's returning the early-withdrawal penalty. */
export function withPenaltyReturned(name: string): ContractModel {
  return name === COMPOUND_CAPSULE.name ? penaltyReturned : contractModelOf(name);
}
