import { registeredScriptHash } from "../simulator/tee/script-texts.js";
import { arg } from "../neo-express/driver/abi-arg.js";
import { callScript, type ContractCall } from "../neo-express/driver/contract-call.js";
import { nefChecksums, type ContractFiles } from "../neo-express/driver/contract-files.js";
import type { FeePolicy } from "../neo-express/driver/fee-policy.js";
import type { LaneDriver } from "../neo-express/driver/lane.js";
import { buildWorlds, type World } from "../neo-express/world/build-worlds.js";
import { builtContract } from "../neo-express/world/built-contracts.js";
import { scaledFunding } from "../neo-express/world/world-funding.js";
import { APPS, type AppEntry } from "../simulator/registry.js";
import type { Outcome } from "../simulator/runtime/outcome.js";
import { contractCallPrice, entryCost } from "./entry-overhead.js";
import type { GasPairPlan, Lane, LaneStep } from "./gas-pair-plan.js";
import type { MeasuredPair, MeasuredPoint } from "./measured-pair.js";
import { noopProbe } from "./noop-probe.js";
import { normalizedStorage, storageShape } from "./same-storage.js";
import { fundingDivisor, planLanes, type LanePlan } from "./sweep-lanes.js";

const POLICY = "0xcc5e4edd9f5f8dba8bb65734541df7a1c081c67b";
const DAY = 86_400_000n;

export interface GasSweepOptions {
  readonly pairs: readonly GasPairPlan[];
  /** Replaces every pair's points (a reduced set for CI). */
  readonly points?: readonly number[];
  /** Contract files per app slug (default: build/contracts), e.g. a deliberately worse variant. */
  readonly appFiles?: ReadonlyMap<string, ContractFiles>;
  /** The platform contracts the apps call (default: build/contracts), e.g. another team's PaymentHub. */
  readonly platformFiles?: PlatformFiles;
  /** Time of the first fixture block (see `sweepStartTime`). */
  readonly t0: bigint;
  /** Index of the first world (default 0); a chain that already holds worlds needs unused ones. */
  readonly firstWorld?: number;
}

/** The platform contracts of a sweep's worlds. */
export interface PlatformFiles {
  readonly paymentHub: ContractFiles;
  readonly pauseRegistry: ContractFiles;
  readonly gateway: ContractFiles;
}

export interface GasSweep {
  /** Every contract measured (apps and platform) by manifest name: its NEF checksum. */
  readonly contracts: Readonly<Record<string, number>>;
  readonly feePolicy: FeePolicy;
  /** System.Contract.Call's fixed price, measured (983,040 at ExecFeeFactor 30). */
  readonly contractCallPrice: bigint;
  readonly maxSystemFee: bigint;
  /** World 0's app hashes by slug (where the getters were test-invoked). */
  readonly apps: ReadonlyMap<string, string>;
  readonly pairs: readonly MeasuredPair[];
  /** One point measured twice, in two worlds: identical datoshi or the sweep throws. */
  readonly determinism: { readonly key: string; readonly first: bigint; readonly second: bigint };
}

/**
 * 01:00 UTC of a day at least 31 days after `nowMs` (platform.md §6: the harness's blocks go ahead
 * of the wall clock). A run lasts minutes of chain time, so every purchase falls in one UTC day
 * (the daily bet window) and the stored times have the same byte length in every run.
 */
export function sweepStartTime(nowMs: bigint): bigint {
  return (nowMs / DAY + 32n) * DAY + 3_600_000n;
}

/** Builds the worlds, sets every lane up in shared blocks, measures both paths of every pair at every n. */
export async function runGasSweep(driver: LaneDriver, options: GasSweepOptions): Promise<GasSweep> {
  const pointsOf = (pair: GasPairPlan) => options.points ?? pair.points;
  const lanes = planLanes(options.pairs, pointsOf);
  const apps = APPS.filter((a) => options.pairs.some((p) => p.app === a.slug))
    .map((entry) => ({ entry, files: options.appFiles?.get(entry.slug) ?? builtContract(entry.contractName) }));
  const count = Math.max(1, lanes.length);
  const divisor = fundingDivisor(count);
  const platform = options.platformFiles ?? { paymentHub: builtContract("PaymentHub"), pauseRegistry: builtContract("PauseRegistry"), gateway: builtContract("ServiceLayerGateway") };
  const contracts = nefChecksums([platform.paymentHub, platform.pauseRegistry, platform.gateway, ...apps.map((a) => a.files)]);
  // Each lane's world holds only the app it measures; world 0 holds every app, for the test-invocation
  // pairs and the fixture's full length of blocks (so every world's blocks have the same times).
  const every = apps.map((a) => a.entry.slug);
  const appsOf = (i: number) => (i === 0 ? every : [lanes[i]!.pair.app]);
  const worlds = await buildWorlds(driver, { ...platform, apps }, { count, t0: options.t0, funding: () => scaledFunding(divisor), scriptHash, firstIndex: options.firstWorld ?? 0, appsOf });
  let time = driver.lastBlockTime();
  const next = () => (time = (driver.lastBlockTime() > time ? driver.lastBlockTime() : time) + 1_000n);

  const noop = noopProbe();
  const probe = await driver.deploy(noop.nef, noop.manifest, worlds[0]!.actors.admin, next());
  const callPrice = await contractCallPrice(driver, probe.hash);

  const lane = (l: LanePlan): Lane => ({ world: worlds[l.world]!, app: appHash(worlds[l.world]!, l.pair.app), n: l.n, path: l.path, outcomes: l.outcomes });
  const steps = Math.max(0, ...lanes.map((l) => l.pair.setup.length));
  for (let j = 0; j < steps; j++) {
    const planned = lanes.filter((l) => j < l.pair.setup.length).map((l) => ({ l, step: l.pair.setup[j]!(lane(l)) }));
    const active = planned.filter((p): p is { l: LanePlan; step: LaneStep } => p.step !== undefined);
    if (active.length === 0) continue;
    const outcomes = await confirm(driver, active.map((p) => p.step), next(), (i) => `set-up step ${j + 1} of ${label(active[i]!.l)}`);
    active.forEach((p, i) => p.l.outcomes.push(outcomes[i]!));
  }
  const measured = new Map<LanePlan, { total: bigint; step: LaneStep }>();
  const measure = async (batch: LanePlan[], at?: (earliest: bigint) => bigint) => {
    const calls = batch.map((l) => l.pair.call(lane(l), l.path));
    const earliest = next();
    const when = at ? at(earliest) : earliest;
    time = when;
    const outcomes = await confirm(driver, calls, when, (i) => label(batch[i]!));
    batch.forEach((l, i) => measured.set(l, { total: outcomes[i]!.gasConsumed!, step: calls[i]! }));
  };
  const price = driver.feePolicy.storagePrice;
  const twinPrice = 2n * price;
  // Pairs measured at the default time first, then each pair with its own measuring time.
  // (Not Array.sort: it puts undefined last without asking the comparator.)
  const times = [...new Set(lanes.map((l) => l.pair.measureAt))];
  const groups = [...times.filter((at) => at === undefined), ...times.filter((at) => at !== undefined)];
  for (const at of groups) {
    const group = lanes.filter((l) => l.pair.measureAt === at);
    await measure(group.filter((l) => l.twin === "A"), at);
    if (group.some((l) => l.twin === "B")) {
      await setStoragePrice(driver, twinPrice, next());
      await measure(group.filter((l) => l.twin === "B"), at);
      await setStoragePrice(driver, price, next());
    }
  }

  const pairs: MeasuredPair[] = [];
  for (const pair of options.pairs) {
    if (pair.kind === "test-invocation") {
      const app = appHash(worlds[0]!, pair.app);
      const point = async (n: number, path: "hybrid" | "deprecated"): Promise<MeasuredPoint> => {
        const call = pair.call(app, n, path);
        const outcome = await driver.testInvoke(call);
        if (outcome.state !== "HALT") throw new Error(`${call.method}(n = ${n}) FAULTed: ${outcome.exception}`);
        return { n, total: outcome.gasConsumed!, entry: await entryCost(driver, call, callPrice), storageFee: 0n, scriptBytes: scriptBytes(call) };
      };
      const hybrid: MeasuredPoint[] = [], deprecated: MeasuredPoint[] = [];
      for (const n of pointsOf(pair)) {
        hybrid.push(await point(n, "hybrid"));
        deprecated.push(await point(n, "deprecated"));
      }
      pairs.push({ plan: pair, hybrid, deprecated });
      continue;
    }
    const find = (n: number, path: string, twin: string) => lanes.find((l) => l.pair === pair && l.n === n && l.path === path && l.twin === twin && !l.replica)!;
    const point = async (n: number, path: "hybrid" | "deprecated"): Promise<MeasuredPoint> => {
      const [laneA, laneB] = [find(n, path, "A"), find(n, path, "B")];
      const [a, b] = [measured.get(laneA)!, measured.get(laneB)!];
      const [shapeA, shapeB] = await Promise.all([laneA, laneB].map(async (l) => {
        const w = worlds[l.world]!;
        return JSON.stringify(storageShape(w, await driver.storage(appHash(w, pair.app))));
      }));
      if (shapeA !== shapeB) throw new Error(`${path} at n = ${n}: the storage-price twin stored other keys or lengths; its storage fee cannot be derived`);
      const extra = b.total - a.total;
      if (extra < 0n || extra % (twinPrice - price) !== 0n) {
        throw new Error(`${path} at n = ${n}: ${a.total} at StoragePrice ${price} and ${b.total} at ${twinPrice} do not differ by whole stored bytes; the twins did not run the same instructions`);
      }
      return { n, total: a.total, entry: await entryCost(driver, a.step.call, callPrice), storageFee: (extra / (twinPrice - price)) * price, scriptBytes: scriptBytes(a.step.call) };
    };
    const hybrid: MeasuredPoint[] = [], deprecated: MeasuredPoint[] = [], sameStorage: boolean[] = [];
    for (const n of pointsOf(pair)) {
      hybrid.push(await point(n, "hybrid"));
      deprecated.push(await point(n, "deprecated"));
      const [h, d] = [find(n, "hybrid", "A"), find(n, "deprecated", "A")].map((l) => worlds[l.world]!);
      const [sh, sd] = await Promise.all([h!, d!].map(async (w) => normalizedStorage(w, await driver.storage(appHash(w, pair.app)))));
      sameStorage.push(JSON.stringify(sh) === JSON.stringify(sd));
    }
    pairs.push({ plan: pair, hybrid, deprecated, sameStorage });
  }

  const replica = lanes.find((l) => l.replica);
  let determinism = { key: "(no transaction pair)", first: 0n, second: 0n };
  if (replica) {
    const first = measured.get(lanes.find((l) => l.pair === replica.pair && l.n === replica.n && l.path === replica.path && l.twin === "A" && !l.replica)!)!.total;
    const second = measured.get(replica)!.total;
    determinism = { key: `${replica.pair.deprecated}/n=${replica.n}`, first, second };
    if (first !== second) throw new Error(`GAS is not deterministic: ${determinism.key} cost ${first} and ${second} datoshi in two worlds built and driven alike`);
  }
  return { contracts, feePolicy: driver.feePolicy, contractCallPrice: callPrice, maxSystemFee: maxSystemFee(driver), apps: worlds[0]!.hashes.apps, pairs, determinism };
}

async function confirm(driver: LaneDriver, steps: readonly LaneStep[], time: bigint, what: (i: number) => string): Promise<Outcome[]> {
  // The system fee is estimated as for every other transaction (a test invocation, plus a tenth
  // and 1 GAS, capped at rpc.MaxGasInvoke): N3 burns the whole system fee, and a fixed 100 GAS a
  // transaction drained a sweep world's user in the set-up of a long deprecated path once every
  // app's pairs shared the genesis GAS (world funding scaled by ~1/128: a full `verify` ended in
  // BLOCK_REJECTED, exit 3). The GAS measured is what the call consumed, whatever its fee.
  const outcomes = await driver.confirm(steps, time);
  outcomes.forEach((o, i) => {
    if (o.state !== "HALT") throw new Error(`${what(i)} FAULTed: ${o.message ?? o.exception}`);
    if (o.gasConsumed === undefined) throw new Error(`${what(i)}: no gasconsumed in the application log`);
  });
  return outcomes;
}

async function setStoragePrice(driver: LaneDriver, price: bigint, time: bigint): Promise<void> {
  // The committee of a single-node neo-express chain is the consensus multisig, the genesis account.
  await confirm(driver, [{ sender: driver.actor("genesis"), call: { contract: POLICY, method: "setStoragePrice", args: [arg.int(price)] } }], time, () => `setStoragePrice(${price})`);
}

function maxSystemFee(driver: LaneDriver): bigint {
  return BigInt(Math.round(Number(driver.chain.settings["rpc.MaxGasInvoke"] ?? "100") * 1e8));
}

function appHash(world: World, slug: string): string {
  const hash = world.hashes.apps.get(slug);
  if (!hash) throw new Error(`app ${slug} is not deployed in world ${world.index}`);
  return hash;
}

function label(l: LanePlan): string {
  return `${l.path === "hybrid" ? l.pair.hybrid : l.pair.deprecated}(n = ${l.n}) in world ${l.world}${l.twin === "B" ? " (storage-price twin)" : ""}`;
}

function scriptBytes(call: ContractCall): number {
  return callScript(call).length / 2;
}

function scriptHash(app: AppEntry, name: string): string {
  return registeredScriptHash(app, name);
}

