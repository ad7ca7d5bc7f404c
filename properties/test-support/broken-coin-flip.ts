import { contractModel, type ContractModel } from "../../simulator/runtime/contract-model.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { COIN_FLIP } from "../../simulator/apps/coin-flip/model.js";
import { FLIP_COIN_TEXT } from "../../simulator/apps/coin-flip/flip-coin-script.js";
import { PREFIX_JACKPOT_POOL } from "../../simulator/apps/coin-flip/storage-keys.js";
import { readInt, writeInt } from "../../simulator/runtime/storage-values.js";
import { PREFIX_OPERATION_SEED } from "../../simulator/bases/mini-app-compute-base-seeds.js";
import { bytesOfInt } from "../../simulator/runtime/integer-bytes.js";
import { H } from "../../simulator/runtime/hash.js";
import { bytesOfHex, hexOf } from "../../simulator/runtime/hex.js";
import { ScriptRegistry } from "../../simulator/tee/script-registry.js";

/**
 * A mistake shared with a broken contract (properties/apps/coin-flip/invariants.chain.test): the
 * legacy path's stakes do not feed the jackpot pool (placeBet takes its 1 % back out of `45`,
 * as the patched contract does).
 * Model and contract then agree, so only the chain-alone invariant CF-P3 can see it.
 */
export function withUnfedPool(name: string): ContractModel {
  if (name !== COIN_FLIP.name) return contractModelOf(name);
  return contractModel(COIN_FLIP.name, [...COIN_FLIP.methods.values()].map((m) => m.name !== "placeBet" ? m : {
    ...m,
    run: (ctx, args) => {
      const result = m.run(ctx, args);
      const amount = args[1]?.type === "Integer" ? args[1].value : 0n;
      writeInt(ctx.storage, PREFIX_JACKPOT_POOL, readInt(ctx.storage, PREFIX_JACKPOT_POOL) - (amount * 100n) / 10_000n);
      return result;
    },
  }), COIN_FLIP.permissions);
}

/**
 * The seed kept after settlement, in model and contract alike (the patched contract drops
 * DeleteOperationSeed): both agree, so only the chain-alone invariant CF-P6 can see it.
 */
export function withSeedKept(name: string): ContractModel {
  if (name !== COIN_FLIP.name) return contractModelOf(name);
  return contractModel(COIN_FLIP.name, [...COIN_FLIP.methods.values()].map((m) => m.name !== "settleBet" ? m : {
    ...m,
    run: (ctx, args) => {
      const key = PREFIX_OPERATION_SEED + bytesOfInt(args[1]?.type === "Integer" ? args[1].value : 0n);
      const seed = ctx.storage.get(key);
      const result = m.run(ctx, args);
      if (seed !== undefined) ctx.storage.put(key, seed);
      return result;
    },
  }), COIN_FLIP.permissions);
}

/**
 * A frontend / TEE bug the spec names (coin-flip.md "Frontend / TEE flip-coin"): `rand` decoded
 * big-endian, so heads follows the parity of h[30] instead of h[0]. The script text (and hash) is
 * the registered one: the implementation is wrong, not the registration.
 */
export function bigEndianTee(): ScriptRegistry {
  return new ScriptRegistry().register("miniapp-coinflip", "flip-coin", {
    text: FLIP_COIN_TEXT,
    fn: (seed, input) => {
      const h = bytesOfHex(H(hexOf(seed)));
      const heads = h[30]! % 2 === 0;
      return { won: heads === input.choice, heads, jackpotRoll: "0" };
    },
  });
}
