import { EngineDriver } from "../../neo-express/driver/engine/engine-driver.js";
import { judgedPair } from "../../neo-express/driver/engine/judged-pair.js";
import { mirrorBlocks } from "../../neo-express/driver/engine/mirror-blocks.js";
import { SharedBlocks } from "../../neo-express/driver/block/shared-blocks.js";
import type { Lane, LaneDriver } from "../../neo-express/driver/lane.js";
import { NeoExpressDriver } from "../../neo-express/driver/neo-express-driver.js";
import { startChain, type RunningChain } from "../../neo-express/lifecycle/start-chain.js";
import type { WorldContracts } from "../../neo-express/world/build-worlds.js";
import { contractModelOf } from "../../simulator/contract-models.js";
import { registeredScriptHash } from "../../simulator/tee/script-texts.js";
import type { ChainContext } from "../../properties/harness/chain-context.js";
import type { CatalogEntry } from "../../properties/catalog.js";
import type { RawCoverage } from "../../contract-coverage/raw-coverage.js";
import { coverageCounter } from "./coverage-counter.js";

/**
 * The chains of one run. neo-express always runs: it is the lane of a neo-express run and where
 * a failure found on the engine lane is confirmed. The engine host runs when the lane is `engine`.
 *
 * The lane-equivalence properties get a pair of their own, started on first use: a second
 * neo-express and a second engine host that see nothing but the judged worlds, so both persist the
 * same blocks (mirrorBlocks copies neo-express's own) and GAS rewards agree to the datoshi.
 *
 * World indexes decide keys and hence contract hashes, and a sender cannot deploy the same
 * contract twice: each use of a chain takes its own range of indexes (the GAS gate uses 100,000+).
 */
export interface RunLanes {
  readonly lane: Lane;
  readonly chain: RunningChain;
  readonly neoExpress: NeoExpressDriver;
  readonly engine: EngineDriver | undefined;
  /** The run's lane driver. */
  readonly driver: LaneDriver;
  /** Where the properties run (the run's lane). */
  readonly main: ChainContext;
  /** The engine judged by neo-express, for the lane-equivalence properties. */
  judged(): Promise<ChainContext>;
  /** neo-express alone, where engine-lane failures are confirmed. */
  readonly confirm: ChainContext;
  /**
   * Contract coverage counted so far on every engine host of the run (the engine lane's and the
   * judged pairs'; neo-express cannot count), and the counting stopped: what the properties ran.
   * With `"main"`, the engine lane's host alone: its properties have ended and the GAS gate is
   * about to run there while the judged pairs still count.
   */
  coverage(of?: "main"): Promise<RawCoverage[]>;
  stop(): Promise<void>;
}

const FIRST_WORLD = { main: 1, judged: 1, confirm: 40_000 } as const;

export async function openLanes(lane: Lane, contracts: WorldContracts, options: { readonly coverage?: boolean } = {}): Promise<RunLanes> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  const context = (d: LaneDriver, first: number, judge?: LaneDriver, sharedBlocks?: SharedBlocks) => contextOf(contracts, d, first, judge, sharedBlocks);
  try {
    const chain = await startChain();
    stops.push(() => chain.stop());
    const neoExpress = await NeoExpressDriver.connect(chain);
    const engine = lane === "engine" ? await EngineDriver.start(chain.chain.path, { niceness: MAIN_LANE_NICENESS }) : undefined;
    if (engine) stops.push(() => engine.close());
    const counter = coverageCounter(options.coverage === true);
    if (engine) await counter.count(engine);
    const driver: LaneDriver = engine ?? neoExpress;
    let judged: Promise<ChainContext> | undefined;
    return {
      lane, chain, neoExpress, engine, driver,
      // On the neo-express lane the run's properties share the nodes' blocks
      // (NEO_EXPRESS_SEQUENCES_AT_ONCE on each of NEO_EXPRESS_NODES: the run's node and more).
      main: lane === "neo-express" ? await spreadOverNodes(neoExpress, stops, (d, blocks) => context(d, FIRST_WORLD.main, undefined, blocks)) : context(driver, FIRST_WORLD.main),
      judged: () => (judged ??= openJudged(contracts, stops, counter.count)),
      confirm: context(neoExpress, FIRST_WORLD.confirm),
      coverage: (of) => counter.take((e) => of !== "main" || e === engine),
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

/**
 * The judged pairs of a run (JUDGED_PAIRS, started side by side; each stopped with the run,
 * `stops`), each engine counting coverage when `count` does: lane equivalence shares each node's
 * blocks, its engine their mirror (JUDGED_SEQUENCES_AT_ONCE per pair), the sequences spread over
 * the pairs. Opened by openLanes, or by the thread that runs the lane-equivalence stream
 * (judged-stream-worker.ts).
 */
export async function openJudged(contracts: WorldContracts, stops: (() => Promise<void>)[], count: (e: EngineDriver) => Promise<void>): Promise<ChainContext> {
  const pairs = await startSideBySide(JUDGED_PAIRS, judgedPair, stops);
  for (const pair of pairs) await count(pair.engine);
  return spread(pairs.map((pair) => contextOf(contracts, pair.engine, FIRST_WORLD.judged, pair.neoExpress, new SharedBlocks(pair.neoExpress, JUDGED_WORLDS_PER_BUILD, pair.engine))));
}

/** A chain's context; its world indexes count from `first`. */
function contextOf(contracts: WorldContracts, d: LaneDriver, first: number, judge?: LaneDriver, sharedBlocks?: SharedBlocks): ChainContext {
  let next = first;
  return { driver: d, ...(judge ? { judge } : {}), ...(sharedBlocks ? { sharedBlocks } : {}), contracts, modelOf: contractModelOf, scriptHash: registeredScriptHash, nextWorld: () => next++ };
}

/**
 * The neo-express lane's properties, spread over NEO_EXPRESS_NODES nodes: the run's own (where the
 * GAS gate and the replays run) and nodes started for them, each sequence whole on one node and
 * sharing that node's blocks. The extra nodes stop with the run (`stops`).
 */
async function spreadOverNodes(first: NeoExpressDriver, stops: (() => Promise<void>)[], context: (d: NeoExpressDriver, blocks: SharedBlocks) => ChainContext): Promise<ChainContext> {
  const more = await Promise.all((await startSideBySide(NEO_EXPRESS_NODES - 1, () => startChain(), stops)).map((c) => NeoExpressDriver.connect(c)));
  return spread([first, ...more].map((d) => context(d, new SharedBlocks(d))));
}

/** `count` processes (chains, judged pairs) started side by side; each stopped with the run (`stops`) even when another failed to start. */
async function startSideBySide<T extends { stop(): Promise<void> }>(count: number, start: () => Promise<T>, stops: (() => Promise<void>)[]): Promise<T[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => start()));
  for (const s of started) if (s.status === "fulfilled") stops.push(() => s.value.stop());
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return started.map((s) => (s as PromiseFulfilledResult<T>).value);
}

/** One context over several chains (ChainContext.spread), or the one chain's own. */
function spread(contexts: readonly ChainContext[]): ChainContext {
  return contexts.length === 1 ? contexts[0]! : { ...contexts[0]!, spread: contexts };
}

/**
 * Sequences run at once on the engine lane (runProperty's `concurrency`): each in its own forked
 * state on the one host. What they ask in one turn of the event loop goes to the host as one
 * message, at most SEQUENCES_PER_MESSAGE (4) sequences' steps each (EngineHost), so with 8 at once
 * two messages are in flight: the host runs one group's blocks while the harness runs the model,
 * the comparisons and the next commands of the other (within one sequence a step's transaction
 * depends on the model after the step before, so the overlap is between sequences). Decision
 * (issue #16): 8. `npm run bench:engine -- --concurrency 4,8 --baseline <main> --baseline-concurrency 4`
 * on this project's shared 2-core machine (load 6–26): CPU per step equal or lower at 8 than at 4,
 * both well below one at a time; the wall-clock medians within the load's noise (4 ahead in three
 * runs, 8 in one); in the one quiet round measured (load ~6) 8 at once ran 1,483 steps/s against
 * 4's 1,038. On a machine with two free cores (a CI runner) host and harness overlap only with
 * two messages in flight, so 8 (see benchmarks/README.md). Seed, path, counterexample and replay are
 * those of a run one at a time (runProperty; properties/harness/concurrent-sequences.chain.test.ts
 * checks 4 and 8 at once). neo-express: NEO_EXPRESS_SEQUENCES_AT_ONCE (JUDGED_SEQUENCES_AT_ONCE for lane
 * equivalence).
 */
export const ENGINE_SEQUENCES_AT_ONCE = 8;

/**
 * Lane-equivalence sequences run at once on each judged pair, sharing neo-express's blocks with
 * the engine as their mirror (SharedBlocks; both lanes persist the same blocks, every step compared
 * on both and the model; worlds built in pairs, JUDGED_WORLDS_PER_BUILD at a time). Decision
 * (issue #16, stop 22): 32. A block takes every waiting step whose window holds its time, but most
 * of a sequence's waits are long (hours, days: `plainDelay` lets them run up to twice as long), so
 * at any time few of the sequences are awake and most blocks carried the one step of the one awake
 * (over DailyCheckin, TimeCapsule and CoinFlip with 8 at once, 471 of 8,966 blocks had all seven
 * others asleep for over a minute past the block's time, the most frequent case). More sequences
 * at once, more are awake together. `verify --app daily-checkin --app time-capsule --app coin-flip
 * --app lottery --runs 100 --no-gas --no-coverage`, lane equivalence, seeds 1 and 2: 190.4 and 187.2
 * steps/s with 8 (11,932 blocks for seed 1), 201.9 and 209.0 with 16, 219.3 and 226.4 with 32
 * (8,625 blocks), 203.4 and 227.5 with 50 (every sequence of a default run's pair at once). The
 * whole `npm run verify -- --seed 3609756`: 172.2 steps/s with 8, 199.6 with 32 (peak RSS 1.77 GB).
 * The earlier choice, 8, was measured when a pair built 32 worlds at a time and the run's lane
 * shared the harness's thread. A failure found while sharing replays alone at the times it ran at (`--times`;
 * properties/harness/shared-blocks.chain.test.ts).
 */
export const JUDGED_SEQUENCES_AT_ONCE = 32;

/**
 * Sequences run at once on the neo-express lane (`--lane neo-express`), sharing its blocks
 * (SharedBlocks, no mirror). Decision (issue #16, stop 18): 8. Stop 15 measured no wall-clock gain
 * under a load of 18–31 and kept one at a time; after stop 17's cheaper signing and RPC and stop
 * 18's flexible steps in every app, `npm run bench:shared -- --sequences 40 --concurrency 8
 * --rounds 1` on the quiet machine: DoomsdayClock 106.6 steps/s one at a time, 181.4 with 8 at once
 * (1.70×; the node's CPU per step 6.84 → 3.35 ms). Failures confirmed on neo-express for the
 * engine lane still replay alone (the `confirm` context has no SharedBlocks).
 */
export const NEO_EXPRESS_SEQUENCES_AT_ONCE = 8;

/**
 * neo-express nodes the neo-express lane's sequences are spread over (ChainContext.spread),
 * NEO_EXPRESS_SEQUENCES_AT_ONCE on each. Decision (issue #16, stop 19): 2. Within one node a
 * block waits for the harness (the model, the comparisons, the next steps) and the harness for
 * the node's round trips, so one core at most is busy; a second node's blocks fill that time.
 */
export const NEO_EXPRESS_NODES = 2;

/**
 * Judged pairs (a neo-express node and an engine host each) that a run's lane-equivalence
 * sequences are spread over, JUDGED_SEQUENCES_AT_ONCE on each (ChainContext.spread; each sequence
 * runs whole on one pair). Decision (issue #16): 2. A shared block waits for its round trips
 * (the engine's fee estimates; then the node's block with its logs and observations beside the
 * engine's) with the harness idle meanwhile, and the harness's work on a block leaves the node idle; a second
 * pair fills that time. A third (stop 19) sped up lane equivalence alone (`verify --app
 * doomsday-clock --app neo-gacha --runs 100 --no-gas --no-coverage`, seeds 1–3, quiet machine:
 * 168.8 → 150.7 s) but not the whole default run, where the run's lane already takes the second
 * core (`npm run verify -- --seed 1`: 7 min 28 s with 2 pairs, 7 min 41 s with 3; peak RSS 2.3 →
 * 2.7 GiB).
 */
export const JUDGED_PAIRS = 2;

/**
 * Worlds a judged pair builds at once (SharedBlocks' `worldsPerBuild`): a refill waits until no
 * sequence runs on the pair, and the sequences still running meanwhile share their blocks with
 * ever fewer others. Decision (issue #16, stop 21): 64, so that a default run (100 sequences over
 * JUDGED_PAIRS pairs) builds each pair's worlds once, before its first sequence, and no refill
 * waits. `verify --app doomsday-clock --app neo-gacha --app time-capsule --runs 100 --no-gas
 * --no-coverage`, seeds 1 and 2, lane equivalence: 154.5 and 167.5 steps/s with 32, 161.8 and
 * 186.7 with 64.
 */
export const JUDGED_WORLDS_PER_BUILD = 64;

/**
 * The scheduling priority (`nice`) of the engine lane's host, below the judged pairs' (0). The
 * lane-equivalence stream is the run's critical path: a default `verify` ends when its last
 * property ends, while the engine lane's differential properties and GAS gate end about halfway.
 * Beside them both cores were busy and every process got an equal share, so the lane-equivalence
 * properties that ran meanwhile went about half as fast as those after; at a lower priority the
 * engine lane takes what the judged pairs leave (they wait for each other's round trips, so there
 * is always some) and still ends well before them. Decision (issue #16, stop 20): 10. `npm run
 * verify -- --seed 1`, the same machine: stop 19's code 8 min 58 s and 9 min 30 s, lane
 * equivalence 116.8 and 110.2 steps/s; with this and the GAS gate's one-app worlds 6 min 43 s and
 * 7 min 34 s, 157.1 and 139.4 steps/s (the engine lane's properties and GAS gate ended 233 and
 * 245 s in). With `--seed 2`, one run right after the other: 8 min 1 s, 144.4 steps/s before;
 * 7 min 41 s, 150.6 after. The neo-express lane keeps its priority (not measured: its
 * properties take longer there and may be the critical path themselves).
 */
export const MAIN_LANE_NICENESS = 10;

/**
 * A catalog entry built where it runs: a lane-equivalence property on the judged pair (both
 * lanes), any other on the run's lane; on the engine lane with `judge`, the same property on
 * neo-express, where its failures are confirmed (runProperty's options), with
 * ENGINE_SEQUENCES_AT_ONCE sequences at once.
 */
export async function placeProperty(entry: CatalogEntry, lanes: Pick<RunLanes, "lane" | "main" | "judged" | "confirm">) {
  return placeOn(entry, entry.judged ? await lanes.judged() : lanes.main, lanes);
}

/**
 * placeProperty on a context already chosen: a lane-equivalence entry on the judged pairs' (its
 * thread may have no other lanes), any other on the run's lane of `lanes`.
 */
export async function placeOn(entry: CatalogEntry, context: ChainContext, lanes?: Pick<RunLanes, "lane" | "confirm">) {
  const runLane = entry.judged ? undefined : lanes;
  if (!entry.judged && !runLane) throw new Error(`${entry.app}/${entry.property} runs on the run's lane: placeOn needs the run's lanes`);
  // The judged pair idled while other properties ran: neo-express made blocks of its own (one per
  // 15 s), which the engine copies before a sequence starts from worlds built earlier. Without it,
  // a verify's DC-lane-equivalence, after 17 s of DC-differential, started at a tip the node had
  // passed (TIME_NOT_AFTER_TIP, exit 3).
  for (const c of context.spread ?? [context]) {
    if (c.driver instanceof EngineDriver && c.judge instanceof NeoExpressDriver) await mirrorBlocks(c.driver, c.judge);
  }
  const property = entry.build(context);
  const sharedBlocks = (context.spread ?? [context]).flatMap((c) => (c.sharedBlocks ? [c.sharedBlocks] : []));
  return {
    property,
    /** Where its steps share blocks (lane equivalence, and every property on the neo-express lane): their counts tell transactions per block. */
    sharedBlocks,
    options: {
      lanes: runLane ? [runLane.lane] : ["engine", "neo-express"] as Lane[],
      ...(runLane?.lane === "engine" ? { judge: () => entry.build(runLane.confirm), concurrency: ENGINE_SEQUENCES_AT_ONCE } : {}),
      ...(entry.judged ? { concurrency: JUDGED_SEQUENCES_AT_ONCE * (context.spread?.length ?? 1) } : {}),
      ...(!entry.judged && context.sharedBlocks ? { concurrency: NEO_EXPRESS_SEQUENCES_AT_ONCE * (context.spread?.length ?? 1) } : {}),
    },
  };
}
