import type { CallContext } from "./call-context.js";
import { contractModel, method, type ContractModel } from "./contract-model.js";
import { any, hash160, int } from "./args.js";
import { vmFault } from "./fault.js";
import { hash160FromDisplay, type Hash160Le } from "./hash160.js";
import { boolItem, hash160Item, intItem } from "./items.js";
import type { StackItem } from "./stack-item.js";

export const GAS_HASH = hash160FromDisplay("0xd2a4cff31913016155e38e474a2c06d08be276cf");
export const NEO_HASH = hash160FromDisplay("0xef4073a0f2b305a38ec4050e4d3d28bc40ea63f5");
export const CONTRACT_MANAGEMENT_HASH = hash160FromDisplay("0xfffdc93764dbaddd97c48f252a53ea4643faa3fd");

/**
 * NEP-17 `transfer` of Neo 3.5's FungibleToken: a negative amount faults; a missing witness or
 * balance returns false; otherwise the balances move, `Transfer(from, to, amount)` is emitted and
 * a receiving contract's `onNEP17Payment(from, amount, data)` runs with calling = the token.
 * Not modelled: the GAS that NEO mints to both parties of a NEO transfer (excluded from G3, net
 * of G5; an app's default onNEP17Payment accepts it without effect).
 */
function transfer(ctx: CallContext, from: Hash160Le | null, to: Hash160Le | null, amount: bigint, data: StackItem): StackItem {
  if (from === null || to === null) return vmFault("transfer: null account");
  if (amount < 0n) return vmFault("The argument 'amount' is out of range.");
  if (!ctx.checkWitness(from)) return boolItem(false);
  if (amount > 0n && ctx.ledger.balanceOf(from) < amount) return boolItem(false);
  if (amount > 0n && from !== to) ctx.ledger.move(from, to, amount);
  ctx.notify("Transfer", [hash160Item(from), hash160Item(to), intItem(amount)]);
  if (ctx.isContract(to)) ctx.call(to, "onNEP17Payment", "All", [hash160Item(from), intItem(amount), data]);
  return boolItem(true);
}

function token(name: string, symbol: string, decimals: bigint): ContractModel {
  return contractModel(name, [
    method("symbol", [], () => ({ type: "ByteString", hex: Buffer.from(symbol).toString("hex") }), { safe: true }),
    method("decimals", [], () => intItem(decimals), { safe: true }),
    method("balanceOf", [hash160], (ctx, account) => intItem(account === null ? vmFault("null account") : ctx.ledger.balanceOf(account)), { safe: true }),
    method("transfer", [hash160, hash160, int, any], transfer),
  ]);
}

export const GAS_MODEL = token("GasToken", "GAS", 8n);
export const NEO_MODEL = token("NeoToken", "NEO", 0n);
