import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import type { WorldRun } from "../../harness/world-run.js";
import { H } from "../../../simulator/runtime/hash.js";
import { utf8Hex } from "../../../simulator/runtime/hex.js";
import { RngService } from "../../../simulator/tee/rng-service.js";
import { teeRegistry } from "../../../simulator/tee/app-scripts.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import { tarotCommands } from "./arbitraries.js";
import { tarotInvariants } from "./invariants.js";
import type { TarotSequence } from "./sequence-model.js";

/** The per-run constant of the RNG worker's default randomness (platform.md §4). */
export const RNG_FIXTURE_SEED = H(utf8Hex("miniapp-verify on-chain-tarot rng"));

/** What a sequence knows in its fresh world: nothing yet but the hashes, T_last and the services. */
function freshSequence({ world, model, real, app }: WorldRun, tee: ScriptRegistry): TarotSequence {
  const { paymentHub, gateway, pauseRegistry } = world.hashes;
  const rng = new RngService(gateway, RNG_FIXTURE_SEED);
  return { model, app, paymentHub, gateway, pauseRegistry, rng, tee, receipts: [], initiated: [], legacy: [], owners: new Map(), settled: new Set(), time: real.time };
}

/**
 * The OnChainTarot model-vs-chain run (on-chain-tarot.md with README §10 G1–G6): generated
 * sequences of payments, hybrid readings settled through the TEE's calculate-cards (honest, TA-P1,
 * and perturbed, TA-P2), legacy readings fulfilled by the RNG worker through the gateway (cards,
 * forced results, failures and refunds, TA-P6), the two paths compared (TA-P4), RCHK's bounds, the
 * script disabled / substituted / restored, pause, and the getters (TA-P5); each sequence in a
 * fresh world, TA-P3, the counters, seed lifetimes, refunds and G7 checked from the chain alone.
 * `tee` is the off-chain script registry the TEE runs (a test gives a broken one).
 */
export function tarotDifferential(ctx: ChainContext, maxCommands = 25, tee: () => ScriptRegistry = teeRegistry): DifferentialProperty<TarotSequence> {
  const sequence = (run: WorldRun) => freshSequence(run, tee());
  return appDifferential(ctx, { ...TAROT, commands: tarotCommands(), maxCommands, sequence, invariants: tarotInvariants });
}

/** The names of the property: app, contract label, spec id, what it checks. */
const TAROT = {
  slug: "on-chain-tarot", label: "OnChainTarot", property: "TA-differential", generator: "on-chain-tarot-v5", pattern: "TEE-verified two-phase + legacy RNG",
  title: "OnChainTarot model ≡ chain, every step (G1–G6, TA-P1, G9 TA-P2, G8 TA-P4, TA-P5, TA-P6); from the chain alone: TA-P3 distinct cards, counters, seed lifetime (TA-P5), TA-P6 refunds, G7 conservation",
} as const;
