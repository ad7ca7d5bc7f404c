import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { H } from "../../../simulator/runtime/hash.js";
import { hash160FromDisplay } from "../../../simulator/runtime/hash160.js";
import { utf8Hex } from "../../../simulator/runtime/hex.js";
import { RngService } from "../../../simulator/tee/rng-service.js";
import { lotteryCommands } from "./arbitraries.js";
import { lotteryInvariants } from "./invariants.js";
import type { LotterySequence } from "./sequence-model.js";

/** The per-run constant of the RNG worker's default randomness (platform.md §4). */
export const RNG_FIXTURE_SEED = H(utf8Hex("miniapp-verify lottery rng"));

/**
 * The Lottery model-vs-chain run (lottery.md with README §10 G1–G9): payments and ticket purchases
 * (honest, hostile receipts, count bounds, bet limits), the three draws (gateway RNG to
 * onServiceCallback, gateway RNG to storeDrawRandomness then the O(1) settlement, the seed draw),
 * LO-P2's table with the cumulative boundary's off-by-one neighbours, failed and cancelled draws at
 * the timeout's boundary pair and late deliveries, scratch tickets of both kinds with LO-P6's table
 * and the stale-config row, configs, pause and script switches, the getter pairs, the draw
 * equivalences; each sequence in a fresh world; from the chain alone: LO-P1, LO-P8, LO-P10, G7.
 */
export function lotteryDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<LotterySequence> {
  return appDifferential(ctx, {
    slug: "lottery",
    label: "Lottery",
    property: "LO-differential",
    title: "Lottery model ≡ chain, every step (G1–G6, G8 LO-P3, G9 LO-P2 LO-P6, LO-P5, LO-P7, LO-P9, LO-P11); from the chain alone: LO-P1, LO-P8, LO-P10, G7 conservation",
    pattern: "gateway RNG + O(1) check against a cumulative index + TEE two-phase scratch",
    commands: lotteryCommands(),
    maxCommands,
    generator: "lottery-v1",
    sequence: ({ world, model, real, app }): LotterySequence => ({
      model, app, paymentHub: world.hashes.paymentHub, pauseRegistry: world.hashes.pauseRegistry, gateway: world.hashes.gateway, receipts: [], time: real.time,
      rng: new RngService(world.hashes.gateway, RNG_FIXTURE_SEED), rngSeed: RNG_FIXTURE_SEED, scratch: new Map(),
      names: new Map(real.observed.accounts.map((a) => [hash160FromDisplay(a.hash), a.label] as const)),
    }),
    invariants: lotteryInvariants,
  });
}
