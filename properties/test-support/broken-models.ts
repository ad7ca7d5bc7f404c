import { contractModel, method, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { hash160, int } from "../../simulator/runtime/args.js";
import { check } from "../../simulator/runtime/fault.js";
import { DOOMSDAY_CLOCK } from "../../simulator/apps/doomsday-clock/model.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { validateBetLimits } from "../../simulator/bases/mini-app-game-base.js";
import { validatePaymentReceipt } from "../../simulator/bases/mini-app-base-receipts.js";
import { beginPurchase, buy, settle } from "../../simulator/apps/doomsday-clock/round.js";
import { PREFIX_TOTAL_PRIZES_PAID } from "../../simulator/apps/doomsday-clock/storage-keys.js";
import { BASE_KEY_PRICE, KEY_PRICE_STEP, APP_ID } from "../../simulator/apps/doomsday-clock/constants.js";

/** A contract model with one method replaced. */
export function withMethodOf(base: ContractModel, replacement: ReturnType<typeof method>): ContractModel {
  return contractModel(base.name, [...base.methods.values()].map((m) => (m.name === replacement.name ? replacement : m)), base.permissions);
}

/** The DoomsdayClock model with one method replaced. */
const withMethod = (replacement: ReturnType<typeof method>): ContractModel => withMethodOf(DOOMSDAY_CLOCK, replacement);

/** A deliberately broken model: n(n+1)/2 for n(n−1)/2 in the cost `buyKeysWithCost` accepts. */
export const wrongFormulaModel = withMethod(method("buyKeysWithCost", [hash160, int, int, int], (ctx, player, n, submitted, receiptId) => {
  const r = beginPurchase(ctx, player!, n);
  if (ctx.now >= r.endTime) return settle(ctx, r);
  const cost = n * (BASE_KEY_PRICE + r.totalKeys * KEY_PRICE_STEP) + ((n * (n + 1n)) / 2n) * KEY_PRICE_STEP;
  check(submitted === cost, "cost mismatch");
  validateBetLimits(ctx, player!, cost);
  validatePaymentReceipt(ctx, APP_ID, player!, cost, receiptId);
  buy(ctx, r, player!, n, cost);
}));

/** Contract models by name, DoomsdayClock's replaced by the wrong formula. */
export function withWrongFormula(name: string): ContractModel {
  return name === DOOMSDAY_CLOCK.name ? wrongFormulaModel : contractModelOf(name);
}

/**
 * A contract model whose methods leave storage key `key` as they found it: a write to a book that
 * a broken contract forgets, so that model and contract share the mistake and only the chain-alone
 * invariants can see it. With `methods`, only those methods leave it unchanged.
 */
export function withKeyUnchanged(base: ContractModel, key: string, methods?: readonly string[]): ContractModel {
  return contractModel(base.name, [...base.methods.values()].map((m) => (methods && !methods.includes(m.name) ? m : {
    ...m,
    run: (ctx, args) => {
      const before = ctx.storage.get(key);
      const result = m.run(ctx, args);
      if (ctx.storage.get(key) === before) return result;
      if (before === undefined) ctx.storage.delete(key);
      else ctx.storage.put(key, before);
      return result;
    },
  })), base.permissions);
}

/**
 * A mistake shared with a broken contract (properties/apps/doomsday-clock/invariants.test): the
 * prize is paid but not booked in `44` (every DoomsdayClock method leaves `44` as it found it).
 * Model and contract then agree, so only the chain-alone invariants (DD-P5, G7) can see it.
 */
export function withUnbookedPrizes(name: string): ContractModel {
  return name === DOOMSDAY_CLOCK.name ? withKeyUnchanged(DOOMSDAY_CLOCK, PREFIX_TOTAL_PRIZES_PAID) : contractModelOf(name);
}
