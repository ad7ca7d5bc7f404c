import { contractModel, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { ON_CHAIN_TAROT } from "../../simulator/apps/on-chain-tarot/model.js";
import { CALCULATE_CARDS_TEXT } from "../../simulator/apps/on-chain-tarot/calculate-cards-script.js";
import { spreadFee, STATUS_PENDING, STATUS_REFUNDED } from "../../simulator/apps/on-chain-tarot/constants.js";
import { PREFIX_OPERATION_SEED } from "../../simulator/bases/mini-app-compute-base-seeds.js";
import { H } from "../../simulator/runtime/hash.js";
import { hexOf } from "../../simulator/runtime/hex.js";
import { bytesOfInt, intOfBytes } from "../../simulator/runtime/integer-bytes.js";
import { Any, hash160Item, intItem } from "../../simulator/runtime/items.js";
import { GAS_HASH } from "../../simulator/runtime/native-tokens.js";
import { getRequestData } from "../../simulator/bases/mini-app-service-base.js";
import { storedReading } from "../../simulator/apps/on-chain-tarot/readings.js";
import { jsonInt } from "../../simulator/tee/json-value.js";
import { ScriptRegistry } from "../../simulator/tee/script-registry.js";

/** The OnChainTarot model with one method wrapped; every other contract as usual. */
function withWrapped(name: string, method: string, wrap: ContractModel["methods"] extends ReadonlyMap<string, infer M> ? (m: M) => M : never): ContractModel {
  if (name !== ON_CHAIN_TAROT.name) return contractModelOf(name);
  return contractModel(ON_CHAIN_TAROT.name, [...ON_CHAIN_TAROT.methods.values()].map((m) => (m.name === method ? wrap(m) : m)), ON_CHAIN_TAROT.permissions);
}

/**
 * An accounting mistake shared with a broken contract (bites.chain.test.ts): a failed RNG request
 * refunds the fee twice (a second transfer after ReadingRefunded). Model and contract agree, the
 * reading is refunded once by its record and its event; only G7 against the app's own record of
 * refunds, computed from the chain alone, sees the GAS that left twice.
 */
export function withDoubleRefund(name: string): ContractModel {
  return withWrapped(name, "onServiceCallback", (m) => ({
    ...m,
    run: (ctx, args) => {
      const context = getRequestData(ctx, args[0]?.type === "Integer" ? args[0].value : 0n);
      const before = context === undefined ? undefined : storedReading(ctx, intOfBytes(context));
      const result = m.run(ctx, args);
      const after = context === undefined ? undefined : storedReading(ctx, intOfBytes(context));
      if (before?.status === STATUS_PENDING && after?.status === STATUS_REFUNDED) {
        ctx.call(GAS_HASH, "transfer", "All", [hash160Item(ctx.executing), hash160Item(after.user), intItem(spreadFee(after.spreadType)), Any]);
      }
      return result;
    },
  }));
}

/**
 * The seed kept after settlement, in model and contract alike (the patched contract drops
 * DeleteOperationSeed): both agree, so only the chain-alone seed-lifetime check (TA-P5) sees it.
 */
export function withSeedKept(name: string): ContractModel {
  return withWrapped(name, "settleReading", (m) => ({
    ...m,
    run: (ctx, args) => {
      const key = PREFIX_OPERATION_SEED + bytesOfInt(args[1]?.type === "Integer" ? args[1].value : 0n);
      const seed = ctx.storage.get(key);
      const result = m.run(ctx, args);
      if (seed !== undefined) ctx.storage.put(key, seed);
      return result;
    },
  }));
}

/**
 * A TEE calculate-cards that forgets the spec's "rejection of repeats": every draw is kept, so a
 * spread may repeat a card. The script text (and hash) is the registered one: the implementation
 * is wrong, not the registration. The honest settlement with its cards is then refused.
 */
export function repeatingTee(): ScriptRegistry {
  return new ScriptRegistry().register("miniapp-onchaintarot", "calculate-cards", {
    text: CALCULATE_CARDS_TEXT,
    fn: (seed, input) => {
      const count = Number(input.cardCount);
      const drawn: bigint[] = [];
      let h = hexOf(seed);
      for (let j = 0n; drawn.length < count; j++) {
        h = H(h + bytesOfInt(j));
        drawn.push(BigInt(`0x${h.slice(0, 8)}`) % 78n);
      }
      return { cards: drawn.map(jsonInt) };
    },
  });
}
