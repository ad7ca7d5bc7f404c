import fc from "fast-check";
import { sha256 } from "@noble/hashes/sha2.js";
import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { transferCall } from "../../../neo-express/driver/gas-transfer.js";
import { flexible, type DifferentialRun, type FlexibleDelay } from "../../harness/differential-run.js";
import { chainActor } from "../../harness/chain-actor.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { ProbeCall, ProbeRead, ProbeSteps } from "./probe-call.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import type { ProbeSequence } from "./probe-sequence.js";
import { orWindowWorld } from "../../harness/world-kind-command.js";

/**
 * Generators of base-class sequences on MiniAppBaseProbe (devpack.md; DP-P1…P4): two-step admin
 * change around its timelock, pause, bet limits and bets around the cooldown, the 5 × cooldown
 * reset and day boundaries, receipts, the script registry, operation seeds, and RNG requests
 * fulfilled (or not) by the TEE through the gateway.
 */
export const PROBE_APP_ID = "miniapp-base-probe";
const players = ["u1", "u2"] as const;
const who = (r: DifferentialRun, name: string): AbiArg => (name === "zero" ? arg.hash160("00".repeat(20)) : arg.hash160(chainActor(r, name).scriptHash));
const call = (m: ProbeSequence, method: string, ...args: AbiArg[]): ContractCall => ({ contract: m.app, method, args });

/** The default bet cooldown (setGameBetLimits' defaults): a plain gap's slack stays under it. */
const COOLDOWN_MS = 30_000n;

/**
 * Block delays around the base classes' time boundaries (cooldown 30 s, reset 150 s, timelock
 * 1 h/24 h). The constants are aimed at a boundary relative to the step before (T_last, the time
 * that step really ran at): they stay exact (README §5). The plain gap (1 ms … 40 s) is aimed at
 * nothing: it is flexible, so lane-equivalence sequences can share its block; alone and in the
 * differential property it is exactly the drawn gap. Its slack of one cooldown keeps it under
 * 70 s, short of the 150 s reset, so the gaps still fall on both sides of the cooldown; the step's
 * outcome is compared in full at whatever time it ran (the model runs at that time).
 */
const delay: fc.Arbitrary<bigint | FlexibleDelay> = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 40_000n }).map((ms): bigint | FlexibleDelay => flexible(ms, COOLDOWN_MS)) },
  { weight: 4, arbitrary: fc.constantFrom<bigint | FlexibleDelay>(29_999n, 30_000n, 30_001n, 149_999n, 150_000n) },
  { weight: 1, arbitrary: fc.constantFrom<bigint | FlexibleDelay>(3_599_999n, 3_600_000n, 86_399_999n, 86_400_000n) },
);

/**
 * The gap between the steps of a flow whose calls do not depend on their time (hooks, the script
 * registry, payments before a bet): flexible within the usual minute. A flow's step that is aimed
 * at a boundary relative to the step before keeps an exact delay (see each flow).
 */
const STEP = flexible(1_000n);

const hashOf = (text: string) => Buffer.from(sha256(Buffer.from(text, "utf8"))).toString("hex");
const scriptName = fc.constantFrom("probe-script", "second", "x".repeat(63), "y".repeat(64));
const scriptHash = fc.oneof(fc.constantFrom(hashOf(`${PROBE_APP_ID}/probe-script`), hashOf("second text"), hashOf("third text")), fc.constant("ab".repeat(31)));
const signer = fc.oneof({ weight: 5, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constantFrom("u1", "u2") });

type Cmd = DifferentialCommand<ProbeSequence>;

export function probeCommands(): fc.Arbitrary<Cmd>[] {
  // A payment to the hub for this app (or another), remembered as paid by `payer` (default: `u`).
  const payment = (u: string, amount: bigint, d: bigint | FlexibleDelay, foreign = false, payer = u) => new ProbeCall(`pay(${amount}${foreign ? ", other app" : ""})`, u, d,
    (m, r) => transferCall("GAS", chainActor(r, u), m.paymentHub, amount, arg.str(foreign ? "miniapp-foreign" : PROBE_APP_ID)),
    (m, o) => {
      const id = o.state === "HALT" ? o.notifications.find((n) => n.eventName === "PaymentReceived")?.args[0] : undefined;
      if (id?.type === "Integer") m.receipts.push({ id: id.value, payer, amount });
    });
  const pay = fc.tuple(fc.constantFrom(...players), fc.bigInt({ min: 1n, max: 20_000_000_000n }), delay, fc.boolean())
    .map(([u, amount, d, foreign]): Cmd => payment(u, amount, d, foreign));
  const receiptOf = (m: ProbeSequence, player: string, pick: number) => {
    const own = m.receipts.filter((x) => x.payer === player);
    return pick === 0 ? own.at(-1)?.id ?? 0n : pick === 1 ? m.receipts[0]?.id ?? 0n : pick === 2 ? 0n : 999n;
  };
  const placeBet = fc.tuple(fc.constantFrom(...players), fc.oneof(fc.bigInt({ min: 1n, max: 12_000_000_000n }), fc.constantFrom(0n, -1n, 10_000_000_000n, 10_000_000_001n)), delay, fc.nat(8))
    .map(([u, amount, d, pick]): Cmd => new ProbeCall(`placeBet(${u}, ${amount})`, u, d, (m, r) => call(m, "placeBet", who(r, u), arg.int(amount), arg.int(receiptOf(m, u, Math.min(pick, 3))))));
  const useReceipt = fc.tuple(fc.constantFrom(...players), fc.bigInt({ min: 0n, max: 20_000_000_000n }), delay, fc.nat(3))
    .map(([u, min, d, pick]): Cmd => new ProbeCall(`useReceipt(${u}, ${min})`, u, d, (m, r) => call(m, "useReceipt", who(r, u), arg.int(min), arg.int(receiptOf(m, u, pick)))));
  const limits = fc.tuple(signer, fc.constantFrom(0n, 1n, 5_000_000_000n, 10_000_000_000n), fc.constantFrom(4_000_000_000n, 10_000_000_000n, 30_000_000_000n), fc.constantFrom(-1n, 0n, 30_000n, 60_000n), fc.constantFrom(0n, 1n, 3n, 20n), delay)
    .map(([s, maxBet, daily, cooldown, consecutive, d]): Cmd => new ProbeCall(`setGameBetLimits(${maxBet}, ${daily}, ${cooldown}, ${consecutive})`, s, d,
      (m) => call(m, "setGameBetLimits", arg.int(maxBet), arg.int(daily), arg.int(cooldown), arg.int(consecutive))));
  const admin = fc.oneof(
    fc.tuple(signer, fc.constantFrom("u1", "admin", "zero"), delay).map(([s, to, d]): Cmd => new ProbeCall(`proposeAdmin(${to})`, s, d, (m, r) => call(m, "proposeAdmin", who(r, to)))),
    fc.tuple(fc.constantFrom("u2", "admin"), delay).map(([s, d]): Cmd => new ProbeCall("executeAdminChange()", s, d, (m) => call(m, "executeAdminChange"))),
    fc.tuple(signer, delay).map(([s, d]): Cmd => new ProbeCall("cancelAdminChange()", s, d, (m) => call(m, "cancelAdminChange"))),
    fc.tuple(signer, fc.constantFrom(3_599_999n, 3_600_000n, 60_000_000n), delay).map(([s, ms, d]): Cmd => new ProbeCall(`setTimeLockDelay(${ms})`, s, d, (m) => call(m, "setTimeLockDelay", arg.int(ms)))),
    fc.tuple(signer, fc.boolean(), delay).map(([s, paused, d]): Cmd => new ProbeCall(`setPaused(${paused})`, s, d, (m) => call(m, "setPaused", arg.bool(paused), arg.str(PROBE_APP_ID)))),
  );
  const scripts = fc.oneof(
    fc.tuple(signer, scriptName, scriptHash, delay).map(([s, name, hash, d]): Cmd => new ProbeCall(`registerScript(${name.slice(0, 12)}, ${hash.slice(0, 8)}…)`, s, d, (m) => call(m, "registerScript", arg.str(name), arg.bytes(hash)))),
    fc.tuple(signer, scriptName, fc.boolean(), delay).map(([s, name, on, d]): Cmd => new ProbeCall(`${on ? "enable" : "disable"}Script(${name.slice(0, 12)})`, s, d, (m) => call(m, on ? "enableScript" : "disableScript", arg.str(name)))),
    fc.tuple(scriptName, scriptHash, delay).map(([name, hash, d]): Cmd => new ProbeCall(`checkScript(${name.slice(0, 12)}, ${hash.slice(0, 8)}…)`, "u1", d, (m) => call(m, "checkScript", arg.str(name), arg.bytes(hash)))),
  );
  const seeds = fc.oneof(
    fc.tuple(fc.bigInt({ min: 1n, max: 3n }), fc.constantFrom(...players), scriptName, delay).map(([op, u, name, d]): Cmd => new ProbeCall(`generateSeed(${op}, ${u})`, u, d, (m, r) => call(m, "generateSeed", arg.int(op), who(r, u), arg.str(name)))),
    fc.tuple(fc.bigInt({ min: 1n, max: 3n }), delay).map(([op, d]): Cmd => new ProbeCall(`deleteSeed(${op})`, "u1", d, (m) => call(m, "deleteSeed", arg.int(op)))),
  );
  const rng = fc.oneof(
    fc.tuple(fc.bigInt({ min: 1n, max: 5n }), delay).map(([op, d]): Cmd => new ProbeCall(`requestRandomness(${op})`, "u1", d, (m) => call(m, "requestRandomness", arg.int(op)),
      (m, o) => {
        const id = o.state === "HALT" ? o.stack[0] : undefined;
        if (id?.type === "Integer") m.requests.push(id.value);
      })),
    fc.tuple(fc.constantFrom("tee", "u1"), fc.boolean(), fc.constantFrom("", "0102", "ff".repeat(32)), fc.nat(2), delay)
      .map(([s, success, result, pick, d]): Cmd => new ProbeCall(`fulfillRequest(${success}, ${result.length / 2} bytes)`, s, d,
        (m) => ({ contract: m.gateway, method: "fulfillRequest", args: [arg.int(m.requests[pick] ?? 1n), arg.bool(success), arg.bytes(result), arg.str(success ? "" : "rng failed")] }))),
  );
  const reads = fc.constantFrom("admin", "bets", "scripts", "misc").map((what): Cmd => new ProbeRead(what, (m, r) => {
    switch (what) {
      case "admin": return ["admin", "pendingAdmin", "adminChangeTime", "timeLockDelay", "isPaused"].map((x) => call(m, x));
      case "bets": return [call(m, "getGameBetLimits"), ...players.flatMap((u) => ["getGamePlayerDailyBet", "getGamePlayerLastBetTime", "getGamePlayerBetCount"].map((x) => call(m, x, who(r, u))))];
      case "scripts": return ["probe-script", "second"].flatMap((n) => [call(m, "getScriptInfo", arg.str(n)), call(m, "getScriptHash", arg.str(n)), call(m, "isScriptEnabled", arg.str(n)), call(m, "getScriptVersion", arg.str(n))]);
      default: return [call(m, "isReceiptUsed", arg.int(1n)), call(m, "getOperationSeed", arg.int(1n)), call(m, "randOf", arg.bytes("11".repeat(32))), call(m, "beNOf", arg.bytes("0102030405060708"), arg.int(3n))];
    }
  }));
  // Two paid bets by one player, the second exactly at a cooldown boundary after the first
  // (DP-P1, DP-P4: cooldown − 1 / cooldown, 5 × cooldown − 1 / 5 × cooldown).
  const betPair = fc.tuple(fc.constantFrom(...players), fc.bigInt({ min: 1n, max: 5_000_000_000n }), fc.constantFrom(1n, 29_999n, 30_000n, 149_999n, 150_000n, 86_400_000n))
    .map(([u, amount, gap]): Cmd => {
      const payOnce = () => payment(u, amount, STEP);
      const bet = (back: number, gapMs: bigint | FlexibleDelay) => new ProbeCall(`placeBet(${u}, ${amount})`, u, gapMs,
        (m, r) => call(m, "placeBet", who(r, u), arg.int(amount), arg.int(m.receipts.filter((x) => x.payer === u).at(-1 - back)?.id ?? 0n)));
      // The payments and the first bet may move; the second bet stays exactly `gap` after the first.
      return new ProbeSteps(`betPair(${u}, ${amount}, gap ${gap}ms)`, [payOnce(), payOnce(), bet(1, STEP), bet(0, gap)]);
    });
  // The probe's own hooks, each way (issue #15: checkUser, checkAdmin, checkAddress and hashOf were
  // never called, so A(u)'s "unauthorized" stayed unreached): a user for another, ADMIN and not,
  // Zero and a valid address; a stored time-lock delay read back; update and destroy refused.
  const hooks = fc.constantFrom(...players).map((u): Cmd => {
    const other = u === "u1" ? "u2" : "u1";
    // Nothing here depends on the time (authorization, addresses, receipts of another app, a
    // stored delay, update/destroy): every step may take a shared block's time.
    return new ProbeSteps(`hooks(${u})`, [
      new ProbeCall(`checkUser(${other})`, u, STEP, (m, r) => call(m, "checkUser", who(r, other))),
      new ProbeCall(`checkUser(${u})`, u, STEP, (m, r) => call(m, "checkUser", who(r, u))),
      new ProbeCall("checkAdmin()", u, STEP, (m) => call(m, "checkAdmin")),
      new ProbeCall("checkAdmin()", "admin", STEP, (m) => call(m, "checkAdmin")),
      new ProbeCall("checkAddress(Zero)", u, STEP, (m, r) => call(m, "checkAddress", who(r, "zero"))),
      new ProbeCall(`checkAddress(${u})`, u, STEP, (m, r) => call(m, "checkAddress", who(r, u))),
      new ProbeCall("hashOf(0102)", u, STEP, (m) => call(m, "hashOf", arg.bytes("0102"))),
      // The callback called by a user: "only gateway", or "gateway not set" in a world without one.
      new ProbeCall("onServiceCallback(1) by a user", u, STEP, (m) => call(m, "onServiceCallback", arg.int(1n), arg.str(PROBE_APP_ID), arg.str("rng"), arg.bool(true), arg.bytes("01"), arg.str(""))),
      // Another app's receipt ("receipt app mismatch").
      payment(u, 100_000_000n, STEP, true, `${u}@miniapp-foreign`),
      new ProbeCall("useReceipt(other app's receipt)", u, STEP,
        (m, r) => call(m, "useReceipt", who(r, u), arg.int(1n), arg.int(m.receipts.filter((x) => x.payer === `${u}@miniapp-foreign`).at(-1)?.id ?? 0n))),
      // A stored delay (the default's value) read back: timeLockDelay's branch for a stored value.
      new ProbeCall("setTimeLockDelay(86400000)", "admin", STEP, (m) => call(m, "setTimeLockDelay", arg.int(86_400_000n))),
      new ProbeCall("timeLockDelay()", u, STEP, (m) => call(m, "timeLockDelay")),
      // update/destroy: ValidateAdmin refuses a user; ADMIN's update with code ContractManagement
      // refuses, then with the app's own NEF and manifest (a real update: _deploy(data, true) runs);
      // destroy is not modelled. The refused calls go by u3, whom no base-calls proposal makes admin:
      // sent by `u`, a destroy HALTed on chain when a handover had left u1 admin (the neo-express
      // soak, seed 1, near sequence 1,430).
      new ProbeCall("update(00, {}) by u3", "u3", STEP, (m) => call(m, "update", arg.bytes("00"), arg.str("{}"), arg.any())),
      new ProbeCall("update(00, {})", "admin", STEP, (m) => call(m, "update", arg.bytes("00"), arg.str("{}"), arg.any())),
      new ProbeCall("update(own code)", "admin", STEP, (m) => call(m, "update", arg.bytes(m.code.nef), arg.str(m.code.manifest), arg.any())),
      new ProbeCall("destroy() by u3", "u3", STEP, (m) => call(m, "destroy")),
    ]);
  });
  // One script's life in order (DP-P2), so that each registry branch is met: registered again
  // with its own hash, disabled ("script disabled" in VSH, isScriptValid false), enabled again
  // (isScriptValid true, VSH passes), an unknown hash, the empty name ("invalid script name") and
  // another name for its hash ("script hash in use").
  const lifecycle = fc.constantFrom(...["probe-script", "second"]).map((name): Cmd => {
    const h = hashOf(`${PROBE_APP_ID}/${name}`);
    // The script registry keeps no clock: every step may take a shared block's time.
    const tx = (label: string, sender: string, method: string, ...args: AbiArg[]) => new ProbeCall(label, sender, STEP, (m) => call(m, method, ...args));
    return new ProbeSteps(`scriptLifecycle(${name})`, [
      tx(`registerScript(${name})`, "admin", "registerScript", arg.str(name), arg.bytes(h)),
      tx(`registerScript(${name}) again, same hash`, "admin", "registerScript", arg.str(name), arg.bytes(h)),
      tx(`disableScript(${name})`, "admin", "disableScript", arg.str(name)),
      tx(`checkScript(${name}) disabled`, "u1", "checkScript", arg.str(name), arg.bytes(h)),
      tx("isScriptValid(disabled)", "u1", "isScriptValid", arg.bytes(h)),
      tx(`enableScript(${name})`, "admin", "enableScript", arg.str(name)),
      tx("isScriptValid(enabled)", "u1", "isScriptValid", arg.bytes(h)),
      tx(`checkScript(${name}) enabled`, "u1", "checkScript", arg.str(name), arg.bytes(h)),
      tx("isScriptValid(unknown)", "u1", "isScriptValid", arg.bytes("cd".repeat(32))),
      tx("registerScript(\"\")", "admin", "registerScript", arg.str(""), arg.bytes(h)),
      tx(`registerScript(other name, ${name}'s hash)`, "admin", "registerScript", arg.str(`${name}-2`), arg.bytes(h)),
    ]);
  });
  // BET steps 4 and 6 on purpose: a daily limit of 6 GAS (MaxBet 5 GAS, no cooldown), or one bet
  // in a row (cooldown 1 s, so that 1 s later the count has not restarted); two paid bets of 4 GAS
  // 1 s apart (the second: "daily limit exceeded" / "max consecutive bets reached"); the other
  // player presents the receipt the refused bet left unused ("receipt payer mismatch"), its payer
  // asks more than it paid ("insufficient payment"); NEO sent to the probe ("unsupported token");
  // then the default limits again.
  const dailyLimit = fc.tuple(fc.constantFrom(...players), fc.boolean()).map(([u, daily]): Cmd => {
    const other = u === "u1" ? "u2" : "u1";
    const limits = (label: string, l: readonly bigint[]) => new ProbeCall(`setGameBetLimits(${label})`, "admin", STEP, (m) => call(m, "setGameBetLimits", ...l.map((x) => arg.int(x))));
    const amount = 400_000_000n;
    const payOnce = () => payment(u, amount, STEP);
    // The second bet comes exactly 1 s after the first (the 1 s cooldown, within 5 × cooldown and
    // the same day): exact. Everything else here keeps no clock and may move.
    const bet = (back: number, d: bigint | FlexibleDelay) => new ProbeCall(`placeBet(${u}, ${amount})`, u, d,
      (m, r) => call(m, "placeBet", who(r, u), arg.int(amount), arg.int(m.receipts.filter((x) => x.payer === u).at(-1 - back)?.id ?? 0n)));
    return new ProbeSteps(`${daily ? "dailyLimit" : "maxConsecutive"}(${u})`, [
      daily ? limits("daily 6 GAS", [500_000_000n, 600_000_000n, 0n, 20n]) : limits("maxConsecutive 1", [500_000_000n, 100_000_000_000n, 1_000n, 1n]),
      payOnce(), payOnce(), bet(1, STEP), bet(0, 1_000n),
      new ProbeCall(`useReceipt(${other}, ${u}'s receipt)`, other, STEP,
        (m, r) => call(m, "useReceipt", who(r, other), arg.int(1n), arg.int(m.receipts.filter((x) => x.payer === u).at(-1)?.id ?? 0n))),
      new ProbeCall(`useReceipt(${u}, more than paid)`, u, STEP,
        (m, r) => call(m, "useReceipt", who(r, u), arg.int(amount + 1n), arg.int(m.receipts.filter((x) => x.payer === u).at(-1)?.id ?? 0n))),
      new ProbeCall("NEO.transfer(→ probe, 1)", u, STEP, (m, r) => transferCall("NEO", chainActor(r, u), m.app, 1n)),
      limits("defaults", [10_000_000_000n, 100_000_000_000n, 30_000n, 20n]),
    ]);
  });
  // The admin surface with DP-P4's admin-change boundary pair and a handover back (base-calls.ts);
  // while paused, one of the probe's bets.
  const base = baseCalls<ProbeSequence>({
    appId: PROBE_APP_ID, betLimits: "setGameBetLimits",
    // Refused for the pause, which keeps no clock: it may take a shared block's time.
    whilePaused: () => new ProbeCall("placeBet(u1, 1 GAS)", "u1", STEP, (m, r) => call(m, "placeBet", who(r, "u1"), arg.int(100_000_000n), arg.int(receiptOf(m, "u1", 0)))),
  });
  // fast-check picks among these uniformly: repeating one raises its weight.
  // One payment slot puts one draw in three in a deployment-window world (world-kind.ts, issue #15):
  // about a third of the sequences, so that each kind's guards are met at least five times.
  return [base, pay, orWindowWorld(pay, 2), placeBet, placeBet, betPair, betPair, betPair, useReceipt, limits, admin, admin, scripts, scripts, seeds, rng, rng, reads, hooks, lifecycle, dailyLimit];
}
