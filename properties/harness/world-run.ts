import { buildWorlds, type World } from "../../neo-express/world/build-worlds.js";
import { scaledFunding } from "../../neo-express/world/world-funding.js";
import type { ModelChain } from "../../simulator/runtime/model-chain.js";
import type { ChainContext } from "./chain-context.js";
import { ChainSystem } from "./chain-system.js";
import { DifferentialRun } from "./differential-run.js";
import { ModelSystem } from "./model-system.js";
import { replayWorld } from "./replay-world.js";

export const FOREIGN_APP_ID = "miniapp-foreign";

/**
 * Sequence worlds get 1/1,000 of the spec's GAS (ADMIN 20,000, each user and app 1,000 GAS; NEO
 * and the TEE's and TREASURY's 1,000 GAS as specified): about 26,000 GAS of the genesis
 * account's 52,000,000 per world, so one chain serves about 2,000 sequences (shrinking
 * included). Generators keep a sequence's spending far below a user's 1,000 GAS.
 */
export const SEQUENCE_FUNDING_DIVISOR = 1_000n;

export interface WorldRun {
  readonly world: World;
  readonly model: ModelChain;
  readonly real: DifferentialRun;
  /** The app under test's hash. */
  readonly app: string;
}

/**
 * A fresh world for one sequence: the §6 fixture built on chain (funded at 1/1,000 of the spec's
 * GAS, see SEQUENCE_FUNDING_DIVISOR), replayed into the model with every step compared,
 * and a DifferentialRun that compares the app's, PaymentHub's and the gateway's storage and the
 * balances of every account and of those contracts after each step.
 */
export async function worldRun(ctx: ChainContext, slug: string, label: string): Promise<WorldRun> {
  const { driver } = ctx;
  const [world] = await buildWorlds(driver, ctx.contracts, {
    count: 1, firstIndex: ctx.nextWorld(), t0: driver.lastBlockTime() + 1_000n,
    funding: () => scaledFunding(SEQUENCE_FUNDING_DIVISOR), scriptHash: ctx.scriptHash, extraAppIds: [FOREIGN_APP_ID],
  });
  const replay = replayWorld(world!, driver.actor("genesis"), ctx.modelOf);
  if (replay.differences.length > 0) {
    const d = replay.differences[0]!;
    throw new Error(`the fixture already differs at "${d.label}": ${JSON.stringify(d.differences[0])}`);
  }
  const { paymentHub, gateway } = world!.hashes;
  const app = world!.hashes.apps.get(slug)!;
  const contracts = [{ label, hash: app }, { label: "PaymentHub", hash: paymentHub }, { label: "ServiceLayerGateway", hash: gateway }];
  const accounts = [...replay.actors].map(([name, a]) => ({ label: name, hash: "0x" + a.scriptHash }));
  const real = new DifferentialRun(new ModelSystem(replay.model, replay.actors), new ChainSystem(driver, world!), { contracts, accounts: [...accounts, ...contracts] }, driver.lastBlockTime());
  return { world: world!, model: replay.model, real, app };
}
