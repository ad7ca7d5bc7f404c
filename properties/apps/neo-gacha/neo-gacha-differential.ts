import type { ChainContext } from "../../harness/chain-context.js";
import { appDifferential } from "../../harness/app-differential.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { H } from "../../../simulator/runtime/hash.js";
import { utf8Hex } from "../../../simulator/runtime/hex.js";
import { RngService } from "../../../simulator/tee/rng-service.js";
import { teeRegistry } from "../../../simulator/tee/app-scripts.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import { neoGachaCommands } from "./arbitraries.js";
import { LABEL, neoGachaInvariants } from "./invariants.js";
import type { NeoGachaSequence } from "./sequence-model.js";

/** The per-run constant of the RNG worker's default randomness (platform.md §4). */
export const RNG_FIXTURE_SEED = H(utf8Hex("miniapp-verify neo-gacha rng"));

/**
 * The NeoGacha model-vs-chain run (neo-gacha.md with README §10 G1–G6): generated sequences of
 * machines (up to 100 items, weights summing to 100, ItemToken or GAS in escrow with the deposit's
 * witness scope), plays on the three paths (the gateway RNG flow legacy and hybrid, the seed
 * two-phase with the TEE's select-item), settlements honest and perturbed (NG-P3), the RNG pair
 * compared (NG-P4), bans, withdrawals, the script disabled and restored, pause, bet limits on their
 * boundaries (NG-P10), and the getters (NG-P2, NG-P8); each sequence in a fresh world, the
 * accounting invariants (NG-P1, NG-P5, NG-P7, NG-P9, G7) checked from the chain alone. `tee` is
 * the off-chain script registry the TEE runs (a test gives a broken one).
 */
export function neoGachaDifferential(ctx: ChainContext, maxCommands = 25, tee: () => ScriptRegistry = teeRegistry): DifferentialProperty<NeoGachaSequence> {
  return appDifferential(ctx, {
    slug: "neo-gacha",
    label: LABEL,
    property: "NG-differential",
    title: "NeoGacha model ≡ chain, every step (G1–G6, NG-P2, NG-P3, NG-P4/G8, NG-P6, NG-P8, NG-P10, G9); from the chain alone: NG-P1/P5 stored index, NG-P7 escrow, NG-P9 play books, G7 conservation",
    pattern: "RNG store-then-settle + seed two-phase, O(1) check vs O(n) loop",
    commands: neoGachaCommands(),
    maxCommands,
    generator: "neo-gacha-v1",
    sequence: ({ world, model, real, app }): NeoGachaSequence => ({
      model, app, paymentHub: world.hashes.paymentHub, gateway: world.hashes.gateway, token: world.hashes.apps.get("ItemToken")!, receipts: [], time: real.time,
      machines: [], plays: [], rng: new RngService(world.hashes.gateway, RNG_FIXTURE_SEED), tee: tee(),
      accounts: new Map(real.observed.accounts.map((a) => [a.label, a.hash] as const)),
    }),
    invariants: neoGachaInvariants,
  });
}
