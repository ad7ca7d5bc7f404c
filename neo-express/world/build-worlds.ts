import { tx } from "@cityofzion/neon-core";
import type { AppEntry } from "../../simulator/registry.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import { arg } from "../driver/abi-arg.js";
import type { Actor } from "../driver/actor.js";
import type { Step } from "../driver/chain-backend.js";
import type { ContractCall } from "../driver/contract-call.js";
import type { ContractFiles } from "../driver/contract-files.js";
import { transferCall } from "../driver/gas-transfer.js";
import type { LaneDriver } from "../driver/lane.js";
import { HarnessError } from "../harness-error.js";
import type { ExecutedStep, FixtureStep } from "./fixture-log.js";
import { deployCall, deployedHash } from "../driver/deploy-call.js";
import { worldActors, type WorldActors } from "./world-actors.js";
import { builtContract } from "./built-contracts.js";
import { SPEC_FUNDING, type WorldFunding } from "./world-funding.js";
import { appsFunded, step5Settings, type WorldKind } from "./world-kind.js";


export interface WorldContracts {
  readonly paymentHub: ContractFiles;
  readonly pauseRegistry: ContractFiles;
  readonly gateway: ContractFiles;
  /** The apps under test, in README §8 order (then probes). */
  readonly apps: readonly { readonly entry: AppEntry; readonly files: ContractFiles }[];
  /** Files of the extra contracts the apps' worlds deploy (AppEntry.extraContracts); default: the project's builds. */
  readonly extras?: readonly ContractFiles[];
}

export interface World {
  readonly index: number;
  readonly actors: WorldActors;
  readonly funding: WorldFunding;
  readonly hashes: { paymentHub: string; pauseRegistry: string; gateway: string; apps: Map<string, string> };
  readonly log: ExecutedStep[];
  /** Which of step 5's settings its apps received (world-kind.ts); the model replays the same log. */
  readonly kind: WorldKind;
  /** System + network fees each account paid for the fixture (display hash → datoshi). */
  readonly fees: Map<string, bigint>;
}

export interface BuildWorldsOptions {
  readonly count?: number;
  /** Index of the first world (each index has its own keys, hence its own contract hashes). */
  readonly firstIndex?: number;
  /** App ids configured in PaymentHub without a contract (foreign receipts for tests). */
  readonly extraAppIds?: readonly string[];
  /** Funding of world i (default: the spec's amounts for every world). */
  readonly funding?: (index: number) => WorldFunding;
  /** SHA-256 (hex) of the canonical text of an app's TEE script (platform.md §5). */
  readonly scriptHash: (app: AppEntry, scriptName: string) => string;
  /** Time of the first fixture block; later blocks are 1,000 ms apart. */
  readonly t0: bigint;
  /**
   * Which of step 5's settings the apps get (default `configured`: all three; world-kind.ts): one
   * kind for every world, or one per world. Worlds of several kinds share the fixture's blocks: a
   * world that skips a step just has no transaction in that block.
   */
  readonly kind?: WorldKind | readonly WorldKind[];
  /**
   * Which of `contracts.apps` world i (counted from 0 in this build) gets, by slug (default: all).
   * A GAS sweep lane measures one app, and a world without the others skips their deployments and
   * settings: a build of hundreds of such worlds sends a quarter of the transactions. The fixture's
   * blocks and times stay those of a world with every app, as long as one world has them all.
   */
  readonly appsOf?: (i: number) => readonly string[];
}

/**
 * Builds the platform.md §6 fixture for `count` worlds on chain, phase by phase in the spec's
 * order, one transaction per world per block (the worlds advance in lockstep and share blocks).
 * Every step must HALT; its call, signer, time and outcome go into the world's log, which the
 * model replays.
 */
export async function buildWorlds(driver: LaneDriver, contracts: WorldContracts, options: BuildWorldsOptions): Promise<World[]> {
  const count = options.count ?? 1;
  const first = options.firstIndex ?? 0;
  const kindOf = (i: number): WorldKind => (typeof options.kind === "string" ? options.kind : options.kind?.[i]) ?? "configured";
  if (typeof options.kind === "object" && options.kind.length !== count) throw new Error(`${options.kind.length} world kinds for ${count} worlds`);
  const worlds: World[] = Array.from({ length: count }, (_, i) => first + i).map((index, i) => ({
    index,
    actors: worldActors(driver.chain, index),
    funding: options.funding?.(index) ?? SPEC_FUNDING,
    hashes: { paymentHub: "", pauseRegistry: "", gateway: "", apps: new Map() },
    log: [],
    kind: kindOf(i),
    fees: new Map(),
  }));
  const appsIn = new Map(worlds.map((w, i) => {
    const slugs = options.appsOf?.(i);
    return [w, slugs ? contracts.apps.filter((a) => slugs.includes(a.entry.slug)) : contracts.apps] as const;
  }));
  const own = (w: World) => appsIn.get(w)!;
  for (const w of worlds) for (const a of [w.actors.admin, w.actors.tee, w.actors.treasury, ...w.actors.users]) driver.addActor(a);
  let time = options.t0;
  const genesis = driver.actor("genesis");

  type Planned = { sender: Actor; call: ContractCall; label: string; scopes?: tx.WitnessScope; deploy?: { name: string; assign: (hash: string) => void; code: { nef: string; manifest: string } } };
  const phase = async (plan: (w: World) => Planned[]) => {
    const plans = worlds.map(plan);
    const blocks = Math.max(...plans.map((p) => p.length));
    for (let j = 0; j < blocks; j++) {
      const batch = plans.flatMap((p, w) => (p[j] ? [{ world: worlds[w]!, planned: p[j]! }] : []));
      const steps: Step[] = batch.map(({ planned }) => ({ call: planned.call, sender: planned.sender }));
      const outcomes = await driver.confirm(steps, time);
      batch.forEach(({ world, planned }, i) => {
        const payer = "0x" + planned.sender.scriptHash;
        const fee = driver.lastFees[i]!.fee;
        world.fees.set(payer, (world.fees.get(payer) ?? 0n) + fee);
        record(world, planned, outcomes[i]!, time, fee);
      });
      time += 1_000n;
    }
  };
  const record = (world: World, planned: Planned, outcome: Outcome, at: bigint, fee: bigint) => {
    if (outcome.state !== "HALT") {
      throw new HarnessError("BLOCK_REJECTED", `fixture step "${planned.label}" of world ${world.index} FAULTed: ${outcome.exception}`,
        "the contracts or the fixture disagree with platform.md §6: fix the contract, or the funding");
    }
    let step: FixtureStep = { kind: "call", time: at, sender: planned.sender.name, call: planned.call, label: planned.label };
    if (planned.deploy) {
      const hash = deployedHash(outcome);
      planned.deploy.assign(hash);
      step = { kind: "deploy", time: at, sender: planned.sender.name, contractName: planned.deploy.name, hash, label: planned.label, code: planned.deploy.code };
    }
    world.log.push({ step, outcome, fee });
  };
  const call = (contract: string, method: string, ...args: ReturnType<typeof arg.any>[]): ContractCall => ({ contract, method, args });
  const deploy = (files: ContractFiles, sender: Actor, assign: (hash: string) => void): Planned => ({
    sender,
    call: deployCall(files.nef, files.manifest),
    label: `deploy ${files.name}`,
    deploy: { name: files.name, assign, code: { nef: Buffer.from(files.nef).toString("hex"), manifest: files.manifest } },
  });

  // 1. Funding from genesis.
  await phase((w) => {
    const { admin, tee, treasury, users } = w.actors;
    const gas = (to: Actor, amount: bigint): Planned => ({ sender: genesis, call: transferCall("GAS", genesis, to.scriptHash, amount), label: `genesis → ${to.name} ${amount} GAS datoshi` });
    return [
      gas(admin, w.funding.adminGas), gas(tee, w.funding.teeGas), gas(treasury, w.funding.treasuryGas),
      ...users.flatMap((u) => [gas(u, w.funding.userGas),
        { sender: genesis, call: transferCall("NEO", genesis, u.scriptHash, w.funding.userNeo), label: `genesis → ${u.name} ${w.funding.userNeo} NEO` }]),
    ];
  });
  // 2. Deployments by ADMIN: platform, then apps in README §8 order.
  await phase((w) => [
    deploy(contracts.paymentHub, w.actors.admin, (h) => (w.hashes.paymentHub = h)),
    deploy(contracts.pauseRegistry, w.actors.admin, (h) => (w.hashes.pauseRegistry = h)),
    deploy(contracts.gateway, w.actors.admin, (h) => (w.hashes.gateway = h)),
    ...own(w).map((a) => deploy(a.files, w.actors.admin, (h) => w.hashes.apps.set(a.entry.slug, h))),
    ...extraContracts({ ...contracts, apps: own(w) }).map((files) => deploy(files, w.actors.admin, (h) => w.hashes.apps.set(files.name, h))),
  ]);
  const appHash = (w: World, a: AppEntry) => w.hashes.apps.get(a.slug)!;
  // 3. Gateway: the TEE account fulfils; every app may be called back.
  await phase((w) => [
    { sender: w.actors.admin, call: call(w.hashes.gateway, "setUpdater", arg.hash160(w.actors.tee.scriptHash)), label: "gateway.setUpdater(TEE)" },
    ...own(w).map(({ entry }) => ({ sender: w.actors.admin, call: call(w.hashes.gateway, "addAllowedCallback", arg.hash160(appHash(w, entry))), label: `gateway.addAllowedCallback(${entry.contractName})` })),
  ]);
  // 4. PaymentHub: every app owned by TREASURY, its sole recipient.
  await phase((w) => [...own(w).map(({ entry }) => entry.appId), ...(options.extraAppIds ?? [])].map((appId) => ({
    sender: w.actors.admin,
    call: call(w.hashes.paymentHub, "configureApp", arg.str(appId), arg.hash160(w.actors.treasury.scriptHash),
      arg.array([arg.hash160(w.actors.treasury.scriptHash)]), arg.array([arg.int(10_000)]), arg.bool(true)),
    label: `paymentHub.configureApp(${appId})`,
  })));
  // 5. Each app learns its platform contracts (in a deployment-window world, only the first of them).
  await phase((w) => own(w).flatMap(({ entry }) => [
    { sender: w.actors.admin, call: call(appHash(w, entry), "setPaymentHub", arg.hash160(w.hashes.paymentHub)), label: `${entry.contractName}.setPaymentHub` },
    { sender: w.actors.admin, call: call(appHash(w, entry), "setPauseRegistry", arg.hash160(w.hashes.pauseRegistry)), label: `${entry.contractName}.setPauseRegistry` },
    { sender: w.actors.admin, call: call(appHash(w, entry), "setGateway", arg.hash160(w.hashes.gateway)), label: `${entry.contractName}.setGateway` },
  ].slice(0, step5Settings(w.kind))));
  // 6. Compute apps register their TEE scripts.
  await phase((w) => own(w).flatMap(({ entry }) => entry.scripts.map((name) => ({
    sender: w.actors.admin,
    call: call(appHash(w, entry), "registerScript", arg.str(name), arg.bytes(options.scriptHash(entry, name))),
    label: `${entry.contractName}.registerScript(${name})`,
  }))));
  // 7. ADMIN funds every app: prizes and payouts come from here, never from PaymentHub (not in an `unfunded` world).
  await phase((w) => !appsFunded(w.kind) ? [] : own(w).map(({ entry }) => ({
    sender: w.actors.admin,
    call: transferCall("GAS", w.actors.admin, appHash(w, entry), w.funding.appGas),
    label: `ADMIN → ${entry.contractName} ${w.funding.appGas} GAS datoshi`,
  })));
  return worlds;
}

/** The extra contracts the apps under test need in their worlds (AppEntry.extraContracts), each once, in the apps' order. */
export function extraContracts(contracts: WorldContracts): ContractFiles[] {
  const names = [...new Set(contracts.apps.flatMap((a) => a.entry.extraContracts ?? []))];
  return names.map((name) => contracts.extras?.find((f) => f.name === name) ?? builtContract(name));
}
