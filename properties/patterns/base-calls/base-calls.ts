import fc from "fast-check";
import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { transferCall } from "../../../neo-express/driver/gas-transfer.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import { displayOf, hash160Le } from "../../../simulator/runtime/hash160.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { CallStep, Steps, type TimedSequence } from "../call-step/call-step.js";
import { delayTo } from "../time-boundary/boundary-delay.js";
import { appRead } from "../pay-then-act/app-read.js";

/** What a sequence must know to mix in the base classes' calls: its app and the model. */
export interface BaseSequence extends TimedSequence {
  readonly app: string;
  readonly model: ModelChain;
  /** The world's PauseRegistry: the global pause's target when the app has none set (a deployment-window world, world-kind.ts). */
  readonly pauseRegistry?: string;
}

export interface BaseCallsOptions {
  /** The app id that `setPaused` names (devpack.md: the flag is the app's own, the id goes into the event). */
  readonly appId: string;
  /** The game base's setter of bet limits, when the app has one: GameBase `setBetLimits`, GameComputeBase `setGameBetLimits`. */
  readonly betLimits?: "setBetLimits" | "setGameBetLimits";
  /** One of the app's own calls, tried while the app is paused (locally, then globally) to meet "paused" / "globally paused". */
  readonly whilePaused?: () => DifferentialCommand<never>;
  /**
   * The app's `onNEP17Payment` accepts every token (NeoGacha: escrow deposits), so NEO sent to it
   * would be kept, not refused: the NEO transfer ("unsupported token") is left out.
   */
  readonly acceptsEveryToken?: boolean;
}

type Cmd<M extends BaseSequence> = DifferentialCommand<M>;

/**
 * The base classes' own surface (devpack.md §2–§3) as commands any app's sequence mixes in at a low
 * weight. Every app compiles the bases into its contract, so their branches and messages are the
 * app's too, and a campaign that never calls them leaves a third of the app's branches unreached
 * (issue #15). Generated here: the two-step admin change with DP-P4's boundary pair
 * (`executeAdminChange` at `08 − 1` → "timelock active", then at `08`) and a handover back, so
 * the rest of the sequence keeps its ADMIN; proposals of the same admin and of Zero ("same admin",
 * "invalid address"); cancel with and without a proposal ("no pending admin"); `setTimeLockDelay`
 * at 1 h − 1 and 1 h ("min delay 1 hour"); a pause of the app, or a global one through the
 * PauseRegistry, with one of the app's calls before the resume ("paused", "globally paused"); bet limits with
 * each argument just invalid, tight ones that the app's bets then meet, and the defaults again; NEO sent to the app ("unsupported
 * token", devpack.md `onNEP17Payment`). Senders other than ADMIN get "unauthorized".
 */
export function baseCalls<M extends BaseSequence>(o: BaseCallsOptions): fc.Arbitrary<Cmd<M>> {
  const call = (m: M, method: string, ...args: AbiArg[]): ContractCall => ({ contract: m.app, method, args });
  const account = (r: DifferentialRun, name: string): AbiArg => (name === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, name).scriptHash));
  const step = (label: string, sender: string, delay: (m: M) => bigint, build: (m: M, r: DifferentialRun) => ContractCall) => new CallStep<M>(label, sender, delay, build);
  const after = (ms: bigint) => () => ms;
  // The block at the pending change's time plus `offset` (DP-P4's pair is −1, 0).
  const atChange = (offset: bigint) => (m: M) => delayTo(m.time, integerGetter(m, "adminChangeTime") + offset).delay;
  const signer = fc.oneof({ weight: 6, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constantFrom("u2", "admin/none") });

  const handover = fc.constantFrom("u1", "u2").map((to): Cmd<M> => new Steps<M>(`admin handover to ${to} and back`, [
    step(`proposeAdmin(${to})`, "admin", after(1_000n), (m, r) => call(m, "proposeAdmin", account(r, to))),
    step("executeAdminChange() @08−1", "u3", atChange(-1n), (m) => call(m, "executeAdminChange")),
    step("executeAdminChange() @08", "u3", atChange(0n), (m) => call(m, "executeAdminChange")),
    step("proposeAdmin(admin)", to, after(1_000n), (m, r) => call(m, "proposeAdmin", account(r, "admin"))),
    step("executeAdminChange() @08", "admin", atChange(0n), (m) => call(m, "executeAdminChange")),
  ]));
  const proposals = fc.tuple(signer, fc.constantFrom("admin", "zero", "u1"), fc.boolean()).map(([s, to, cancel]): Cmd<M> => new Steps<M>(`proposeAdmin(${to})${cancel ? ", cancel" : ""}`, [
    step(`proposeAdmin(${to})`, s, after(1_000n), (m, r) => call(m, "proposeAdmin", account(r, to))),
    ...(cancel ? [step("cancelAdminChange()", "admin", after(1_000n), (m) => call(m, "cancelAdminChange"))] : []),
    step("cancelAdminChange()", "admin", after(1_000n), (m) => call(m, "cancelAdminChange")),
  ]));
  const timeLock = fc.tuple(signer, fc.constantFrom(3_599_999n, 3_600_000n, 86_400_000n)).map(([s, ms]): Cmd<M> =>
    step(`setTimeLockDelay(${ms})`, s, after(1_000n), (m) => call(m, "setTimeLockDelay", arg.int(ms))));
  // Paused locally by the app's flag or globally by the platform's PauseRegistry (its ADMIN is the
  // world's), with one of the app's own calls in between, then resumed.
  const tried = (): Cmd<M>[] => (o.whilePaused ? [o.whilePaused() as unknown as Cmd<M>] : []);
  // The app's registry; in a world whose app has none (world-kind.ts) the platform's: its global
  // pause then does not reach the app ("registry null → not paused").
  const registry = (m: M) => {
    const set = appRead(m, "pauseRegistry", []);
    if (set.type === "ByteString") return displayOf(hash160Le(set.hex as Hex));
    if (m.pauseRegistry) return m.pauseRegistry;
    throw new Error("pauseRegistry() gave no bytes in the model, and the sequence knows no PauseRegistry");
  };
  const pause = fc.tuple(signer, fc.boolean()).map(([s, global]): Cmd<M> => global
    ? new Steps<M>("global pause, an app call, resume", [
      step("PauseRegistry.setGlobalPause(true)", s, after(1_000n), (m) => ({ contract: registry(m), method: "setGlobalPause", args: [arg.bool(true)] })),
      ...tried(),
      step("PauseRegistry.setGlobalPause(false)", "admin", after(1_000n), (m) => ({ contract: registry(m), method: "setGlobalPause", args: [arg.bool(false)] })),
    ])
    : new Steps<M>("pause, an app call, unpause", [
      step("setPaused(true)", s, after(1_000n), (m) => call(m, "setPaused", arg.bool(true), arg.str(o.appId))),
      ...tried(),
      step("setPaused(false)", "admin", after(1_000n), (m) => call(m, "setPaused", arg.bool(false), arg.str(o.appId))),
    ]));
  const unsupported = fc.constantFrom("u1", "u2").map((u): Cmd<M> =>
    step("NEO.transfer(→ app, 1)", u, after(1_000n), (m, r) => transferCall("NEO", chainActor(r, u), m.app, 1n)));
  const setter = o.betLimits;
  // Each argument check of the admin surface once, by ADMIN, in one command: every refusal is a
  // full compared step that changes nothing, so a run meets each message as often as this is drawn.
  const refusals = fc.constant(null).map((): Cmd<M> => new Steps<M>("each admin refusal once", [
    step("proposeAdmin(Zero)", "admin", after(1_000n), (m, r) => call(m, "proposeAdmin", account(r, "zero"))),
    step("proposeAdmin(admin)", "admin", after(1_000n), (m, r) => call(m, "proposeAdmin", account(r, "admin"))),
    step("cancelAdminChange()", "admin", after(1_000n), (m) => call(m, "cancelAdminChange")),
    step("executeAdminChange()", "u3", after(1_000n), (m) => call(m, "executeAdminChange")),
    step("setTimeLockDelay(3599999)", "admin", after(1_000n), (m) => call(m, "setTimeLockDelay", arg.int(3_599_999n))),
    ...(setter ? INVALID_LIMITS.map(([label, ...l]) => step(`${setter}(${label})`, "admin", after(1_000n), (m) => call(m, setter, ...l.map((x) => arg.int(x))))) : []),
  ]));
  const kinds: fc.Arbitrary<Cmd<M>>[] = [handover, proposals, timeLock, pause, pause, ...(o.acceptsEveryToken ? [] : [unsupported]), refusals];
  if (setter) {
    const limits = (label: string, s: string, l: readonly bigint[]) => step(`${setter}(${label})`, s, after(1_000n), (m) => call(m, setter, ...l.map((x) => arg.int(x))));
    // The tight limits stay until a later command puts the defaults back, so that the app's own
    // bets meet them ("daily limit exceeded", "max consecutive bets reached").
    kinds.push(fc.tuple(signer, fc.constantFrom(...TIGHT_LIMITS)).map(([s, [label, ...l]]): Cmd<M> => limits(label, s, l)));
    kinds.push(fc.constant(limits("defaults", "admin", [10_000_000_000n, 100_000_000_000n, 30_000n, 20n])));
  }
  return fc.oneof(...kinds);
}

function integerGetter(m: BaseSequence, method: string): bigint {
  const out = m.model.testInvoke({ contract: m.app, method, args: [] }, m.time + 15_000n);
  return out.state === "HALT" && out.stack[0]?.type === "Integer" ? out.stack[0].value : 0n;
}

/** `[MaxBet, DailyLimit, CooldownMs, MaxConsecutive]` with one argument just invalid each (devpack.md SETLIMITS). */
const INVALID_LIMITS: readonly (readonly [string, bigint, bigint, bigint, bigint])[] = [
  ["maxBet 0", 0n, 100_000_000_000n, 30_000n, 20n],
  ["dailyLimit < maxBet", 10_000_000_000n, 9_999_999_999n, 30_000n, 20n],
  ["cooldown −1", 10_000_000_000n, 100_000_000_000n, -1n, 20n],
  ["maxConsecutive 0", 10_000_000_000n, 100_000_000_000n, 30_000n, 0n],
];

/** Valid limits tight enough that ordinary bets meet them: the daily limit, and one bet per 5 × cooldown. */
const TIGHT_LIMITS: readonly (readonly [string, bigint, bigint, bigint, bigint])[] = [
  ["tight: daily 5 GAS", 500_000_000n, 500_000_000n, 30_000n, 20n],
  ["tight: maxConsecutive 1", 10_000_000_000n, 100_000_000_000n, 30_000n, 1n],
];
