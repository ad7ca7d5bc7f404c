import type { Outcome } from "../../../simulator/runtime/outcome.js";
import type { Step } from "../chain-backend.js";
import type { NeoExpressDriver } from "../neo-express-driver.js";
import type { Observation, ObservedSet } from "../observation.js";
import { HarnessError } from "../../harness-error.js";
import { mirrorUpTo, type Mirroring } from "../engine/mirror-blocks.js";
import type { MirrorBlock } from "../engine/engine-driver.js";

/**
 * When a sequence's transaction may run: at exactly `time` (a boundary pair B − 1 / B of README
 * §5, or any step whose submitted values were computed for that time), or at any time from
 * `earliest` to `latest` (a plain "some time passes" delay; the block's time is then the step's).
 */
export type BlockTime = { readonly exact: bigint } | { readonly earliest: bigint; readonly latest: bigint };

/** What one sequence's step got from a shared block: its outcome, its world's observation, the block's time. */
export interface SharedStep {
  readonly outcome: Outcome;
  readonly observation: Observation;
  readonly fee: bigint;
  readonly time: bigint;
  /** The same step in the same block on the mirror lane (SharedBlocks' `mirror`). */
  readonly mirrored?: { readonly outcome: Outcome; readonly observation: Observation; readonly fee: bigint };
}

/**
 * A second lane that persists every shared block too, with the same transactions in the same
 * order at the same time (the engine judged by neo-express, lane equivalence): its chain stays
 * the node's block for block, so each sequence's step can be compared across the lanes. It
 * measures each block's system fees for both lanes (`testInvokeGas`) and runs the block beside
 * the node (`mirrorBlock`), undoing it when the node did not take it as it stood.
 */
export interface MirrorLane extends Mirroring {
  testInvokeGas(steps: readonly Step[]): Promise<bigint[]>;
  mirrorBlock(steps: readonly Step[], estimates: readonly bigint[]): MirrorBlock;
  readonly lastFees: readonly { readonly fee: bigint }[];
}

/**
 * A step, or how to build it for its block's time: a step whose arguments (honest values, …)
 * depend on the time it runs at is built only once the block's time is fixed (`choose`), so that
 * it can share a block instead of asking for an exact time.
 */
export type StepAt = Step | ((time: bigint) => Step);

interface Request {
  readonly seat: Seat;
  readonly step: StepAt;
  readonly when: BlockTime;
  readonly observed: ObservedSet;
  resolve(r: SharedStep): void;
  reject(e: unknown): void;
}

/**
 * Independent sequences sharing blocks on one neo-express node (README §5: each in a world of its
 * own, nothing of one world reads or writes another's). Each running sequence holds a Seat; a
 * block is made only when every seated sequence is waiting for one (a discrete-event step: no
 * sequence is ever passed by a block it could have been in, and a sequence's reads between its
 * blocks see T_last = its own last block), and no sequence is on its way to a seat (`arriving`).
 *
 * The block's time: the earliest exact time asked for, unless flexible steps can all go before
 * it: then the latest `earliest` among those whose window holds it, so that every flexible step
 * waits at most its own window. Into the block go every step asked for exactly that time and
 * every flexible step whose window holds it: one transaction per sequence per block, the
 * steps' observations (every contract's storage, every account's balances of their worlds) read
 * with the application logs in the same message as the block itself (with a mirror lane, while
 * the mirror runs the same block: `judged`).
 */
export class SharedBlocks {
  private readonly seats = new Set<Seat>();
  private readonly waiting = new Map<Seat, Request>();
  private arrivals = 0;
  private flushing = false;
  private scheduled = false;
  private readonly drainedWaiters: (() => void)[] = [];
  /** Blocks made and steps they carried: sequences per block = steps / blocks. */
  readonly stats = { blocks: 0, steps: 0 };

  /** `worldsPerBuild`: how many worlds a pool refill builds at once (only while no sequence runs). */
  /** Worlds built at once by default: a pool refill of a campaign of 100 sequences happens 4 times. */
  static readonly DEFAULT_WORLDS_PER_BUILD = 32;

  constructor(readonly driver: NeoExpressDriver, readonly worldsPerBuild = SharedBlocks.DEFAULT_WORLDS_PER_BUILD, readonly mirror?: MirrorLane) {}

  /** A sequence is on its way to a seat: no block is made until it sits (or `departed`). Synchronous. */
  arriving(): void {
    this.arrivals++;
  }

  /** A sequence that announced itself will not sit (its setup failed, or it waits for `drained`). */
  departed(): void {
    this.arrivals--;
    this.poke();
  }

  /** The seat of a sequence that announced itself (`arriving`). */
  seat(): Seat {
    this.arrivals--;
    const seat = new Seat(this);
    this.seats.add(seat);
    return seat;
  }

  /** Resolves when no sequence is seated or arriving. */
  private drained(): Promise<void> {
    if (this.seats.size === 0 && this.arrivals === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainedWaiters.push(resolve));
  }

  /** A build (exclusive) is under way or queued: a sequence must not sit before it is done. */
  get building(): boolean {
    return this.exclusives > 0;
  }

  /**
   * Runs `make` (blocks of its own, e.g. worlds' fixtures) once no sequence is seated or arriving,
   * and keeps every sequence from sitting until it is done: its blocks would pass the times
   * seated sequences wait for. One at a time. A sequence waiting for it must have `departed`.
   */
  exclusive<T>(make: () => Promise<T>): Promise<T> {
    this.exclusives++;
    const run = this.lock.then(async () => {
      await this.drained();
      return make();
    });
    const done = run.finally(() => {
      this.exclusives--;
      for (const resolve of this.openWaiters.splice(0)) resolve();
      this.poke();
    });
    this.lock = done.then(() => undefined, () => undefined);
    return done;
  }

  /** Resolves when no build is under way or queued. */
  async open(): Promise<void> {
    while (this.building) await new Promise<void>((resolve) => this.openWaiters.push(resolve));
  }

  private exclusives = 0;
  private lock: Promise<void> = Promise.resolve();
  private readonly openWaiters: (() => void)[] = [];

  /** @internal */
  leave(seat: Seat): void {
    this.seats.delete(seat);
    const pending = this.waiting.get(seat);
    if (pending) {
      this.waiting.delete(seat);
      pending.reject(new Error("a sequence left its seat with a step still waiting"));
    }
    this.poke();
  }

  /** @internal */
  request(r: Request): void {
    if (this.waiting.has(r.seat)) throw new Error("one transaction per sequence per block: this sequence is already waiting");
    this.waiting.set(r.seat, r);
    this.poke();
  }

  /**
   * Checks, after the current turn (a finished sequence's worker may announce the next one
   * first), whether every seated sequence waits; then makes one block.
   */
  private poke(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.tick();
    });
  }

  /** The error of the block the node's own block just displaced (the next refusePassed names it). */
  private nodeBlocks: HarnessError | undefined;

  /**
   * Refuses the waiting steps asked for an exact time the tip has reached: only a block the node
   * made itself gets there (any block of ours is chosen after every exact time still waiting).
   */
  private refusePassed(tip: bigint): void {
    // The node's own block may also have been noticed by a read (the driver's height check) rather
    // than by a refused block: it is named as such, not as a scheduler bug.
    const own = this.driver.blocks.foreignBlocks.at(-1);
    const byNode = own !== undefined && own.index === this.driver.tip.index;
    for (const r of [...this.waiting.values()]) {
      if (!("exact" in r.when) || r.when.exact > tip) continue;
      this.waiting.delete(r.seat);
      r.reject(this.nodeBlocks ?? (byNode
        ? new HarnessError("TIME_NOT_AFTER_TIP", `a shared block at ${r.when.exact} is not after the tip's ${tip} (block ${own.index}, made by the node itself: 15 s passed without a block from the harness)`,
          "the machine stalled for over 15 s (overloaded?): run again on a quieter machine, or with fewer jobs beside it")
        : new HarnessError("TIME_NOT_AFTER_TIP", `a shared block at ${r.when.exact} is not after the tip's ${tip}`, "a sequence asked for a time that other sequences' blocks have passed: a scheduler bug")));
    }
  }

  private async tick(): Promise<void> {
    if (this.flushing) return;
    if (this.seats.size === 0 && this.arrivals === 0) {
      for (const resolve of this.drainedWaiters.splice(0)) resolve();
      return;
    }
    if (this.arrivals > 0 || this.waiting.size === 0 || this.waiting.size < this.seats.size) return;
    this.flushing = true;
    const tip = this.driver.lastBlockTime();
    this.refusePassed(tip);
    this.nodeBlocks = undefined;
    if (this.waiting.size === 0) {
      this.flushing = false;
      return;
    }
    const { time, members: chosen } = choose([...this.waiting.values()], tip);
    const height = this.driver.tip.index;
    for (const m of chosen) this.waiting.delete(m.seat);
    // Steps built for the block's time; a sequence whose step cannot be built (its command threw)
    // gets that error and stays out of the block: the same error as alone, at the same time.
    const members: Request[] = [];
    const steps: Step[] = [];
    for (const m of chosen) {
      try {
        steps.push(typeof m.step === "function" ? m.step(time) : m.step);
        members.push(m);
      } catch (e) {
        m.reject(e);
      }
    }
    try {
      if (members.length === 0) return;
      const groups = members.map((m) => m.observed);
      // Without a mirror the reads ride in the block's own message (one round trip per block).
      const { outcomes, observations, fees, mirrored } = this.mirror
        ? await this.judged(this.mirror, steps, time, groups)
        : { ...(await this.driver.confirmObservedMany(steps, time, groups)), fees: this.driver.lastFees, mirrored: undefined };
      this.stats.blocks++;
      this.stats.steps += members.length;
      members.forEach((m, i) => m.resolve({ outcome: outcomes[i]!, observation: observations[i]!, fee: fees[i]!.fee, time, ...(mirrored ? { mirrored: mirrored[i]! } : {}) }));
    } catch (e) {
      if (e instanceof HarnessError && e.code === "TIME_NOT_AFTER_TIP" && this.driver.tip.index > height) {
        // The node made a block of its own (15 s without one: a stalled machine) at the very
        // time chosen. Nothing persisted on either lane (judged: the mirror undid its block):
        // the steps wait again, and the next block's time is chosen after the node's; a step
        // that had to run at exactly the time the node took cannot, and ends its sequence with
        // this error (refusePassed).
        for (const m of members) this.waiting.set(m.seat, m);
        this.nodeBlocks = e;
        return;
      }
      // A harness error (RPC, rejected block) reaches every sequence that was in the block.
      for (const m of members) m.reject(e);
    } finally {
      this.flushing = false;
      this.poke();
    }
  }

  /**
   * A block on both lanes of a judged pair. The mirror first copies the node's own blocks it
   * knows of, then measures the block's system fees: both lanes build the same transactions with
   * them and run the block side by side, the node reading the logs and observations in the
   * block's own message. The node decides what stands. A block it refuses is undone on the mirror
   * (the caller sees the node's error, as without a mirror). When the node's own block got in
   * first (BlockProducer rebuilt ours on top of it), the mirror undoes its block, copies the
   * node's and runs the same transactions again, so both lanes keep the same blocks.
   *
   * Decision (issue #16): the node no longer makes its own test invocations for the fees. The
   * lanes' executions are compared as before, GAS consumed included; what is no longer compared
   * is the GAS of the node's `invokescript` of each transaction's script before its block (the
   * same engine code as a read step's `invokescript`, which lane equivalence still compares).
   */
  private async judged(mirror: MirrorLane, steps: readonly Step[], time: bigint, groups: readonly ObservedSet[]) {
    await mirrorUpTo(mirror, this.driver, this.driver.tip.index);
    const estimates = await mirror.testInvokeGas(steps);
    const block = mirror.mirrorBlock(steps, estimates);
    const [contracts, accounts] = [groups.flatMap((g) => g.contracts), groups.flatMap((g) => g.accounts)];
    const [node, engine] = await Promise.allSettled([this.driver.confirmObservedMany(steps, time, groups, estimates), block.run(time, contracts, accounts)]);
    if (engine.status === "rejected") {
      // The mirror's state is unknown: nothing may be retried. A block both refused (fees a
      // sender cannot pay) fails with the node's words.
      throw node.status === "rejected" && !(node.reason instanceof HarnessError && node.reason.code === "TIME_NOT_AFTER_TIP") ? node.reason : engine.reason;
    }
    if (node.status === "rejected") {
      await block.undo();
      throw node.reason;
    }
    let run = engine.value;
    if (mirror.height !== this.driver.tip.index) {
      await block.undo();
      await mirrorUpTo(mirror, this.driver, this.driver.tip.index - 1);
      run = await block.run(time, contracts, accounts);
    }
    if (mirror.height !== this.driver.tip.index) throw new Error(`the mirror (height ${mirror.height}) lost step with neo-express (height ${this.driver.tip.index})`);
    return { ...node.value, fees: this.driver.lastFees, mirrored: splitMirrored(groups, run, mirror.lastFees) };
  }
}

/**
 * The next block's time and steps (see SharedBlocks). Requests are taken in seat order, so a
 * block's transactions have a stable order. Exported for its unit test.
 */
export function choose<R extends { readonly when: BlockTime; readonly seat: { readonly id: number } }>(requests: readonly R[], tip: bigint): { time: bigint; members: R[] } {
  const ordered = [...requests].sort((a, b) => a.seat.id - b.seat.id);
  const exact = ordered.flatMap((r) => ("exact" in r.when ? [r.when.exact] : []));
  const firstExact = exact.length > 0 ? exact.reduce(min) : undefined;
  if (firstExact !== undefined && firstExact <= tip) {
    throw new HarnessError("TIME_NOT_AFTER_TIP", `a shared block at ${firstExact} is not after the tip's ${tip}`, "a sequence asked for a time that other sequences' blocks have passed: a scheduler bug");
  }
  const windows = ordered.flatMap((r) => ("earliest" in r.when ? [{ from: max(r.when.earliest, tip + 1n), to: max(r.when.latest, tip + 1n) }] : []));
  let time: bigint;
  if (windows.length === 0) {
    time = firstExact!;
  } else {
    // The most urgent flexible step decides how long the block may wait …
    const deadline = windows.map((w) => w.to).reduce(min);
    if (firstExact !== undefined && firstExact <= deadline) {
      time = firstExact;
    } else {
      // … and the block takes the latest start among the windows that hold the deadline.
      time = windows.map((w) => w.from).filter((from) => from <= deadline).reduce(max);
    }
  }
  const members = ordered.filter((r) => ("exact" in r.when ? r.when.exact === time : max(r.when.earliest, tip + 1n) <= time && time <= max(r.when.latest, tip + 1n)));
  return { time, members };
}

/** The mirror's block, read in one message for every group's contracts and accounts, split per step. */
function splitMirrored(groups: readonly ObservedSet[], run: { outcomes: Outcome[]; observation: Observation }, fees: readonly { readonly fee: bigint }[]): NonNullable<SharedStep["mirrored"]>[] {
  const { outcomes, observation } = run;
  let [c, a] = [0, 0];
  return groups.map((g, i) => {
    const o = { storage: observation.storage.slice(c, c + g.contracts.length), gas: observation.gas.slice(a, a + g.accounts.length), neo: observation.neo.slice(a, a + g.accounts.length) };
    [c, a] = [c + g.contracts.length, a + g.accounts.length];
    return { outcome: outcomes[i]!, observation: o, fee: fees[i]!.fee };
  });
}

/** One sequence's place at the shared blocks: its steps wait for the block that can take them. */
export class Seat {
  private static next = 0;
  readonly id = Seat.next++;

  constructor(private readonly blocks: SharedBlocks) {}

  /**
   * One transaction in the next shared block that can take `when`, and the observation of
   * `observed` after it; a `step` given as a function is built for that block's time.
   */
  confirm(step: StepAt, when: BlockTime, observed: ObservedSet): Promise<SharedStep> {
    return new Promise((resolve, reject) => this.blocks.request({ seat: this, step, when, observed, resolve, reject }));
  }

  /** The sequence has ended: blocks no longer wait for it. */
  leave(): void {
    this.blocks.leave(this);
  }
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
