import { contractModel, type ContractModel } from "../../simulator/runtime/contract-model.js";
import type { CallContext } from "../../simulator/runtime/call-context.js";
import type { StackItem } from "../../simulator/runtime/stack-item.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { TURTLE_MATCH } from "../../simulator/apps/turtle-match/model.js";
import { TURTLE_MATCH_LOGIC_TEXT } from "../../simulator/apps/turtle-match/turtle-match-logic-script.js";
import { PREFIX_TOTAL_PAID } from "../../simulator/apps/turtle-match/storage-keys.js";
import { game } from "../../simulator/apps/turtle-match/game.js";
import { writeInt } from "../../simulator/runtime/storage-values.js";
import { PREFIX_OPERATION_SEED } from "../../simulator/bases/mini-app-compute-base-seeds.js";
import { bytesOfInt } from "../../simulator/runtime/integer-bytes.js";
import { hexOf } from "../../simulator/runtime/hex.js";
import { intOf, jsonInt } from "../../simulator/tee/json-value.js";
import { ScriptRegistry } from "../../simulator/tee/script-registry.js";

/** TurtleMatch's model with settleGame wrapped by `after` (what the patched contract does too); other contracts as built. */
function withSettle(after: (ctx: CallContext, args: readonly StackItem[], seedBefore: string | undefined) => void) {
  return (name: string): ContractModel => {
    if (name !== TURTLE_MATCH.name) return contractModelOf(name);
    return contractModel(TURTLE_MATCH.name, [...TURTLE_MATCH.methods.values()].map((m) => m.name !== "settleGame" ? m : {
      ...m,
      run: (ctx, args) => {
        const key = PREFIX_OPERATION_SEED + bytesOfInt(args[1]?.type === "Integer" ? args[1].value : 0n);
        const seed = ctx.storage.get(key);
        const result = m.run(ctx, args);
        after(ctx, args, seed);
        return result;
      },
    }), TURTLE_MATCH.permissions);
  };
}

/**
 * A book mistake shared with a broken contract (bites.chain.test): settleGame overwrites the
 * total paid `44` with this settlement's reward instead of adding it. Model and contract agree,
 * so only the chain-alone invariants (TM-P5, G7 against `44`) can see it.
 */
export const withPaidOverwritten = withSettle((ctx, args) => {
  const reward = args[3]?.type === "Integer" ? args[3].value : 0n;
  writeInt(ctx.storage, PREFIX_TOTAL_PAID, reward);
});

/** The seed kept after settlement, in model and contract alike: only the chain-alone TM-P4 sees it. */
export const withSeedKept = withSettle((ctx, args, seed) => {
  const key = PREFIX_OPERATION_SEED + bytesOfInt(args[1]?.type === "Integer" ? args[1].value : 0n);
  if (seed !== undefined) ctx.storage.put(key, seed);
});

/**
 * A frontend / TEE bug the spec warns of (turtle-match.md "Game function": "the hash chain
 * continues across boxes"): turtle-match-logic restarts the chain from the seed at every box. The
 * script text (and hash) is the registered one: the implementation is wrong, not the registration.
 */
export function restartingTee(): ScriptRegistry {
  return new ScriptRegistry().register("miniapp-turtle-match", "turtle-match-logic", {
    text: TURTLE_MATCH_LOGIC_TEXT,
    fn: (seed, input) => {
      const boxes = intOf(input, "boxCount");
      const one = game(hexOf(seed), 1n);
      return { totalMatches: jsonInt(one.matches * boxes), totalReward: jsonInt(one.reward * boxes), boxes: [] };
    },
  });
}
