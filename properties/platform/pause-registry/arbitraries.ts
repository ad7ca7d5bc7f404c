import fc from "fast-check";
import type { FlexibleDelay } from "../../harness/differential-run.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { NO_WITNESS } from "../../harness/sender-name.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { PROBE_APP_ID } from "../../apps/base-probe/arbitraries.js";
import { ProbeCall, ProbeRead, ProbeSteps } from "../../apps/base-probe/probe-call.js";
import { BOUNDARY_APP_IDS, delay, deployCalledDirectly, privileged } from "../platform-arbitraries.js";
import { address, callOf, type PlatformSequence } from "../platform-sequence.js";

type Cmd = DifferentialCommand<PlatformSequence>;
type Call = ProbeCall<PlatformSequence>;

/** The label of the app call made right after each pause change (PR-effect in invariants.ts). */
export const APP_CALL_LABEL = "probe.checkNotPaused()";

/** An app call right after a pause change: the probe's NP check asks the registry's isPaused(its app id). */
const appCall = (): Call => new ProbeCall(APP_CALL_LABEL, "u5", 1_000n, (m) => callOf(m, "probe", "checkNotPaused"));

const APP_IDS = [PROBE_APP_ID, FOREIGN_APP_ID, ...BOUNDARY_APP_IDS] as const;
const appId = fc.oneof({ weight: 3, arbitrary: fc.constant(PROBE_APP_ID) }, { weight: 2, arbitrary: fc.constantFrom(...APP_IDS) });
const short = (id: string) => (id.length > 16 ? `${id.slice(0, 6)}…(${Buffer.byteLength(id)} bytes)` : JSON.stringify(id));

/** Who pauses (OP): ADMIN, `u2` (an operator once setOperator made it one), another account, ADMIN without a witness, `u3` (admin after a hand-over). */
const pauser = fc.oneof(
  { weight: 4, arbitrary: fc.constant("admin") },
  { weight: 3, arbitrary: fc.constant("u2") },
  { weight: 1, arbitrary: fc.constantFrom("u1", `admin${NO_WITNESS}`, `u2${NO_WITNESS}`, "u3") },
);

const globalPause = (s: string, paused: boolean, d: bigint | FlexibleDelay): Call =>
  new ProbeCall(`setGlobalPause(${paused})`, s, d, (m) => callOf(m, "pauseRegistry", "setGlobalPause", arg.bool(paused)));
const appPause = (s: string, id: string, paused: boolean, d: bigint | FlexibleDelay): Call =>
  new ProbeCall(`setAppPause(${short(id)}, ${paused})`, s, d, (m) => callOf(m, "pauseRegistry", "setAppPause", arg.str(id), arg.bool(paused)));
const setOperator = (s: string, who: string, on: boolean, d: bigint | FlexibleDelay): Call =>
  new ProbeCall(`setOperator(${who}, ${on})`, s, d, (m, r) => callOf(m, "pauseRegistry", "setOperator", address(m, r, who), arg.bool(on)));

/**
 * Generators of PauseRegistry sequences (platform.md §3): operators appointed and removed by the
 * admin and refused to others; global and per-app pauses by the admin, operators, former
 * operators, others and without a witness, at the appId length boundary 63/64 bytes, each followed
 * by an app call (the probe's NP check) that must see it; admin hand-over; every getter.
 */
export function pauseRegistryCommands(): fc.Arbitrary<Cmd>[] {
  const pauses = fc.oneof(
    fc.tuple(pauser, fc.boolean(), delay).map(([s, p, d]): Cmd => new ProbeSteps(`${s} sets the global pause ${p}, then an app call`, [globalPause(s, p, d), appCall()])),
    fc.tuple(pauser, appId, fc.boolean(), delay).map(([s, id, p, d]): Cmd => new ProbeSteps(`${s} sets the pause of ${short(id)} ${p}, then an app call`, [appPause(s, id, p, d), appCall()])),
  );
  const operators = fc.tuple(privileged, fc.oneof({ weight: 4, arbitrary: fc.constant("u2") }, { weight: 1, arbitrary: fc.constantFrom("zero", "u1") }),
    fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), delay)
    .map(([s, who, on, d]): Cmd => setOperator(s, who, on, d));
  // An operator appointed, pausing and unpausing, then removed and refused.
  const operatorFlow = fc.tuple(fc.boolean(), appId).map(([global, id]): Cmd => {
    const pause = (p: boolean) => (global ? globalPause("u2", p, 1_000n) : appPause("u2", id, p, 1_000n));
    return new ProbeSteps(`u2 made operator, pauses ${global ? "globally" : short(id)}, unpauses, removed, refused`,
      [setOperator("admin", "u2", true, 1_000n), pause(true), appCall(), pause(false), appCall(), setOperator("admin", "u2", false, 1_000n), pause(true), appCall()]);
  });
  const admin = fc.tuple(privileged, fc.constantFrom("u3", "admin", "zero"), delay)
    .map(([s, to, d]): Cmd => new ProbeCall(`setAdmin(${to})`, s, d, (m, r) => callOf(m, "pauseRegistry", "setAdmin", address(m, r, to))));
  const reads = fc.constantFrom(...APP_IDS).map((id): Cmd => new ProbeRead<PlatformSequence>(`registry(${short(id)})`, (m, r) => [
    callOf(m, "pauseRegistry", "admin"), callOf(m, "pauseRegistry", "isGloballyPaused"), callOf(m, "pauseRegistry", "isAppPaused", arg.str(id)),
    callOf(m, "pauseRegistry", "isPaused", arg.str(id)), callOf(m, "pauseRegistry", "isOperator", address(m, r, "u2")), callOf(m, "pauseRegistry", "isOperator", address(m, r, "u1")),
  ]));
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [pauses, pauses, pauses, pauses, operators, operators, operatorFlow, admin, reads, deployCalledDirectly("pauseRegistry")];
}
