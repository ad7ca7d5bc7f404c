import type { ContractCall } from "../../neo-express/driver/contract-call.js";
import { showCall } from "../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../simulator/runtime/outcome.js";
import type { Difference } from "../../reports/run-summary.js";
import { outcomeDiff } from "./outcome-diff.js";
import { storageDiff } from "./storage-diff.js";
import { asLane, laneDiff } from "./lane-diff.js";
import { MismatchError } from "./mismatch-error.js";
import type { StepRecord } from "./step-record.js";
import type { LedgerSide, System } from "./system.js";
import type { Observation } from "../../neo-express/driver/observation.js";
import type { ChainInvariant } from "./chain-invariant.js";
import { stepTime } from "./step-time.js";
import type { BlockTime, SharedStep } from "../../neo-express/driver/block/shared-blocks.js";

/** What a sequence compares after every transaction besides the outcome (G4, G5). */

/**
 * GAS under which a sender sends nothing (issue #22). A transaction's fees (a test invocation's
 * GAS + 10 % + 1 GAS, and the network fee) are burned before it runs, and a block whose sender
 * cannot pay them is refused: the engine reports it, and neo-express hangs on `submitblock`. Worlds
 * fund users with 1,000 GAS (1/1,000 of the spec's, world-run.ts), and the DoomsdayClock soak drained
 * a buyer to 1.10 GAS before a step that cost 1.15 (seed 1, between sequences 1,500 and 2,000:
 * RPC_TIMEOUT on neo-express, BLOCK_REJECTED on the engine). Decision: a sequence ends before a
 * transaction whose sender holds less than this (above any step's fee in the generator domain,
 * below every generator's own reserve: ClimbToCap keeps 20 GAS): SequenceEnded, which runProperty
 * takes as the end of a sequence that passed so far. Skipping only that step would break the
 * commands that expect its outcome (a perturbation row's message), and a user without fee money
 * has nothing left to do in a campaign. The decision is taken from the model's ledger, which G5
 * keeps equal to the chain's, so a replay ends at the same step.
 */
export const FEE_FLOOR = 500_000_000n;

/** A step's sender is under FEE_FLOOR: the sequence ends there (see FEE_FLOOR). */
export class SequenceEnded extends Error {
  override readonly name = "SequenceEnded";
}

export interface Observed {
  /** Contracts whose full storage is compared (display hashes), labelled for reports. */
  readonly contracts: readonly { readonly label: string; readonly hash: string }[];
  /** Accounts and contracts whose GAS and NEO balances are compared. */
  readonly accounts: readonly { readonly label: string; readonly hash: string }[];
}

export interface Both {
  readonly model: Outcome;
  readonly chain: Outcome;
}

/** A chain side that also reports the fees of its last transaction and the GAS NEO minted in it (ChainSystem). */
export interface FeeReporting extends System {
  readonly lastFee: bigint;
  readonly lastMinted: ReadonlyMap<string, bigint>;
  /** The chain shares blocks with other sequences (ChainSystem with a seat): windows are honoured. */
  readonly sharesBlocks?: boolean;
  invokeWithin?(call: ContractCall | ((time: bigint) => ContractCall), sender: string, when: BlockTime, contracts: readonly string[], accounts: readonly string[]): Promise<{ outcome: Outcome; observation: Observation; mirrored?: SharedStep["mirrored"] }>;
  /** The step as this side ran it in a block its judge's seat made (lane equivalence sharing blocks). */
  acceptMirrored?(sender: string, mirrored: NonNullable<SharedStep["mirrored"]>, accounts: readonly string[]): { outcome: Outcome; observation: Observation };
}

/**
 * A delay that is not a boundary (README §5 boundary pairs stay exact): at least `ms` after
 * T_last, and when the sequence shares blocks with others (SharedBlocks), up to `slack` more but
 * never after `latest` (an absolute block time), so that the block carries other sequences' steps
 * too. For a step whose submitted values do not depend on its block's time beyond what the
 * frontend rule allows (README §5: the frontend computes at tinv, and the block may come later),
 * or whose call is built for its block's time (DifferentialRun.transaction with a function): its
 * honest values and expected message are then computed for the time it runs at, and `latest` is
 * the last time at which what it tests still holds (e.g. the round still running, for a table of
 * messages that assumes it). Alone (and on the engine, and in a judged pair that shares no
 * blocks) the step comes exactly `ms` after T_last.
 */
export interface FlexibleDelay {
  readonly kind: "flexible";
  readonly ms: bigint;
  readonly slack: bigint;
  readonly latest?: bigint;
}

/** How much later than asked a flexible step may come when blocks are shared: one minute. */
export const FLEXIBLE_SLACK_MS = 60_000n;

export function flexible(ms: bigint, slack = FLEXIBLE_SLACK_MS, latest?: bigint): FlexibleDelay {
  return { kind: "flexible", ms, slack, ...(latest !== undefined ? { latest } : {}) };
}

/**
 * A plain delay (no README §5 boundary), as the apps' commands draw them: at least `ms` after
 * T_last and, when sequences share blocks, up to a minute later, or for a longer delay up to twice
 * as long (a long pause stays a long pause; the sequences behind catch up with it instead of
 * running alone); never after `latest` when given.
 */
export function plainDelay(ms: bigint, latest?: bigint): FlexibleDelay {
  return flexible(ms, ms > FLEXIBLE_SLACK_MS ? ms : FLEXIBLE_SLACK_MS, latest);
}

/**
 * The time a pattern's command declares for its follow-up steps (the perturbation rows, a bound's
 * two values, an equivalence pair's chain step): `undefined` when it has not declared one (its
 * values were computed for exact times: each follow-up comes exactly `ms` after the last, as
 * before), `null` when what it tests holds at any time (its calls are built for their block's
 * time), or the last block time at which it still holds.
 */
export type PatternLatest = bigint | null | undefined;

/**
 * A pattern's follow-up step `ms` after the last, with `stepsAfter` more to come before its
 * `latest` (each at least 1 ms later): exact when the pattern declared no time; else a
 * FlexibleDelay that, when blocks are shared, may come any time up to `latest` less the room the
 * steps after it need (the pattern holds until then and its calls are built for their time, so a
 * sequence behind the others can join their block instead of running alone), or within the usual
 * minute when the pattern holds at any time (`null`).
 */
export function followUp(latest: PatternLatest, ms: bigint, stepsAfter = 0): bigint | FlexibleDelay {
  if (latest === undefined) return ms;
  return latest === null ? flexible(ms) : flexible(ms, UNBOUNDED_SLACK_MS, latest - BigInt(stepsAfter));
}

/** A slack that only `latest` bounds. */
const UNBOUNDED_SLACK_MS = 1n << 62n;

/** A contract call, or how to build it for the time its block runs at (DifferentialRun.transaction). */
export type CallAt = ContractCall | ((time: bigint) => ContractCall);

/**
 * The "real" system of a fast-check model run: one call at a time on the chain, then the same
 * call on the model with the time the chain used, compared structurally after every step. A
 * difference throws a MismatchError naming the step and the first field that differs; every
 * step is recorded, so a counterexample shows both sides side by side.
 *
 * With a `judge` (the lane-equivalence property) the chain side is the engine lane and every
 * transaction and read also runs on neo-express, in the same world at the same time: the two lanes
 * must agree exactly (laneDiff: GAS, exception texts, all notifications, fees, storage, balances),
 * and the model must agree with the engine as usual.
 */
export class DifferentialRun {
  readonly steps: StepRecord[] = [];
  private readonly invariants: ChainInvariant[] = [];
  private readonly cleanups: (() => Promise<void>)[] = [];

  /**
   * The delays the flexible steps actually got, in order: with the sequence's commands they
   * determine every block time of the run, so a sequence that shared blocks replays alone, bit
   * for bit, with them as its `plan`.
   */
  readonly flexibleDelays: bigint[] = [];
  /** Delays for the flexible steps, in order (a replay of a run that shared blocks); past its end, each step's own. */
  private plan: readonly bigint[] = [];

  constructor(readonly model: LedgerSide, readonly chain: FeeReporting, readonly observed: Observed, private lastTime: bigint, readonly judge?: FeeReporting) {}

  /**
   * Whether flexible steps take the shared blocks' times (else each comes exactly its own delay
   * later). In a judged pair the judge (neo-express) holds the seat and the chain side (the
   * engine) persists the same blocks as its mirror.
   */
  get sharesBlocks(): boolean {
    return (this.judge ?? this.chain).sharesBlocks === true;
  }

  /** Replays the flexible steps' delays of an earlier run (its `flexibleDelays`). Call before the first step. */
  usePlan(delays: readonly bigint[]): void {
    this.plan = delays;
  }

  /** Runs `cleanup` when the sequence has ended (finish): e.g. the engine state it ran in is forgotten. */
  onFinish(cleanup: () => Promise<void>): void {
    this.cleanups.push(cleanup);
  }

  /** The sequence has ended (passed or failed): its cleanups run, once. */
  async finish(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0)) await cleanup();
  }

  /** T_last as the sequence knows it: the time of its last block. */
  get time(): bigint {
    return this.lastTime;
  }

  /**
   * Checks each invariant from the chain's own observed state after every later transaction
   * (see ChainInvariant), starting from the chain's state now. Call before the first step.
   */
  async watch(...invariants: ChainInvariant[]): Promise<void> {
    const initial = await this.chain.observe(this.observed.contracts.map((c) => c.hash), this.observed.accounts.map((a) => a.hash));
    for (const invariant of invariants) invariant.start?.(initial, this.observed);
    this.invariants.push(...invariants);
  }

  /**
   * A transaction by `sender` in a new block `delay` after the last one (≥ 1): exactly, or for a
   * FlexibleDelay, at the time the shared blocks choose within its window (see there). A `call`
   * (and `label`) given as a function of the block's time is built only once that time is fixed:
   * a step whose values (honest values, the message it expects) depend on its time is then
   * computed for the very time it runs at, and can share a block instead of asking for an exact
   * time. Alone, on the engine and in a judged pair that shares no blocks it is built for its
   * exact time.
   */
  async transaction(call: CallAt, sender: string, delay: bigint | FlexibleDelay, label?: string | ((time: bigint) => string)): Promise<Both> {
    const held = this.model.gasOf(sender);
    if (held < FEE_FLOOR) throw new SequenceEnded(`${sender} holds ${held} datoshi GAS, under the fee floor ${FEE_FLOOR}: the sequence ends before its next transaction`);
    const when = this.when(delay);
    const [contracts, accounts] = [this.observed.contracts.map((c) => c.hash), this.observed.accounts.map((a) => a.hash)];
    let built: { call: ContractCall; time: bigint } | undefined;
    const build = (time: bigint): ContractCall => {
      // Recorded before the command builds its call (it may throw): a replay alone then builds
      // it for the very same time and meets the same outcome.
      if (typeof delay !== "bigint") this.flexibleDelays.push(time - this.lastTime);
      built = { call: typeof call === "function" ? call(time) : call, time };
      return built.call;
    };
    // The time is the sequence's, not the chain's: the chains (engine and judge) run the step at
    // once; then the model, with the fees the chain charged burned first and the GAS NEO minted
    // credited after, so its ledger holds the same balances (a transfer near the edge of a
    // balance is decided alike; G5 compares net of both).
    let chainStep: { outcome: Outcome; observation: Observation };
    let judgedStep: { outcome: Outcome; observation: Observation } | undefined;
    if (this.judge?.sharesBlocks) {
      // Lane equivalence sharing blocks: every step (exact or not) goes through the judge's seat;
      // the engine ran it in the very same block, as the seat's mirror.
      const { mirrored, ...judged } = await this.judge.invokeWithin!(build, sender, when, contracts, accounts);
      if (!mirrored || !this.chain.acceptMirrored) throw new Error("a judged pair that shares blocks needs the engine as the blocks' mirror");
      judgedStep = judged;
      chainStep = this.chain.acceptMirrored(sender, mirrored, accounts);
    } else if ("exact" in when || !this.chain.invokeWithin) {
      const at = "exact" in when ? when.exact : when.earliest;
      const c = build(at);
      [chainStep, judgedStep] = await Promise.all([this.chain.invokeObserved(c, sender, at, contracts, accounts), this.judge?.invokeObserved(c, sender, at, contracts, accounts)]);
    } else {
      // A shared block's time is the chain's: the call is built for it, the model runs at it.
      chainStep = await this.chain.invokeWithin(build, sender, when, contracts, accounts);
    }
    const { outcome: chain, observation: c } = chainStep;
    const { call: invoked, time } = built!;
    this.model.payFee(sender, this.chain.lastFee);
    const model = await this.model.invoke(invoked, sender, time);
    this.model.credit(this.chain.lastMinted);
    const m = await this.model.observe(contracts, accounts);
    const [judged, n] = [judgedStep?.outcome, judgedStep?.observation];
    this.lastTime = time;
    const lanes = judged && n ? [...laneDiff(chain, judged), ...this.feeDiff(), ...asLane(this.stateDiff(c, n))] : [];
    const name = `${sender}: ${typeof label === "function" ? label(time) : label ?? showCall(invoked)}`;
    const violations: Difference[] = this.invariants.flatMap((invariant) =>
      invariant.check({ call: name, sender, invocation: invoked, outcome: chain, observation: c, observed: this.observed }).map((v) => ({ kind: "invariant-violation" as const, field: invariant.id, chain: v })));
    const differences = [...lanes, ...outcomeDiff(model, chain), ...this.stateDiff(m, c), ...violations];
    return this.record(name, model, chain, differences, judged);
  }

  /** The block time a step asks for (stepTime), with the plan's delay for it when replaying. */
  private when(delay: bigint | FlexibleDelay): BlockTime {
    return stepTime(this.lastTime, delay, this.sharesBlocks, this.plan[this.flexibleDelays.length]);
  }

  /** A test invocation on both sides at the time the chain saw (G6). */
  async read(call: ContractCall, label = showCall(call)): Promise<Both> {
    const [chain, judged] = await Promise.all([this.chain.testInvoke(call, 0n), this.judge?.testInvoke(call, 0n)]);
    const model = await this.model.testInvoke(call, chain.time);
    return this.record(`read ${label}`, model, chain, [...(judged ? laneDiff(chain, judged) : []), ...outcomeDiff(model, chain)], judged);
  }

  /** Both lanes built and signed the same transaction: its fees must be equal to the datoshi. */
  private feeDiff(): Difference[] {
    const engine = this.chain.lastFee;
    const neoExpress = this.judge!.lastFee;
    return engine === neoExpress ? [] : [{ kind: "lane-mismatch", field: "fee (system + network)", engine: String(engine), chain: String(neoExpress) }];
  }

  /** G4, G5 between two observations (model and chain; engine and neo-express through asLane). */
  private stateDiff(model: Observation, chain: Observation): Difference[] {
    const out: Difference[] = this.observed.contracts.flatMap(({ label }, i) => storageDiff(label, model.storage[i]!, chain.storage[i]!));
    for (const token of ["gas", "neo"] as const) {
      this.observed.accounts.forEach(({ label }, i) => {
        const [m, c] = [model[token][i], chain[token][i]];
        if (m !== c) out.push({ kind: "value-mismatch", field: `balance(${label}, ${token.toUpperCase()})`, model: String(m), chain: String(c) });
      });
    }
    return out;
  }

  private record(call: string, model: Outcome, chain: Outcome, differences: Difference[], neoExpress?: Outcome): Both {
    const index = this.steps.length;
    this.steps.push({ index, call, model, chain, ...(neoExpress ? { neoExpress } : {}), differences });
    if (differences.length > 0) throw new MismatchError(index, call, differences);
    return { model, chain };
  }
}
