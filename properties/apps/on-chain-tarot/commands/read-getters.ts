import { arg, type AbiArg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { ReadStep } from "../../../patterns/call-step/call-step.js";
import { PerturbationError } from "../../../patterns/frontend-perturbation/perturbation-error.js";
import { cards } from "../../../../simulator/apps/on-chain-tarot/cards.js";
import { CALCULATE_CARDS } from "../../../../simulator/apps/on-chain-tarot/calculate-cards-script.js";
import { bytesOfHex } from "../../../../simulator/runtime/hex.js";
import type { TarotSequence } from "../sequence-model.js";

/** A safe getter and its arguments, as generated (G6); accounts by logical name. */
export type GetterCall =
  | { readonly method: "getTarotConstants" | "totalReadings" | "isPaused" }
  | { readonly method: "getReading" | "getOperationSeed"; readonly id: bigint }
  | { readonly method: "getUserReadingCount"; readonly user: string }
  | { readonly method: "getSpreadCount"; readonly spread: bigint }
  | { readonly method: "calculateCardsFromSeed"; readonly seed: string; readonly count: bigint };

const show = (g: GetterCall): string => (g.method === "calculateCardsFromSeed" ? `calculateCardsFromSeed(${g.seed.length / 2}B, ${g.count})` : g.method);

/**
 * Safe getters by test invocation on both sides (G6). TA-P5: `calculateCardsFromSeed(seed, n)` on
 * arbitrary seeds equals CARDS and the TEE script's `fn` for 1 ≤ n ≤ 10, and FAULTs "invalid card
 * count" outside; the seed getter shows a settled reading's seed gone.
 */
export function readGetters(getters: readonly GetterCall[]): ReadStep<TarotSequence> {
  return new ReadStep<TarotSequence>(getters.map(show).join(", "), (m, r) => getters.map((g) => ({ contract: m.app, method: g.method, args: args(g, (u) => arg.hash160(chainActor(r, u).scriptHash)) })), (_m, outcomes) => {
    getters.forEach((g, i) => {
      if (g.method !== "calculateCardsFromSeed") return;
      const out = outcomes[i]!;
      const inside = g.count >= 1n && g.count <= 10n;
      const got = out.state === "HALT" && out.stack[0]?.type === "Array" ? out.stack[0].items.map((c) => (c.type === "Integer" ? c.value : -1n)).join(",") : undefined;
      const want = inside ? cards(g.seed, g.count).join(",") : undefined;
      const tee = inside ? (CALCULATE_CARDS.fn(bytesOfHex(g.seed), { cardCount: g.count.toString() }).cards as string[]).join(",") : undefined;
      if (got !== want || tee !== want || (!inside && (out.state !== "FAULT" || out.message !== "invalid card count"))) {
        throw new PerturbationError(show(g), inside ? `CARDS = [${want}] (TEE [${tee}])` : `FAULT "invalid card count"`, got !== undefined ? `[${got}]` : `FAULT "${out.state === "FAULT" ? out.message : ""}"`);
      }
    });
  });
}

function args(g: GetterCall, hash: (user: string) => AbiArg): AbiArg[] {
  switch (g.method) {
    case "getReading": case "getOperationSeed": return [arg.int(g.id)];
    case "getUserReadingCount": return [hash(g.user)];
    case "getSpreadCount": return [arg.int(g.spread)];
    case "calculateCardsFromSeed": return [arg.bytes(g.seed), arg.int(g.count)];
    default: return [];
  }
}
