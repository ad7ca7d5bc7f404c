import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { H } from "../../../simulator/runtime/hash.js";
import { utf8Hex } from "../../../simulator/runtime/hex.js";
import { RngService } from "../../../simulator/tee/rng-service.js";
import { teeRegistry } from "../../../simulator/tee/app-scripts.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import { coinFlipCommands } from "./arbitraries.js";
import { coinFlipInvariants } from "./invariants.js";
import type { CoinFlipSequence } from "./sequence-model.js";

/** The per-run constant of the RNG worker's default randomness (platform.md §4). */
export const RNG_FIXTURE_SEED = H(utf8Hex("miniapp-verify coin-flip rng"));

/**
 * The CoinFlip model-vs-chain run (coin-flip.md with README §10 G1–G6): generated sequences of
 * payments, hybrid bets settled through the TEE's flip-coin (honest and perturbed, CF-P1), legacy
 * bets fulfilled by the RNG worker through the gateway (forced wins, losses, jackpots and
 * failures), the two paths compared (CF-P5), bet limits on their time boundaries (CF-P8, DP-P4),
 * the script disabled / substituted / restored, pause, and the getters; each sequence in a
 * fresh world, the accounting invariants checked from the chain alone. `tee` is the off-chain
 * script registry the TEE runs (a test gives a broken one).
 */
export function coinFlipDifferential(ctx: ChainContext, maxCommands = 25, tee: () => ScriptRegistry = teeRegistry): DifferentialProperty<CoinFlipSequence> {
  return appDifferential(ctx, {
    slug: "coin-flip",
    label: "CoinFlip",
    property: "CF-differential",
    title: "CoinFlip model ≡ chain, every step (G1–G6, CF-P1, CF-P2, CF-P4–P6, CF-P8, G8, G9); from the chain alone: CF-P3 pool, CF-P6 seeds, CF-P7 payouts, G7 conservation",
    pattern: "TEE-verified two-phase + legacy RNG",
    commands: coinFlipCommands(),
    maxCommands,
    generator: "coin-flip-v3",
    sequence: ({ world, model, real, app }): CoinFlipSequence => ({
      model, app, paymentHub: world.hashes.paymentHub, gateway: world.hashes.gateway, pauseRegistry: world.hashes.pauseRegistry, receipts: [], time: real.time,
      initiated: [], rng: new RngService(world.hashes.gateway, RNG_FIXTURE_SEED), tee: tee(),
      accounts: new Map(real.observed.accounts.map((a) => [a.label, a.hash] as const)),
    }),
    invariants: coinFlipInvariants,
  });
}
