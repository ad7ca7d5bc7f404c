import fc from "fast-check";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { APP_ID, SCRIPT_NAME } from "../../../simulator/apps/neo-gacha/constants.js";
import { SELECT_ITEM_TEXT } from "../../../simulator/apps/neo-gacha/select-item-script.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import { flexible } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { customOnly, entryAnd } from "../../harness/sender-name.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { scriptRegistryRefusals } from "../../patterns/base-calls/script-registry-calls.js";
import { CallStep } from "../../patterns/call-step/call-step.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { receiptChoice as receipt } from "../../patterns/pay-then-act/receipt-choice.js";
import { betWindow, createRefusals, FullMachine, initiateOnActive, machineRefusals, scriptWindow } from "./commands/machine-refusals.js";
import { playReceiptPattern } from "./play-receipts.js";
import { assetHash, assetName, call, SetupMachine, type Asset } from "./commands/machine-setup.js";
import type { PlayDelay } from "./commands/play-delay.js";
import { Fulfil, FullPlay, OpenPlay, resolveAnswer, Settle, type Answer, type InitiateTamper, type PlayMethod, type SettleTamper } from "./commands/plays.js";
import { RngPairEquivalence } from "./equivalence.js";
import { readGetters, type Probe } from "./read-getters.js";
import { accountHash, machineView, pickMachine, type NeoGachaSequence } from "./sequence-model.js";
import { settlePerturbation } from "./settle-perturbation.js";

/**
 * The generators of a NeoGacha sequence (neo-gacha.md NG-P1…P10, devpack.md DP-P4): machines of
 * 1–8 items (now and then 20–100) whose weights sum to 100 (sometimes not), escrowing ItemToken or
 * GAS with the deposit's witness scope (README §6: CalledByEntry + CustomContracts[asset], and the
 * scopes that fail), activated through either method; paid plays on the three paths with the RNG
 * worker and the TEE answering (forced to the last item, failures); settlements honest and
 * perturbed (NG-P3's tables), the RNG pair compared (NG-P4), bans, withdrawals, stale receipts,
 * bet-limit boundaries, the script disabled and restored, pause, and the getters.
 */
export const USERS = ["u1", "u2", "u3"] as const;
const user = fc.constantFrom(...USERS);
const other = (u: string) => (u === "u1" ? "u2" : "u1");
type Cmd = DifferentialCommand<NeoGachaSequence>;
const small = fc.bigInt({ min: 1n, max: 20_000n });
const pick = fc.nat(5);

/** n positive weights summing to 100 (n ≤ 100). */
const weightsSumming100 = (n: number): fc.Arbitrary<bigint[]> =>
  (n === 1 ? fc.constant([] as number[]) : fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n - 1, maxLength: n - 1 })).map((cuts) => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return points.slice(1).map((p, i) => BigInt(p - points[i]!));
  });

const weights: fc.Arbitrary<bigint[]> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 8 }).chain(weightsSumming100) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 100 }).chain(weightsSumming100) },
  { weight: 2, arbitrary: fc.integer({ min: 2, max: 6 }).chain(weightsSumming100).map((w) => w.slice(0, -1)) },
);

const setup = fc.tuple(user, weights, fc.constantFrom<Asset>("item", "item", "gas"), fc.constantFrom<"hybrid" | "deprecated" | "none">("hybrid", "hybrid", "deprecated", "deprecated", "none"),
  fc.oneof({ weight: 8, arbitrary: fc.bigInt({ min: 10_000_000n, max: 100_000_000n }) }, { weight: 1, arbitrary: fc.constant(10_000_000_001n) }))
  .chain(([o, w, asset, act, price]) => fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constant(0) }), { minLength: w.length, maxLength: w.length })
    .map((stock): Cmd => new SetupMachine(o, w, asset === "item" ? 1n : 1_000_000n, stock, asset, act, price)));

const playDelay = (p: string): fc.Arbitrary<PlayDelay> => fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: 30_000n, max: 90_000n }).map((ms) => ({ ms })) },
  { weight: 1, arbitrary: fc.bigInt({ min: 1n, max: 29_999n }).map((ms) => ({ ms })) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(1n as const, 5n as const), fc.constantFrom(-1n as const, 0n as const)).map(([cooldowns, offset]) => ({ player: p, cooldowns, offset })) },
);
const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "default" as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: "last" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "fail" as const }) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => ({ kind: "forced" as const, result: Buffer.from(b).toString("hex") })) },
);
const method = fc.constantFrom<PlayMethod>("playMachine", "playMachineHybrid", "initiatePlayOptimized");
const signerOf = (p: string) => fc.oneof({ weight: 10, arbitrary: fc.constant(p) }, { weight: 1, arbitrary: fc.constant(other(p)) });
const tamper = fc.oneof({ weight: 6, arbitrary: fc.constant<InitiateTamper>("none") },
  { weight: 2, arbitrary: fc.constantFrom<InitiateTamper>("weight+1", "weight-1", "sample-0", "sample-past", "sample-unavailable") });
const settleTamper = fc.oneof({ weight: 5, arbitrary: fc.constant<SettleTamper>("none") }, { weight: 2, arbitrary: fc.constantFrom<SettleTamper>("index+1", "index-1", "other-signer", "never-issued") });

/** The owner of a picked machine (the creator; never-created ids: u1). */
const ownerName = (m: NeoGachaSequence, p: number): string => {
  const v = machineView(m, pickMachine(m, p));
  if (!v.exists) return "u1";
  const le = v.owner;
  return [...m.accounts].find(([, h]) => Buffer.from(h.replace(/^0x/, ""), "hex").reverse().toString("hex") === le)?.[0] ?? "u1";
};
/** Who signs an owner call: the owner, another user, or the admin (OA admits the admin). */
type Who = "owner" | "other" | "admin";
const who = fc.oneof({ weight: 8, arbitrary: fc.constant<Who>("owner") }, { weight: 1, arbitrary: fc.constantFrom<Who>("other", "admin") });
const signer = (m: NeoGachaSequence, p: number, w: Who) => (w === "owner" ? ownerName(m, p) : w === "admin" ? "admin" : other(ownerName(m, p)));

export function neoGachaCommands(): fc.Arbitrary<Cmd>[] {
  const fullPlay = fc.tuple(user, pick, method).chain(([u, p, meth]) => fc.tuple(playDelay(u), answer).map(([d, a]): Cmd => new FullPlay(u, p, meth, d, a)));
  const pay = fc.tuple(user, fc.bigInt({ min: 10_000_000n, max: 100_000_000n }), small, fc.oneof({ weight: 8, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, a, d, app]): Cmd => new CallStepPay(u, a, d, app));
  const open = fc.tuple(method, user).chain(([meth, u]) => fc.tuple(signerOf(u), pick, receipt, playDelay(u), tamper)
    .map(([s, p, rc, d, t]): Cmd => new OpenPlay(meth, { signer: s, player: u, pick: p, receipt: rc, delay: d, tamper: meth === "initiatePlayOptimized" ? t : "none" })));
  const fulfil = fc.tuple(fc.nat(5), answer, small).map(([p, a, d]): Cmd => new Fulfil(p, a.kind === "last" ? { kind: "default" } : a, d));
  const settle = fc.tuple(fc.nat(7), settleTamper, small).map(([p, t, d]): Cmd => new Settle(p, t, d));
  const perturb = fc.tuple(fc.constantFrom<"rng" | "seed">("rng", "seed"), fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), fc.integer({ min: 3, max: 6 }).chain(weightsSumming100))
    .map(([target, [p, o], w]): Cmd => new FrontendPerturbation(settlePerturbation(target, p!, o!, w)));
  const equivalence = fc.tuple(user, pick, fc.oneof(fc.constant("last"), fc.uint8Array({ minLength: 1, maxLength: 32 }).map((b) => Buffer.from(b).toString("hex"))), fc.constantFrom<"hybrid" | "deprecated">("hybrid", "deprecated"))
    .map(([u, p, x, side]): Cmd => new RngPairEquivalenceCmd(u, p, x, side));
  const create = fc.tuple(user, signerOf("u1"), fc.constantFrom("", "n", "x".repeat(64), "x".repeat(65)), fc.constantFrom("", "d".repeat(256), "d".repeat(257)),
    fc.constantFrom("", "c".repeat(32), "c".repeat(33)), fc.constantFrom("", "t".repeat(128), "t".repeat(129)), fc.constantFrom(0n, 1n, 50_000_000n, 10_000_000_000n, 10_000_000_001n), fc.constantFrom("valid", "zero"))
    .map(([u, s, name, desc, cat, tags, price, addr]): Cmd => new CallStep<NeoGachaSequence>(`createMachine(${u}, name ${name.length}, desc ${desc.length}, cat ${cat.length}, tags ${tags.length}, ${price}${addr === "zero" ? ", Zero" : ""})`,
      s === "u1" ? u : s, () => 1_000n, (m) => call(m, "createMachine", arg.hash160(addr === "zero" ? "0x" + "00".repeat(20) : accountHash(m, u)), arg.str(name), arg.str(desc), arg.str(cat), arg.str(tags), arg.int(price)),
      (m, out) => { if (out.state === "HALT" && out.stack[0]?.type === "Integer") m.machines.push(out.stack[0].value); }));
  const addItem = fc.tuple(pick, who, fc.constantFrom("item", "", "x".repeat(64), "x".repeat(65)), fc.constantFrom(0n, 1n, 5n, 50n, 100n), fc.constantFrom("", "r".repeat(32), "r".repeat(33)),
    fc.constantFrom(1n, 1n, 1n, 2n), fc.constantFrom<Asset | "zero">("item", "item", "gas", "zero"), fc.constantFrom(0n, 1n, 2n))
    .map(([p, w, name, weight, rarity, type, asset, amount]): Cmd => new CallStep<NeoGachaSequence>(`addMachineItem(#${p}, ${w}, name ${name.length}, w ${weight}, rarity ${rarity.length}, type ${type}, ${asset}, ${amount})`,
      (m) => signer(m, p, w), () => 1_000n, (m) => call(m, "addMachineItem", arg.hash160(accountHash(m, ownerName(m, p))), arg.int(pickMachine(m, p)), arg.str(name), arg.int(weight), arg.str(rarity), arg.int(type),
        arg.hash160(asset === "zero" ? "0x" + "00".repeat(20) : assetHash(m, asset)), arg.int(amount), arg.str(""))));
  const deposit = fc.tuple(pick, fc.integer({ min: 0, max: 4 }), fc.constantFrom(0n, 1n, 2n, 3n, -1n), fc.constantFrom("right", "right", "right", "entry", "custom"), fc.constantFrom<Asset>("item", "gas"), who)
    .map(([p, i, units, scope, asset, w]): Cmd => new CallStep<NeoGachaSequence>(`depositItem(#${p}, item ${i}, ${units < 0n ? "1.5 GAS units" : `${units} units`}, ${scope} scope on ${asset}, ${w})`,
      (m) => { const s = signer(m, p, w); return scope === "right" ? entryAnd(s, assetName(asset)) : scope === "custom" ? customOnly(s, assetName(asset)) : s; }, () => 1_000n,
      (m) => call(m, "depositItem", arg.hash160(accountHash(m, ownerName(m, p))), arg.int(pickMachine(m, p)), arg.int(BigInt(i)), arg.int(units < 0n ? 1_500_000n : units * (asset === "item" ? 1n : 1_000_000n))),
      undefined, () => true));
  const mint = fc.tuple(user, fc.bigInt({ min: 1n, max: 20n })).map(([u, a]): Cmd => new CallStep<NeoGachaSequence>(`ItemToken.mint(${u}, ${a})`, u, () => 1_000n,
    (m) => ({ contract: m.token, method: "mint", args: [arg.hash160(accountHash(m, u)), arg.int(a)] })));
  const withdraw = fc.tuple(pick, fc.integer({ min: 0, max: 4 }), fc.constantFrom(0n, 1n, 1_000_000n, 5n), who)
    .map(([p, i, amount, w]): Cmd => new CallStep<NeoGachaSequence>(`withdrawItem(#${p}, item ${i}, ${amount}, ${w})`, (m) => signer(m, p, w), () => 1_000n,
      (m) => call(m, "withdrawItem", arg.hash160(accountHash(m, ownerName(m, p))), arg.int(pickMachine(m, p)), arg.int(BigInt(i)), arg.int(amount))));
  const activate = fc.tuple(pick, fc.constantFrom("hybrid", "deprecated"), fc.constantFrom(1n, 1n, 0n, 2n, 9n, 101n), who, fc.constantFrom(true, true, true, false))
    .map(([p, active, sample, w, on]): Cmd => new CallStep<NeoGachaSequence>(`${active === "hybrid" ? "setMachineActiveWithValidation" : "setMachineActive"}(#${p}, ${on}${active === "hybrid" ? `, sample ${sample}` : ""}, ${w})`,
      (m) => signer(m, p, w), () => 1_000n, (m) => active === "hybrid"
        ? call(m, "setMachineActiveWithValidation", arg.hash160(accountHash(m, ownerName(m, p))), arg.int(pickMachine(m, p)), arg.bool(on), arg.int(sample))
        : call(m, "setMachineActive", arg.hash160(accountHash(m, ownerName(m, p))), arg.int(pickMachine(m, p)), arg.bool(on))));
  const ban = fc.tuple(pick, fc.boolean(), fc.oneof({ weight: 5, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constant("u1") }))
    .map(([p, b, s]): Cmd => new CallStep<NeoGachaSequence>(`setMachineBanned(#${p}, ${b})`, s, () => 1_000n, (m) => call(m, "setMachineBanned", arg.int(pickMachine(m, p)), arg.bool(b))));
  const deactivate = fc.tuple(pick, fc.constantFrom(0n, 0n, 1n, -1n, 7n), user)
    .map(([p, k, s]): Cmd => new CallStep<NeoGachaSequence>(`checkAndDeactivateMachine(#${p}, stored ${k >= 0n ? "+" : ""}${k})`, s, () => 1_000n,
      (m) => call(m, "checkAndDeactivateMachine", arg.int(pickMachine(m, p)), arg.int(machineView(m, pickMachine(m, p)).availableWeight + k))));
  const adminSigner = fc.oneof({ weight: 6, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constant("u1") });
  const admin = fc.tuple(adminSigner, fc.constantFrom("pause", "unpause", "unpause", "tight", "default", "disable", "enable", "enable"), small).map(([s, what, d]): Cmd => {
    const [method, args, label] = ({
      pause: ["setPaused", [arg.bool(true), arg.str(APP_ID)], "setPaused(true)"],
      unpause: ["setPaused", [arg.bool(false), arg.str(APP_ID)], "setPaused(false)"],
      tight: ["setGameBetLimits", [arg.int(100_000_000n), arg.int(250_000_000n), arg.int(60_000n), arg.int(3n)], "setGameBetLimits(1 GAS, 2.5 GAS/day, 60 s, 3)"],
      default: ["setGameBetLimits", [arg.int(10_000_000_000n), arg.int(100_000_000_000n), arg.int(30_000n), arg.int(20n)], "setGameBetLimits(defaults)"],
      disable: ["disableScript", [arg.str(SCRIPT_NAME)], "disableScript(select-item)"],
      enable: ["registerScript", [arg.str(SCRIPT_NAME), arg.bytes(scriptHashOf(SELECT_ITEM_TEXT))], "registerScript(select-item, canonical hash)"],
    } as const)[what as "pause"];
    return new CallStep<NeoGachaSequence>(label, s, () => d, (m) => call(m, method, ...args));
  });
  const callback = fc.tuple(fc.constantFrom("u1", "tee", "admin"), fc.constantFrom("onServiceCallback", "onServiceCallbackHybrid"), fc.bigInt({ min: 1n, max: 4n }))
    .map(([s, cb, id]): Cmd => new CallStep<NeoGachaSequence>(`${cb}(${id}) not through the gateway`, s, () => 1_000n,
      (m) => call(m, cb, arg.int(id), arg.str(APP_ID), arg.str("rng"), arg.bool(true), arg.bytes("01"), arg.str(""))));
  const probe = fc.constantFrom<Probe>("honest", "honest", "next", "prev", "next-own-c", "prev-own-c", "c+1", "c-1", "w+1", "w-1", "zero", "past", "alias");
  const reads = fc.tuple(pick, fc.uint8Array({ minLength: 0, maxLength: 40 }).map((b) => Buffer.from(b).toString("hex")), probe, fc.bigInt({ min: 0n, max: 8n }))
    .map(([p, x, pr, playId]): Cmd => readGetters(p, x, pr, playId));
  // The owner methods' refusals, each at the stage where it is the first check to fail (machine-refusals.ts);
  // the 100-item machine ("too many items") is 101 transactions, so it is drawn about once in eight.
  const refusals = fc.oneof({ weight: 7, arbitrary: createRefusals() }, { weight: 1, arbitrary: user.map((u): Cmd => new FullMachine(u, 3)) });
  // Every receipt row of a play (RCPT), on a fresh machine (play-receipts.ts).
  const receipts = fc.tuple(method, fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"])).map(([meth, [p, o]]): Cmd => new FrontendPerturbation(playReceiptPattern(meth, p!, o!)));
  // The DevPack's own surface (admin handover, pause, bet limits, the script registry's refusals); base-calls draws
  // one of eight kinds, so it is listed four times. NEO is not sent: NeoGacha's onNEP17Payment accepts every token
  // (neo-gacha.md "Base class").
  const base = baseCalls<NeoGachaSequence>({
    appId: APP_ID, betLimits: "setGameBetLimits", acceptsEveryToken: true,
    whilePaused: () => new OpenPlay("initiatePlayOptimized", { signer: "u1", player: "u1", pick: 0, receipt: "own", delay: { ms: 1_000n }, tamper: "none" }),
  });
  const registry = scriptRegistryRefusals<NeoGachaSequence>(SCRIPT_NAME);
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [setup, setup, setup, fullPlay, fullPlay, fullPlay, fullPlay, fullPlay, pay, open, open, fulfil, fulfil, settle, settle, perturb, equivalence,
    create, addItem, deposit, mint, withdraw, activate, ban, deactivate, admin, callback, reads, reads,
    refusals, machineRefusals(), machineRefusals(), initiateOnActive(), initiateOnActive(), receipts, betWindow(), betWindow(), scriptWindow(scriptHashOf(SELECT_ITEM_TEXT)), base, base, base, base, registry];
}

/** A payment on its own (pay, then act; a foreign receipt now and then). */
class CallStepPay implements Cmd {
  constructor(readonly who: string, readonly amount: bigint, readonly delayMs: bigint, readonly appId: string) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: Parameters<Cmd["run"]>[1]): Promise<void> {
    // A payment's time decides nothing (RCPT has no time check): it may take a shared block's time.
    await payReceipt(m, r, this.who, this.amount, flexible(this.delayMs), this.appId);
  }

  toString(): string {
    return `pay(${this.who}, ${this.amount}, +${this.delayMs}ms${this.appId === APP_ID ? "" : `, ${this.appId}`})`;
  }
}

/** RngPairEquivalence with R "last" resolved against the machine when it runs. */
class RngPairEquivalenceCmd implements Cmd {
  constructor(readonly player: string, readonly pick: number, readonly x: string, readonly side: "hybrid" | "deprecated") {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: Parameters<Cmd["run"]>[1]): Promise<void> {
    const a = resolveAnswer(m, this.pick, this.x === "last" ? { kind: "last" } : { kind: "forced", result: this.x });
    await new RngPairEquivalence(this.player, this.pick, a.kind === "forced" ? a.result : "01", this.side).run(m, r);
  }

  toString(): string {
    return `equivalence(${this.player}, #${this.pick}, R ${this.x === "last" ? "last item" : this.x.slice(0, 8) + "…"}, ${this.side} on chain)`;
  }
}
