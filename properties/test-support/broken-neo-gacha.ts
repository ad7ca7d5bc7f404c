import { contractModel, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { NEO_GACHA } from "../../simulator/apps/neo-gacha/model.js";
import { SELECT_ITEM_TEXT } from "../../simulator/apps/neo-gacha/select-item-script.js";
import { PREFIX_MACHINE } from "../../simulator/apps/neo-gacha/storage-keys.js";
import { intField, withField } from "../../simulator/runtime/record-fields.js";
import { intItem } from "../../simulator/runtime/items.js";
import { readRecord, writeRecord } from "../../simulator/runtime/storage-values.js";
import { H } from "../../simulator/runtime/hash.js";
import { bytesOfHex, hexOf } from "../../simulator/runtime/hex.js";
import { jsonInt } from "../../simulator/tee/json-value.js";
import { ScriptRegistry } from "../../simulator/tee/script-registry.js";

/**
 * A mistake shared with a broken contract (the patched RESOLVE drops `m.Revenue += play.Price`):
 * every NeoGacha method leaves each machine's Revenue (field 12) as it found it. Model and contract
 * then agree, so only the chain-alone invariant NG-P9 (Revenue = Σ Price of the plays won) sees it.
 */
export function withRevenueUnbooked(name: string): ContractModel {
  if (name !== NEO_GACHA.name) return contractModelOf(name);
  return contractModel(NEO_GACHA.name, [...NEO_GACHA.methods.values()].map((m) => ({
    ...m,
    run: (ctx, args) => {
      const before = new Map(ctx.storage.find(PREFIX_MACHINE).map((e) => [e.keyHex, readRecord(ctx.storage, e.keyHex)!] as const));
      const result = m.run(ctx, args);
      for (const [key, record] of before) {
        const after = readRecord(ctx.storage, key);
        if (after && intField(after, 12) !== intField(record, 12)) writeRecord(ctx.storage, key, withField(after, 12, intItem(intField(record, 12))));
      }
      return result;
    },
  })), NEO_GACHA.permissions);
}

/**
 * A TEE bug (neo-gacha.md "TEE select-item"): `rand` decoded big-endian, so the roll, hence the
 * selected item, comes from the wrong number. The script text (and hash) is the registered one:
 * the implementation is wrong, not the registration.
 */
export function bigEndianSelectItem(): ScriptRegistry {
  return new ScriptRegistry().register("miniapp-neo-gacha", "select-item", {
    text: SELECT_ITEM_TEXT,
    fn: (seed, input) => {
      const weights = (input.weights as readonly string[]).map((w) => BigInt(w));
      const total = weights.reduce((a, b) => a + b, 0n);
      const h = bytesOfHex(H(hexOf(seed)));
      const roll = BigInt("0x" + Buffer.from(h.subarray(0, 31)).toString("hex")) % total;
      let c = 0n;
      for (let i = 0; i < weights.length; i++) {
        if (roll < c + weights[i]!) return { selectedIndex: jsonInt(BigInt(i + 1)), cumulativeWeightBefore: jsonInt(c), availableWeight: jsonInt(total), roll: jsonInt(roll) };
        c += weights[i]!;
      }
      throw new Error("select-item: no item");
    },
  });
}
