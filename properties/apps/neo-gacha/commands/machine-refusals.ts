import fc from "fast-check";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { entryAnd } from "../../../harness/sender-name.js";
import { CallStep, Steps } from "../../../patterns/call-step/call-step.js";
import { accountHash, machineView, type NeoGachaSequence } from "../sequence-model.js";
import { APP_ID } from "../../../../simulator/apps/neo-gacha/constants.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { twoPhaseReady } from "../settle-perturbation.js";
import { call, SetupMachine } from "./machine-setup.js";
import { playTarget, type PlayDelay } from "./play-delay.js";
import { openPlay, type InitiateTamper } from "./plays.js";

type Cmd = DifferentialCommand<NeoGachaSequence>;
const ZERO = "0x" + "00".repeat(20);
const other = (u: string) => (u === "u1" ? "u2" : "u1");
/** The machine a refusal row works on: the newest one (the row's own, when its createMachine passed). */
const newest = (m: NeoGachaSequence): bigint => m.machines.at(-1) ?? 1_000n;
const step = (label: string, sender: string | ((m: NeoGachaSequence) => string), build: (m: NeoGachaSequence) => ReturnType<typeof call>, after?: CallStep<NeoGachaSequence>["after"]) =>
  new CallStep<NeoGachaSequence>(label, sender, () => 1_000n, build, after);
const remember = (m: NeoGachaSequence, out: Parameters<NonNullable<CallStep<NeoGachaSequence>["after"]>>[1]) => {
  if (out.state === "HALT" && out.stack[0]?.type === "Integer") m.machines.push(out.stack[0].value);
};

/**
 * createMachine's argument checks (neo-gacha.md `createMachine`), each on otherwise honest arguments
 * so that it is the first check to fail: name 0 and 65 bytes, description 257, category 33, tags 129,
 * price 0 and MaxBet + 1, creator Zero, and another signer. A draw runs a random half of them.
 */
export function createRefusals(): fc.Arbitrary<Cmd> {
  const rows = (u: string): [string, string, string, string, string, string, bigint, string][] => [
    // [label, signer, creator, name, description, category, price, tags]
    ["name required", u, u, "", "d", "c", 50_000_000n, "t"],
    ["name too long", u, u, "x".repeat(65), "d", "c", 50_000_000n, "t"],
    ["description too long", u, u, "n", "d".repeat(257), "c", 50_000_000n, "t"],
    ["category too long", u, u, "n", "d", "c".repeat(33), 50_000_000n, "t"],
    ["tags too long", u, u, "n", "d", "c", 50_000_000n, "t".repeat(129)],
    ["price 0", u, u, "n", "d", "c", 0n, "t"],
    ["price MaxBet + 1", u, u, "n", "d", "c", 10_000_000_001n, "t"],
    ["creator Zero", u, "zero", "n", "d", "c", 50_000_000n, "t"],
    ["another signer", other(u), u, "n", "d", "c", 50_000_000n, "t"],
  ];
  return fc.constantFrom("u1", "u2", "u3").chain((u) => fc.shuffledSubarray(rows(u), { minLength: 4, maxLength: 6 })).map((picked): Cmd => new Steps(`createMachine refusals (${picked.map((p) => p[0]).join("; ")})`,
    picked.map(([label, s, creator, name, desc, cat, price, tags]) => step(`createMachine(${label})`, s,
      (m) => call(m, "createMachine", arg.hash160(creator === "zero" ? ZERO : accountHash(m, creator)), arg.str(name), arg.str(desc), arg.str(cat), arg.str(tags), arg.int(price)), remember))));
}

/** The refusals a fresh machine meets on its way to activation, by stage (see machineRefusals). */
const ITEM_ROWS = ["item name required", "item name too long", "weight 0", "weight 101", "rarity too long", "asset type 2", "asset Zero", "amount 0", "another signer"] as const;
const STOCKLESS_ROWS = ["deposit 0", "deposit by another", "deposit item 3", "deposit 3 of unit 2", "deposit without the token's scope", "withdraw 0", "withdraw by another", "withdraw item 3", "withdraw more than stock",
  "activate: sample unavailable", "activate: sample 0", "activate (loop): item unavailable"] as const;
const BAN_ROWS = ["banned: deposit", "banned: setMachineActive", "banned: setMachineActiveWithValidation"] as const;
export type RefusalRow = "no items" | (typeof ITEM_ROWS)[number] | "total weight 60" | (typeof STOCKLESS_ROWS)[number] | "one item unavailable" | (typeof BAN_ROWS)[number] | "items locked";
const ALL_ROWS: readonly RefusalRow[] = ["no items", ...ITEM_ROWS, "total weight 60", ...STOCKLESS_ROWS, "one item unavailable", ...BAN_ROWS, "items locked"];

/**
 * A machine built the honest way (two ItemToken items of weights 60 and 40, unit 2), with a random
 * third of the refusals of neo-gacha.md's owner methods at the stage where each is the first check
 * to fail: `setMachineActive` without items ("no items"); addMachineItem's argument checks on the
 * unlocked machine (name 0 / 65 bytes, weight 0, a weight past 100, rarity 33 bytes, asset type 2,
 * asset Zero, amount 0, another signer); activation at total weight 60; deposits and withdrawals
 * before any stock (amount 0, another signer, item 3, an amount not a multiple of the unit, more
 * than the stock) and activations with no item available (the sample's, an invalid sample, the
 * deprecated loop's "item unavailable"); after one item's deposit the hybrid's "item unavailable";
 * then, if a ban row is drawn, ADMIN bans the machine, the row meets "machine banned", and the ban
 * is lifted; with "items locked", the machine is activated (locked), deactivated, refuses an item,
 * and the owner withdraws item 2's stock. The machine ends inactive (frontends would not list it for plays).
 */
export class MachineRefusals implements Cmd {
  constructor(readonly owner: string, readonly rows: readonly RefusalRow[]) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    const u = this.owner;
    const o = other(u);
    const has = (row: RefusalRow) => this.rows.includes(row);
    const owner = () => arg.hash160(accountHash(m, u));
    const id = () => arg.int(newest(m));
    const item = (name: string, weight: bigint, rarity: string, type: bigint, asset: string | "zero", amount: bigint) => (mm: NeoGachaSequence) =>
      call(mm, "addMachineItem", owner(), id(), arg.str(name), arg.int(weight), arg.str(rarity), arg.int(type), arg.hash160(asset === "zero" ? ZERO : mm.token), arg.int(amount), arg.str(""));
    const deposit = (index: bigint, amount: bigint) => (mm: NeoGachaSequence) => call(mm, "depositItem", owner(), id(), arg.int(index), arg.int(amount));
    const withdraw = (index: bigint, amount: bigint) => (mm: NeoGachaSequence) => call(mm, "withdrawItem", owner(), id(), arg.int(index), arg.int(amount));
    const activate = (sample?: bigint) => (mm: NeoGachaSequence) => sample === undefined
      ? call(mm, "setMachineActive", owner(), id(), arg.bool(true))
      : call(mm, "setMachineActiveWithValidation", owner(), id(), arg.bool(true), arg.int(sample));
    const withToken = (s: string) => entryAnd(s, "ItemToken");
    const steps: CallStep<NeoGachaSequence>[] = [
      step(`createMachine(${u})`, u, (mm) => call(mm, "createMachine", owner(), arg.str(`refusals of ${u}`), arg.str("d"), arg.str("c"), arg.str("t"), arg.int(20_000_000n)), remember),
    ];
    // Labelled `method(row)`, so that the report's methods × outcomes table counts each under its method.
    const row = (name: RefusalRow, sender: string, build: (mm: NeoGachaSequence) => ReturnType<typeof call>) => {
      if (has(name)) steps.push(step(`${build(m).method}(${name})`, sender, build));
    };
    row("no items", u, activate());
    row("item name required", u, item("", 60n, "", 1n, "token", 2n));
    row("item name too long", u, item("x".repeat(65), 60n, "", 1n, "token", 2n));
    row("weight 0", u, item("i", 0n, "", 1n, "token", 2n));
    row("weight 101", u, item("i", 101n, "", 1n, "token", 2n));
    row("rarity too long", u, item("i", 60n, "r".repeat(33), 1n, "token", 2n));
    row("asset type 2", u, item("i", 60n, "", 2n, "token", 2n));
    row("asset Zero", u, item("i", 60n, "", 1n, "zero", 2n));
    row("amount 0", u, item("i", 60n, "", 1n, "token", 0n));
    row("another signer", o, item("i", 60n, "", 1n, "token", 2n));
    steps.push(step("addMachineItem(weight 60)", u, item("item 1", 60n, "rare", 1n, "token", 2n)));
    row("total weight 60", u, activate(1n));
    steps.push(step("addMachineItem(weight 40)", u, item("item 2", 40n, "common", 1n, "token", 2n)));
    row("deposit 0", withToken(u), deposit(1n, 0n));
    row("deposit by another", withToken(o), deposit(1n, 2n));
    row("deposit item 3", withToken(u), deposit(3n, 2n));
    row("deposit 3 of unit 2", withToken(u), deposit(1n, 3n));
    // CalledByEntry alone: the app sees the owner's witness, ItemToken does not (README §6), so the token's transfer returns false.
    row("deposit without the token's scope", u, deposit(1n, 2n));
    row("withdraw 0", u, withdraw(1n, 0n));
    row("withdraw by another", o, withdraw(1n, 2n));
    row("withdraw item 3", u, withdraw(3n, 2n));
    row("withdraw more than stock", u, withdraw(1n, 2n));
    row("activate: sample unavailable", u, activate(1n));
    row("activate: sample 0", u, activate(0n));
    row("activate (loop): item unavailable", u, activate());
    if (has("one item unavailable") || BAN_ROWS.some(has) || has("items locked")) {
      steps.push(step(`ItemToken.mint(${u}, 4)`, u, (mm) => ({ contract: mm.token, method: "mint", args: [owner(), arg.int(4n)] })));
      steps.push(step("depositItem(item 1, 2)", withToken(u), deposit(1n, 2n)));
    }
    row("one item unavailable", u, activate(1n));
    if (BAN_ROWS.some(has)) {
      const ban = (on: boolean) => step(`setMachineBanned(${on})`, "admin", (mm) => call(mm, "setMachineBanned", id(), arg.bool(on)));
      steps.push(ban(true));
      row("banned: deposit", withToken(u), deposit(1n, 2n));
      row("banned: setMachineActive", u, activate());
      row("banned: setMachineActiveWithValidation", u, activate(1n));
      steps.push(ban(false));
    }
    if (has("items locked")) {
      // Activated (locked) and deactivated again: no more items; the owner withdraws what the machine holds.
      steps.push(step("depositItem(item 2, 2)", withToken(u), deposit(2n, 2n)));
      steps.push(step("setMachineActiveWithValidation(true, 1)", u, activate(1n)));
      steps.push(step("setMachineActive(false)", u, (mm) => call(mm, "setMachineActive", owner(), id(), arg.bool(false))));
      row("items locked", u, item("i", 1n, "", 1n, "token", 2n));
      steps.push(step("withdrawItem(item 2, 2)", u, withdraw(2n, 2n)));
    }
    for (const s of steps) await s.run(m, r);
  }

  toString(): string {
    return `machine refusals(${this.owner}: ${this.rows.join("; ")})`;
  }
}

export const machineRefusals = (): fc.Arbitrary<Cmd> =>
  fc.tuple(fc.constantFrom("u1", "u2", "u3"), fc.subarray([...ALL_ROWS], { minLength: 8, maxLength: 14 })).map(([u, rows]): Cmd => new MachineRefusals(u, rows));

/**
 * A machine at MAX_ITEMS_PER_MACHINE: 100 items of weight 1 (no stock), then `attempts` more
 * items ("too many items", checked before the total weight) and the deprecated activation
 * ("item unavailable" at item 1). 101 transactions, so it is drawn rarely.
 */
export class FullMachine implements Cmd {
  constructor(readonly owner: string, readonly attempts: number) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    const owner = () => arg.hash160(accountHash(m, this.owner));
    const add = (k: number) => step(`addMachineItem(item ${k}, weight 1)`, this.owner,
      (mm) => call(mm, "addMachineItem", owner(), arg.int(newest(mm)), arg.str(`item ${k}`), arg.int(1n), arg.str(""), arg.int(1n), arg.hash160(mm.token), arg.int(1n), arg.str("")));
    await step(`createMachine(${this.owner}, full)`, this.owner, (mm) => call(mm, "createMachine", owner(), arg.str("full"), arg.str("d"), arg.str("c"), arg.str("t"), arg.int(20_000_000n)), remember).run(m, r);
    for (let k = 1; k <= 100 + this.attempts; k++) await add(k).run(m, r);
    await step("setMachineActive(true)", this.owner, (mm) => call(mm, "setMachineActive", owner(), arg.int(newest(mm)), arg.bool(true))).run(m, r);
  }

  toString(): string {
    return `full machine(${this.owner}, 100 items, ${this.attempts} more)`;
  }
}

/**
 * initiatePlayOptimized with one frontend input perturbed (NG-P3: `calculatedAvailableWeight ± 1`,
 * `sampleItemIndex` 0 or ItemCount + 1) on an active machine, where PCHK passes and the perturbed
 * check is the first to fail ("weight mismatch", "invalid sample"); with no active machine, on a
 * picked one ("machine inactive", "machine not found").
 */
export class InitiateOnActive implements Cmd {
  constructor(readonly player: string, readonly pick: number, readonly tampers: readonly InitiateTamper[]) {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    for (const tamper of this.tampers) {
      const active = m.machines.map((id, k) => [id, k] as const).filter(([id]) => machineView(m, id).active).map(([, k]) => k);
      const pick = active.length > 0 ? active[this.pick % active.length]! : this.pick;
      await openPlay(m, r, "initiatePlayOptimized", { signer: this.player, player: this.player, pick, receipt: "own", delay: { ms: 1_000n }, tamper });
    }
  }

  toString(): string {
    return `initiatePlayOptimized on an active machine(${this.player}, #${this.pick}, ${this.tampers.join(", ")})`;
  }
}

export const initiateOnActive = (): fc.Arbitrary<Cmd> =>
  fc.tuple(fc.constantFrom("u1", "u2", "u3"), fc.nat(5), fc.shuffledSubarray<InitiateTamper>(["weight+1", "weight-1", "sample-0", "sample-past"], { minLength: 1, maxLength: 2 }))
    .map(([u, p, t]): Cmd => new InitiateOnActive(u, p, t));

/** The bet limit a window sets before its plays (devpack.md BET's checks 3–6). */
export type BetWindowKind = "max bet" | "daily limit" | "max consecutive" | "cooldown";

/**
 * BET's refusals on plays (devpack.md §3, NG-P10): `other` sets up a fresh active machine (price
 * 0.1 GAS, one item of stock 3), ADMIN sets limits that the player's plays then meet — MaxBet below
 * the price ("bet exceeds maximum"); MaxBet = DailyLimit = the price, two plays a cooldown apart
 * ("daily limit exceeded"); MaxConsecutive 1, two plays exactly a cooldown apart ("max consecutive
 * bets reached"); or the default limits and a second play at `last + Cooldown − 1` ("cooldown
 * active", DP-P4's boundary) — and puts the default limits back. The first play comes at
 * `last + 5 × Cooldown` of the player, where the consecutive count restarts, and pays its receipt.
 */
export class BetWindow implements Cmd {
  constructor(readonly player: string, readonly other: string, readonly kind: BetWindowKind) {}

  check(m: Readonly<NeoGachaSequence>): boolean {
    return twoPhaseReady(m as NeoGachaSequence);
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    const price = 10_000_000n;
    const limits = (l: readonly bigint[], label: string) => step(`setGameBetLimits(${label})`, "admin", (mm) => call(mm, "setGameBetLimits", ...l.map((x) => arg.int(x))));
    await new SetupMachine(this.other, [100n], 1n, [3], "item", "hybrid", price).run(m, r);
    const tight: Record<BetWindowKind, readonly bigint[]> = {
      "max bet": [price - 1n, 100_000_000_000n, 30_000n, 20n],
      "daily limit": [price, price, 30_000n, 20n],
      "max consecutive": [10_000_000_000n, 100_000_000_000n, 30_000n, 1n],
      cooldown: DEFAULT_LIMITS,
    };
    await limits(tight[this.kind], this.kind).run(m, r);
    const play = (delay: PlayDelay) => openPlay(m, r, "initiatePlayOptimized", { signer: this.player, player: this.player, pick: m.machines.length - 1, receipt: "own", delay, tamper: "none" });
    if (this.kind !== "max bet") {
      // The payment may come later, but never past the first play's boundary (exact, README §5).
      const first = { player: this.player, cooldowns: 5n, offset: 0n } as const;
      const target = playTarget(m, first);
      await payReceipt(m, r, this.player, price, flexible(1_000n, undefined, target === undefined ? undefined : target - 1n), APP_ID);
      await play(first);
    }
    await play(this.kind === "cooldown" ? { player: this.player, cooldowns: 1n, offset: -1n } : { player: this.player, cooldowns: 1n, offset: 0n });
    await limits(DEFAULT_LIMITS, "defaults").run(m, r);
  }

  toString(): string {
    return `bet window(${this.player}: ${this.kind})`;
  }
}

const DEFAULT_LIMITS: readonly bigint[] = [10_000_000_000n, 100_000_000_000n, 30_000n, 20n];

export const betWindow = (): fc.Arbitrary<Cmd> =>
  fc.tuple(fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u3", "u1"]), fc.constantFrom<BetWindowKind>("max bet", "daily limit", "max consecutive", "cooldown"))
    .map(([[p, o], kind]): Cmd => new BetWindow(p!, o!, kind));

/**
 * `disableScript("select-item")` for a while (NG-P3 "script disabled", initiatePlayOptimized's
 * "select script not registered"): an initiatePlayOptimized on an active machine and a
 * settlePlayOptimized of a known play (VSH is its first check after NP), then the canonical hash
 * registered again (registration re-enables).
 */
export const scriptWindow = (canonicalHash: string): fc.Arbitrary<Cmd> =>
  fc.tuple(fc.constantFrom("u1", "u2", "u3"), fc.nat(5), fc.shuffledSubarray(["initiate", "settle"] as const, { minLength: 1, maxLength: 2 })).map(([u, p, actions]): Cmd => new Steps(`select-item disabled: ${actions.join(", ")}`, [
    step("disableScript(select-item)", "admin", (m) => call(m, "disableScript", arg.str("select-item"))),
    ...actions.map((a): Cmd => (a === "initiate" ? new InitiateOnActive(u, p, ["none"])
      : step("settlePlayOptimized(script disabled)", u, (m) => call(m, "settlePlayOptimized", arg.hash160(accountHash(m, u)), arg.int(m.plays.at(-1)?.playId ?? 1n), arg.int(1n), arg.bytes(canonicalHash))))),
    step("registerScript(select-item, canonical hash)", "admin", (m) => call(m, "registerScript", arg.str("select-item"), arg.bytes(canonicalHash))),
  ]));
