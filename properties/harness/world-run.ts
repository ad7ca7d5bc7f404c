import { EngineDriver, type EngineState } from "../../neo-express/driver/engine/engine-driver.js";
import type { LaneDriver } from "../../neo-express/driver/lane.js";
import { copyBlocks, mirrorBlocks } from "../../neo-express/driver/engine/mirror-blocks.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import type { Seat, SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import { buildWorlds, type World, type WorldContracts } from "../../neo-express/world/build-worlds.js";
import type { WorldKind } from "../../neo-express/world/world-kind.js";
import { genesisGasNeeded, scaledFunding } from "../../neo-express/world/world-funding.js";
import { genesisHoldings, recycleWorlds } from "../../neo-express/world/recycle-worlds.js";
import { USER_NAMES } from "../../neo-express/world/world-actors.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import type { ModelChain } from "../../simulator/runtime/model-chain.js";
import type { ChainContext } from "./chain-context.js";
import { ChainSystem } from "./chain-system.js";
import { DifferentialRun } from "./differential-run.js";
import { laneDiff } from "./lane-diff.js";
import { ModelSystem } from "./model-system.js";
import { replayWorld, type ReplayedWorld } from "./replay-world.js";
import { worldContractHash } from "./world-contract-names.js";
import { appBySlug } from "../../simulator/registry.js";
import { WorldDemand } from "./world-demand.js";

export const FOREIGN_APP_ID = "miniapp-foreign";

/**
 * Sequence worlds get 1/1,000 of the spec's GAS (ADMIN 20,000, each user and app 1,000 GAS; NEO
 * and the TEE's and TREASURY's 1,000 GAS as specified): about 26,000 GAS of the genesis
 * account's 52,000,000 and 60,000 of its 100,000,000 NEO per world, so the genesis holdings fund
 * about 1,650 worlds; past that, finished worlds give back what they hold (recycleWorlds) and the
 * campaign goes on. Generators keep a sequence's spending far below a user's 1,000 GAS; the model
 * books every fee, so a balance that does reach the edge is still decided alike.
 */
export const SEQUENCE_FUNDING_DIVISOR = 1_000n;

export interface WorldRun {
  readonly world: World;
  readonly model: ModelChain;
  readonly real: DifferentialRun;
  /** The app under test's hash. */
  readonly app: string;
  /** The chain the sequence runs on (on the engine: a driver bound to the sequence's own forked state). */
  readonly driver: LaneDriver;
}

/**
 * A fresh world for one sequence: the §6 fixture on chain (funded at 1/1,000 of the spec's GAS,
 * see SEQUENCE_FUNDING_DIVISOR) replayed into the model with every step compared, and a
 * DifferentialRun that compares the app's and the three platform contracts' storage and the
 * balances of every account and of those contracts after each step.
 *
 * - neo-express: each sequence gets its own world (own keys, own contract hashes). Worlds are
 *   built WORLDS_PER_BUILD at a time in lockstep, so that many independent sequences share every
 *   fixture block (one block per fixture step, not per world), and handed out one per sequence.
 * - engine: the world is built once per app and forked; each sequence runs in its own state
 *   forked from it (a driver bound to it), so every sequence starts from the very same state in
 *   O(1), with a copy of the replayed model, and several sequences can run at once on one host.
 * - engine judged by neo-express (lane equivalence): the same world index at the same height and
 *   times on both lanes, whose fixtures must already agree exactly. A block neo-express makes on
 *   its own in the middle of a sequence (after 15 s of idleness) would show as a lane mismatch.
 *
 * `kind`: which of the fixture's step-5 settings the world's apps got (world-kind.ts; a
 * deployment-window world lacks some); worlds of each kind are pooled and forked apart.
 */
export async function worldRun(ctx: ChainContext, slug: string, label: string, kind: WorldKind = "configured"): Promise<WorldRun> {
  if (ctx.spread) return spreadRun(ctx.spread, slug, label, kind);
  if (ctx.judge) return ctx.sharedBlocks ? seatedJudgedRun(ctx, ctx.sharedBlocks, slug, label, kind) : judgedRun(ctx, ctx.judge, slug, label, kind);
  if (ctx.driver instanceof EngineDriver) return forkedRun(ctx, ctx.driver, slug, label, kind);
  if (ctx.sharedBlocks) return seatedRun(ctx, ctx.sharedBlocks, slug, label, kind);
  // neo-express makes blocks of its own when left idle (15 s): a chain that waited (the one that
  // confirms the engine lane's failures, after minutes of engine run or a long shrink) must build
  // worlds and start sequences after them, not at a time already behind its tip.
  if (ctx.driver instanceof NeoExpressDriver) await ctx.driver.blocks.refreshTip();
  const { world, replay } = await pooled(ctx, slug, kind);
  return assemble(ctx.driver, world, replay.model, replay, slug, label);
}

/** Sequences running on each context a run spreads them over (ChainContext.spread). */
const running = new WeakMap<ChainContext, number>();

/**
 * A sequence on the spread context with the fewest sequences running (the first of equals): its
 * world, blocks and judge are that context's alone, so nothing of one chain's sequences reaches
 * another's. It counts as running from its first await (so that sequences starting together
 * spread) until it finishes.
 */
async function spreadRun(contexts: readonly ChainContext[], slug: string, label: string, kind: WorldKind): Promise<WorldRun> {
  const load = (c: ChainContext) => running.get(c) ?? 0;
  const target = contexts.reduce((best, c) => (load(c) < load(best) ? c : best));
  running.set(target, load(target) + 1);
  const done = () => {
    running.set(target, load(target) - 1);
  };
  try {
    const run = await worldRun(target, slug, label, kind);
    run.real.onFinish(async () => done());
    return run;
  } catch (e) {
    done();
    throw e;
  }
}

/** Worlds built together on neo-express: each fixture block carries one step of each. */
export const WORLDS_PER_BUILD = 8;

/**
 * A sequence that shares blocks with others running at once: its own world, a seat at the shared
 * blocks (so its transactions wait for a block that can take them), left when it finishes. It
 * announces itself before its first await, so no block is made before it sits: it starts at the
 * current tip like the others. An empty pool is refilled once every sequence has finished.
 */
async function seatedRun(ctx: ChainContext, blocks: SharedBlocks, slug: string, label: string, kind: WorldKind): Promise<WorldRun> {
  const driver = ctx.driver as NeoExpressDriver;
  const shop = shopOf(ctx, slug);
  shop.demand.ask(kind);
  return seated(ctx, blocks, poolOf(shop.worlds, kind), () => shop.demand.served(), () => refill(ctx, shop, blocks, driver, kind), (built, seat) => {
    handedOut(ctx).push(built.world);
    return assemble(driver, built.world, built.replay.model, built.replay, slug, label, undefined, seat);
  });
}

/**
 * A lane-equivalence sequence that shares blocks with others (the judge's SharedBlocks, whose
 * mirror is the engine): as seatedRun, with worlds built in pairs on both lanes (buildPairs,
 * `worldsPerBuild` at a time, only while no sequence runs) and the seat on the judge's side.
 */
async function seatedJudgedRun(ctx: ChainContext, blocks: SharedBlocks, slug: string, label: string, kind: WorldKind): Promise<WorldRun> {
  const shop = shopOf(ctx, slug);
  shop.demand.ask(kind);
  const refillPairs = (): Promise<void> => {
    const done = blocks.exclusive(async () => {
      const kinds = shop.demand.refill(kind, (k) => poolOf(shop.pairs, k).length, blocks.worldsPerBuild);
      if (kinds.length === 0) return;
      for (const pair of await buildPairs(ctx, slug, ctx.judge!, kinds)) poolOf(shop.pairs, pair.onJudge.world.kind).push(pair);
    });
    refills.set(ctx, done);
    return done.finally(() => refills.delete(ctx));
  };
  return seated(ctx, blocks, poolOf(shop.pairs, kind), () => shop.demand.served(), refillPairs, (pair, seat) => assemblePair(ctx, pair, slug, label, seat));
}

/**
 * A seat at the shared blocks and a world from the pool. The sequence announces itself before its
 * first await, so no block is made before it sits: it starts at the current tip like the others.
 * An empty pool is refilled once every sequence has finished.
 */
async function seated<B>(ctx: ChainContext, blocks: SharedBlocks, pool: B[], served: () => void, refill: () => Promise<void>, assembled: (built: B, seat: Seat) => WorldRun): Promise<WorldRun> {
  blocks.arriving();
  let seat: Seat | undefined;
  try {
    while (pool.length === 0 || blocks.building) {
      // Building passes every time a seated sequence waits for: it waits until none runs, and
      // no sequence sits down while it is under way.
      blocks.departed();
      try {
        if (pool.length === 0) await (refills.get(ctx) ?? refill());
        else await blocks.open();
      } finally {
        blocks.arriving();
      }
    }
    const built = pool.shift()!;
    served();
    seat = blocks.seat();
    const left = seat;
    const run = assembled(built, seat);
    run.real.onFinish(async () => left.leave());
    return run;
  } catch (e) {
    if (seat) seat.leave();
    else blocks.departed();
    throw e;
  }
}

const refills = new WeakMap<ChainContext, Promise<void>>();

/**
 * An empty block after the node's real tip: the node may have made blocks of its own while the
 * harness was idle (15 s), and may be making one right now; the empty block restarts its timer,
 * so none falls into the fixture that follows. A dBFT block that gets in first is read and the
 * empty block made after it (at most three tries).
 */
async function restartIdleTimer(driver: NeoExpressDriver): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await driver.blocks.refreshTip();
    try {
      await driver.confirm([], driver.lastBlockTime() + 1_000n);
      return;
    } catch (e) {
      if (!(e instanceof HarnessError) || !["TIME_NOT_AFTER_TIP", "BLOCK_REJECTED"].includes(e.code) || attempt >= 3) throw e;
    }
  }
}

function refill(ctx: ChainContext, shop: WorldShop, blocks: SharedBlocks, driver: NeoExpressDriver, kind: WorldKind): Promise<void> {
  const done = blocks.exclusive(async () => {
    // The fixture's blocks can only be made while no sequence runs (they would pass the times
    // sequences wait for): the pools are refilled rarely, in bulk and in a mix (WorldDemand).
    const kinds = shop.demand.refill(kind, (k) => poolOf(shop.worlds, k).length, blocks.worldsPerBuild);
    if (kinds.length === 0) return;
    await restartIdleTimer(driver);
    await fundable(ctx, [driver], kinds.length);
    for (const built of await buildMany(ctx, shop.slug, driver, kinds, driver.lastBlockTime() + 1_000n)) poolOf(shop.worlds, built.world.kind).push(built);
  });
  refills.set(ctx, done);
  return done.finally(() => refills.delete(ctx));
}

/**
 * One app's worlds on one context: built and not yet handed out (single worlds, or pairs on a
 * judged pair), per kind, and the kinds its sequences asked for (what its refills build).
 */
interface WorldShop {
  readonly slug: string;
  readonly worlds: Map<WorldKind, Built[]>;
  readonly pairs: Map<WorldKind, Pair[]>;
  readonly demand: WorldDemand;
}

const shops = new WeakMap<ChainContext, Map<string, WorldShop>>();

function shopOf(ctx: ChainContext, slug: string): WorldShop {
  const bySlug = shops.get(ctx) ?? new Map<string, WorldShop>();
  shops.set(ctx, bySlug);
  const shop = bySlug.get(slug) ?? { slug, worlds: new Map(), pairs: new Map(), demand: new WorldDemand() };
  bySlug.set(slug, shop);
  return shop;
}

/** The run of app `slug`'s property sets up `sequences` sequences (DifferentialProperty.expect): its refills build no more. */
export function expectWorlds(ctx: ChainContext, slug: string, sequences: number): void {
  // Spread evenly (runs end at different times, so one context may take a few more: it then builds them).
  if (ctx.spread) for (const c of ctx.spread) shopOf(c, slug).demand.expect(Math.ceil(sequences / ctx.spread.length));
  else shopOf(ctx, slug).demand.expect(sequences);
}

/** The pool of `kind` (single worlds or judged pairs), made on first use. */
function poolOf<B>(byKind: Map<WorldKind, B[]>, kind: WorldKind): B[] {
  const pool = byKind.get(kind) ?? [];
  byKind.set(kind, pool);
  return pool;
}

async function pooled(ctx: ChainContext, slug: string, kind: WorldKind): Promise<Built> {
  const shop = shopOf(ctx, slug);
  const pool = poolOf(shop.worlds, kind);
  shop.demand.ask(kind);
  if (pool.length === 0) {
    // neo-express may have made a block of its own while the harness was idle (15 s, e.g. while a
    // test compiled a contract): the fixture starts after the real tip.
    if (ctx.driver instanceof NeoExpressDriver) await ctx.driver.blocks.refreshTip();
    const kinds = shop.demand.refill(kind, (k) => poolOf(shop.worlds, k).length, WORLDS_PER_BUILD);
    await fundable(ctx, [ctx.driver], kinds.length);
    for (const built of await buildMany(ctx, slug, ctx.driver, kinds, ctx.driver.lastBlockTime() + 1_000n)) poolOf(shop.worlds, built.world.kind).push(built);
  }
  const built = pool.shift()!;
  shop.demand.served();
  handedOut(ctx).push(built.world);
  return built;
}

/**
 * What recycling needs of a finished world: its accounts. The fixture's log (every outcome, with
 * its notifications) is dropped, so that a long campaign does not keep tens of KiB per sequence
 * until the next recycling (issue #22: the harness grew by about 40 KiB per sequence).
 */
function forRecycling(world: World): World {
  return { ...world, log: [], fees: new Map() };
}

/** Worlds given to sequences, per context: a sequence runs to its end before the next one's world is asked for. */
const finished = new WeakMap<ChainContext, World[]>();

/** The finished worlds of `ctx`, kept for recycling in their slim form (forRecycling). */
function handedOut(ctx: ChainContext): { push(world: World): void; splice(start: number): World[] } {
  const list = finished.get(ctx) ?? [];
  finished.set(ctx, list);
  return { push: (world) => list.push(forRecycling(world)), splice: (start) => list.splice(start) };
}

/**
 * Makes sure the genesis account can fund `count` more sequence worlds: when it cannot, the
 * finished worlds give back what they hold (recycleWorlds), on every driver alike (a judged pair
 * persists the same blocks). A campaign thus runs past the ~1,650 worlds a chain's genesis holdings
 * fund; GENESIS_EXHAUSTED only when even that does not suffice.
 */
async function fundable(ctx: ChainContext, drivers: readonly LaneDriver[], count: number): Promise<void> {
  const funding = scaledFunding(SEQUENCE_FUNDING_DIVISOR);
  const need = { gas: genesisGasNeeded(funding, USER_NAMES.length) * BigInt(count) + GENESIS_FEE_MARGIN, neo: funding.userNeo * BigInt(USER_NAMES.length * count) };
  const enough = (h: { gas: bigint; neo: bigint }) => h.gas >= need.gas && h.neo >= need.neo;
  if (enough(await genesisHoldings(drivers[0]!))) return;
  const done = handedOut(ctx).splice(0);
  const time = drivers.map((d) => d.lastBlockTime()).reduce((a, b) => (a > b ? a : b)) + 1_000n;
  for (const d of drivers) await recycleWorlds(d, done, time);
  const after = await genesisHoldings(drivers[0]!);
  if (!enough(after)) {
    throw new HarnessError("GENESIS_EXHAUSTED", `the genesis account holds ${after.gas} datoshi GAS and ${after.neo} NEO, less than ${count} more worlds need (${need.gas} GAS, ${need.neo} NEO), even after recycling ${done.length} finished worlds`,
      "split the campaign into shards (--shard k/n), each with its own chain");
  }
}

/** What the genesis account pays in fees for one build's funding transfers, and then some. */
const GENESIS_FEE_MARGIN = 1_000n * 100_000_000n;

interface Built {
  readonly world: World;
  readonly replay: ReplayedWorld;
}

async function buildOne(ctx: ChainContext, slug: string, driver: LaneDriver, index: number, t0: bigint, kind: WorldKind): Promise<Built> {
  const [built] = await buildMany(ctx, slug, driver, [kind], t0, index);
  return built!;
}

/**
 * Worlds of `kinds` (one each) for app `slug`'s sequences, with consecutive indexes (from
 * `first`, default the context's next ones), each replayed into its model.
 */
async function buildMany(ctx: ChainContext, slug: string, driver: LaneDriver, kinds: readonly WorldKind[], t0: bigint, first?: number): Promise<Built[]> {
  const count = kinds.length;
  const firstIndex = first ?? Array.from({ length: count }, () => ctx.nextWorld())[0]!;
  const worlds = await buildWorlds(driver, withApp(ctx.contracts, slug), {
    count, firstIndex, t0, kind: kinds,
    funding: () => scaledFunding(SEQUENCE_FUNDING_DIVISOR), scriptHash: ctx.scriptHash, extraAppIds: [FOREIGN_APP_ID],
  });
  return worlds.map((world) => {
    const replay = replayWorld(world, driver.actor("genesis"), ctx.modelOf);
    if (replay.differences.length > 0) {
      const d = replay.differences[0]!;
      throw new Error(`the fixture already differs at "${d.label}": ${JSON.stringify(d.differences[0])}`);
    }
    return { world, replay };
  });
}

/** The last world build on a context's engine (builds run one at a time). */
const engineBuilds = new WeakMap<ChainContext, Promise<unknown>>();

/** One fork per context, app and world kind: the world built and replayed once, each sequence in a state forked from it. */
const forks = new WeakMap<ChainContext, Map<string, Promise<Built & { state: EngineState }>>>();

/**
 * A sequence on the engine: its own driver bound to a state forked from the app's world
 * (EngineDriver.bound), so sequences that run at once (runProperty's `concurrency`) share the
 * host but never a chain, and each starts from the very same state (and transaction nonces)
 * whether it runs alone or beside others. The state is forgotten when the sequence finishes.
 */
async function forkedRun(ctx: ChainContext, engine: EngineDriver, slug: string, label: string, kind: WorldKind): Promise<WorldRun> {
  const byApp = forks.get(ctx) ?? new Map<string, Promise<Built & { state: EngineState }>>();
  forks.set(ctx, byApp);
  const key = `${slug} ${kind}`;
  let building = byApp.get(key);
  if (!building) {
    // Worlds of several kinds may be asked for at once (concurrent sequences): they are built one
    // after the other on the engine's main state, each forked before the next one starts.
    const previous = engineBuilds.get(ctx) ?? Promise.resolve();
    building = previous.catch(() => undefined).then(async () => {
      const fresh = await buildOne(ctx, slug, engine, ctx.nextWorld(), engine.lastBlockTime() + 1_000n, kind);
      return { ...fresh, state: await engine.fork() };
    });
    engineBuilds.set(ctx, building);
    byApp.set(key, building);
    building.catch(() => byApp.delete(key));
  }
  const built = await building;
  const bound = engine.bound(built.state);
  const run = assemble(bound, built.world, built.replay.model.copy(), built.replay, slug, label);
  run.real.onFinish(() => bound.release());
  return run;
}

async function judgedRun(ctx: ChainContext, judge: LaneDriver, slug: string, label: string, kind: WorldKind): Promise<WorldRun> {
  const [pair] = await buildPairs(ctx, slug, judge, [kind]);
  return assemblePair(ctx, pair!, slug, label);
}

/** A world built on both lanes of a judged pair: the engine's and neo-express's (`onJudge`). */
interface Pair {
  readonly onEngine: Built;
  readonly onJudge: Built;
}

function assemblePair(ctx: ChainContext, pair: Pair, slug: string, label: string, seat?: Seat): WorldRun {
  handedOut(ctx).push(pair.onJudge.world);
  const judge = ctx.judge!;
  return assemble(ctx.driver, pair.onEngine.world, pair.onEngine.replay.model, pair.onEngine.replay, slug, label, new ChainSystem(judge, pair.onJudge.world, seat));
}

/** Worlds of `kinds` with the same indexes at the same heights and times on both lanes of a judged pair, whose fixtures agree exactly. */
async function buildPairs(ctx: ChainContext, slug: string, judge: LaneDriver, kinds: readonly WorldKind[]): Promise<Pair[]> {
  const count = kinds.length;
  const engine = ctx.driver;
  const node = judge instanceof NeoExpressDriver ? judge : undefined;
  if (engine instanceof EngineDriver && node) await mirrorBlocks(engine, node);
  await fundable(ctx, [judge, engine], count);
  for (let attempt = 1; ; attempt++) {
    // Both lanes at the same height (neo-express makes blocks of its own when idle) …
    if (engine instanceof EngineDriver && node) await mirrorBlocks(engine, node);
    // … and at the same times (neo-express's tip is wall-clock time, the engine's may be older),
    // starting with an empty block on both: it also restarts neo-express's 15 s dBFT timer, so
    // none of its own blocks falls into the fixture that follows.
    const start = max(engine.lastBlockTime(), judge.lastBlockTime()) + 1_000n;
    try {
      await judge.confirm([], start);
    } catch (e) {
      // A dBFT block got in since the tip was read (a stalled machine) and is later than `start`:
      // mirror it and choose the time anew. This empty block carries nothing a sequence planned.
      if (e instanceof HarnessError && e.code === "TIME_NOT_AFTER_TIP" && attempt < 3) continue;
      throw e;
    }
    await engine.confirm([], start);
    const foreign = node?.blocks.foreignBlocks.length ?? 0;
    const first = Array.from({ length: count }, () => ctx.nextWorld())[0]!;
    // The lanes build side by side (each its own process); the engine's build is undone when the
    // node's must be made anew.
    const forking = engine instanceof EngineDriver ? engine : undefined;
    const before = await forking?.fork();
    const build = (driver: LaneDriver) => buildMany(ctx, slug, driver, kinds, start + 1_000n, first);
    const [onJudge, onEngine] = before ? await Promise.all([build(judge), build(engine)]) : [await build(judge), undefined];
    if (node) await node.blocks.refreshTip();
    if ((node?.blocks.foreignBlocks.length ?? 0) > foreign && attempt < 3) {
      // A dBFT block got in (a stalled machine): build anew. The engine first goes back and
      // copies the node's blocks whole, the abandoned build included: its transfers from the
      // genesis account decide the GAS that account is minted at its next NEO transfer.
      if (forking && before && node) {
        await forking.restore(before);
        await forking.drop(before);
        await copyBlocks(forking, node, node.tip.index);
      }
      continue;
    }
    if (forking && before) await forking.drop(before);
    return (onEngine ?? await build(engine)).map((built, w) => {
      built.world.log.forEach((step, i) => {
        const differences = laneDiff(step.outcome, onJudge[w]!.world.log[i]!.outcome);
        if (differences.length > 0) throw new Error(`the lanes already differ in the fixture at "${step.step.label}": ${JSON.stringify(differences[0])}`);
      });
      return { onEngine: built, onJudge: onJudge[w]! };
    });
  }
}

function assemble(driver: LaneDriver, world: World, model: ModelChain, replay: ReplayedWorld, slug: string, label: string, judge?: ChainSystem, seat?: Seat): WorldRun {
  const { paymentHub, gateway, pauseRegistry } = world.hashes;
  const app = world.hashes.apps.get(slug)!;
  const contracts = [{ label, hash: app }, { label: "PaymentHub", hash: paymentHub }, { label: "ServiceLayerGateway", hash: gateway }, { label: "PauseRegistry", hash: pauseRegistry },
    ...(appBySlug(slug)?.extraContracts ?? []).map((name) => ({ label: name, hash: world.hashes.apps.get(name)! }))];
  const accounts = [...replay.actors].map(([name, a]) => ({ label: name, hash: "0x" + a.scriptHash }));
  const real = new DifferentialRun(new ModelSystem(model, replay.actors, world.fees, (name) => worldContractHash(world, name)), new ChainSystem(driver, world, seat), { contracts, accounts: [...accounts, ...contracts] },
    driver.lastBlockTime(), judge);
  return { world, model, real, app, driver };
}

function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/**
 * The contracts of a world for app `slug`'s sequences: the platform and that app (with its extra
 * contracts). Decision (issue #16): platform.md §6 deploys and configures every app in one
 * fixture; a sequence of one app's property never calls another app (each world is its own
 * README §5 universe, foreign receipts use FOREIGN_APP_ID), and with twelve apps each world
 * took about 110 fixture transactions, three times a lane-equivalence sequence's own steps. The
 * app's part of the fixture is the spec's, transaction for transaction. A slug the contracts do
 * not hold leaves them whole (its run then names what is missing).
 */
export function withApp(contracts: WorldContracts, slug: string): WorldContracts {
  const apps = contracts.apps.filter((a) => a.entry.slug === slug);
  return apps.length === 0 ? contracts : { ...contracts, apps };
}
