import { buildWorlds } from "../../../neo-express/world/build-worlds.js";
import { scaledFunding } from "../../../neo-express/world/world-funding.js";
import { HarnessError } from "../../../neo-express/harness-error.js";
import type { ChainContext } from "../../harness/chain-context.js";
import { ChainSystem } from "../../harness/chain-system.js";
import { ModelSystem } from "../../harness/model-system.js";
import { DifferentialRun } from "../../harness/differential-run.js";
import { replayWorld } from "../../harness/replay-world.js";
import { modelVersion } from "../../harness/model-version.js";
import type { DifferentialProperty } from "../../harness/run-property.js";
import { doomsdayCommands } from "./arbitraries.js";
import type { DoomsdaySequence } from "./sequence-model.js";

export const FOREIGN_APP_ID = "miniapp-foreign";

/**
 * The DoomsdayClock model-vs-chain run (doomsday-clock.md with README §10 G1–G6): generated
 * sequences of payments, hybrid and deprecated purchases (honest and perturbed), round starts and
 * ends at time boundaries, and safe getters, each sequence in a fresh world.
 */
export function doomsdayDifferential(ctx: ChainContext, maxCommands = 25): DifferentialProperty<DoomsdaySequence> {
  const app = ctx.contracts.apps.find((a) => a.entry.slug === "doomsday-clock");
  if (!app) throw new HarnessError("NEF_MISSING", "the contracts under test have no DoomsdayClock", "add it to the run's contracts");
  return {
    app: "doomsday-clock",
    property: "DD-differential",
    title: "DoomsdayClock model ≡ chain, every step (G1–G6, DD-P2, DD-P6–P9)",
    pattern: "frontend calculation + O(1) formula",
    commands: doomsdayCommands(),
    maxCommands,
    fingerprint: () => ({
      nefChecksums: Object.fromEntries([ctx.contracts.paymentHub, ctx.contracts.pauseRegistry, ctx.contracts.gateway, app.files].map((f) => [f.name, f.checksum])),
      modelVersion: modelVersion("doomsday-clock"),
      generator: { maxCommands, commands: "doomsday-v1" },
    }),
    setup: async () => {
      const { driver } = ctx;
      const [world] = await buildWorlds(driver, ctx.contracts, {
        count: 1, firstIndex: ctx.nextWorld(), t0: driver.lastBlockTime() + 1_000n,
        funding: () => scaledFunding(100n), scriptHash: ctx.scriptHash, extraAppIds: [FOREIGN_APP_ID],
      });
      const replay = replayWorld(world!, driver.actor("genesis"), ctx.modelOf);
      if (replay.differences.length > 0) {
        const d = replay.differences[0]!;
        throw new Error(`the fixture already differs at "${d.label}": ${JSON.stringify(d.differences[0])}`);
      }
      const hashes = world!.hashes;
      const appHash = hashes.apps.get("doomsday-clock")!;
      const accounts = [...replay.actors].map(([label, a]) => ({ label, hash: "0x" + a.scriptHash }));
      const real = new DifferentialRun(new ModelSystem(replay.model, replay.actors), new ChainSystem(driver, world!), {
        contracts: [{ label: "DoomsdayClock", hash: appHash }, { label: "PaymentHub", hash: hashes.paymentHub }],
        accounts: [...accounts, { label: "DoomsdayClock", hash: appHash }, { label: "PaymentHub", hash: hashes.paymentHub }],
      }, driver.lastBlockTime());
      const model: DoomsdaySequence = { model: replay.model, app: appHash, paymentHub: hashes.paymentHub, receipts: [], time: driver.lastBlockTime() };
      return { model, real };
    },
  };
}
