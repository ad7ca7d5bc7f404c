// Mirrors contracts/Testing/ItemToken/ItemToken.cs: a minimal NEP-17 test token (balances in its
// own storage: 00 supply, 01‖h160(account)), with a faucet `mint`. NeoGacha's worlds deploy it as
// the escrowed item asset (simulator/registry.ts `extraContracts`).
import { any, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { contractModel, method, type ContractModel } from "../../runtime/contract-model.js";
import { check, fail } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { Any, boolItem, hash160Item, intItem, stringItem } from "../../runtime/items.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { readInt, writeInt } from "../../runtime/storage-values.js";

export const PREFIX_SUPPLY = "00";
export const PREFIX_BALANCE = "01";
export const balanceKey = (account: Hash160Le): string => PREFIX_BALANCE + account;

const balanceOf = (ctx: CallContext, account: Hash160Le | null): bigint => readInt(ctx.storage, balanceKey(account ?? fail("invalid account")));

function transfer(ctx: CallContext, from: Hash160Le | null, to: Hash160Le | null, amount: bigint, data: StackItem): StackItem {
  if (from === null) fail("invalid from");
  if (to === null) fail("invalid to");
  check(amount >= 0n, "amount must be >= 0");
  if (!ctx.checkWitness(from)) return boolItem(false);
  const fromBalance = balanceOf(ctx, from);
  if (fromBalance < amount) return boolItem(false);
  if (amount > 0n && from !== to) {
    writeInt(ctx.storage, balanceKey(from), fromBalance - amount);
    writeInt(ctx.storage, balanceKey(to), balanceOf(ctx, to) + amount);
  }
  ctx.notify("Transfer", [hash160Item(from), hash160Item(to), intItem(amount)]);
  if (ctx.isContract(to)) ctx.call(to, "onNEP17Payment", "All", [hash160Item(from), intItem(amount), data]);
  return boolItem(true);
}

function mint(ctx: CallContext, to: Hash160Le | null, amount: bigint): void {
  if (to === null) fail("invalid to");
  check(amount > 0n, "amount must be > 0");
  writeInt(ctx.storage, balanceKey(to), balanceOf(ctx, to) + amount);
  writeInt(ctx.storage, PREFIX_SUPPLY, readInt(ctx.storage, PREFIX_SUPPLY) + amount);
  ctx.notify("Transfer", [Any, hash160Item(to), intItem(amount)]);
}

export const ITEM_TOKEN: ContractModel = contractModel("ItemToken", [
  method("symbol", [], () => stringItem("ITEM"), { safe: true }),
  method("decimals", [], () => intItem(0n), { safe: true }),
  method("totalSupply", [], (ctx) => intItem(readInt(ctx.storage, PREFIX_SUPPLY)), { safe: true }),
  method("balanceOf", [hash160], (ctx, account) => intItem(balanceOf(ctx, account)), { safe: true }),
  method("transfer", [hash160, hash160, int, any], transfer),
  method("mint", [hash160, int], mint),
], ["onNEP17Payment"]);
