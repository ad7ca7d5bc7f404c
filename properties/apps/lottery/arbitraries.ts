import fc from "fast-check";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { FOREIGN_APP_ID } from "../../harness/world-run.js";
import { baseCalls } from "../../patterns/base-calls/base-calls.js";
import { scriptRegistryRefusals } from "../../patterns/base-calls/script-registry-calls.js";
import { BoundCheck } from "../../patterns/bounds/bound-command.js";
import { Steps } from "../../patterns/call-step/call-step.js";
import { FrontendPerturbation } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import { PausedWindow } from "../../patterns/pause/paused-window.js";
import { receiptChoice } from "../../patterns/pay-then-act/receipt-choice.js";
import { APP_ID, SCRIPT_DRAW, TICKET_PRICE } from "../../../simulator/apps/lottery/constants.js";
import { DEFAULT_CONFIGS } from "../../../simulator/apps/lottery/config.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../harness/chain-actor.js";
import { betLimitsStep, configStep, switchStep, type Switch } from "./commands/admin.js";
import { cancelStep, directCallbackStep, drawStep, Fulfil, settleStep, type Answer, type DrawMethod, type SettleAlias } from "./commands/draw.js";
import { readStep } from "./commands/read-getters.js";
import { buyScratchStep, revealStep, type ScratchBuy } from "./commands/scratch.js";
import { buyStep, payStep } from "./commands/tickets.js";
import { DrawEquivalence } from "./draw-equivalence.js";
import { revealPattern, StaleReveal } from "./reveal-perturbation.js";
import { settlePattern, type Purchase } from "./settle-perturbation.js";
import { ticketBound } from "./ticket-bounds.js";
import { purchasePattern, type Purchase as PaidPurchase } from "./purchase-receipts.js";
import { currentRound, isDrawPending, type LotterySequence } from "./sequence-model.js";

/**
 * The generators of a Lottery sequence (lottery.md, LO-P1…P11). Players u1–u5 (three distinct ones
 * make a round drawable), settlers anyone; ticket counts mostly small, sometimes at the bounds;
 * receipts honest or hostile (stale, foreign, another payer's, a datoshi short); draws of the three
 * kinds with the RNG worker's default, forced, last-entry or failed results; cancelDraw at the
 * timeout's boundary pair; scratch tickets of every type (−1 and 6 outside); the admin's configs,
 * switches and bet limits. Entry counts stay far below 500 and unrevealed tickets below 200 (the
 * app file's generator bounds) in sequences of ≤ 25 commands; the GAS sweep covers n = 500 / 200.
 */
const PLAYERS = ["u1", "u2", "u3", "u4", "u5"] as const;
const player = fc.constantFrom(...PLAYERS);
const gap = fc.bigInt({ min: 1n, max: 40_000n });
const tickets = fc.oneof({ weight: 8, arbitrary: fc.bigInt({ min: 1n, max: 5n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, 99n, 100n, 101n, -1n) });
const signerFor = (who: string) => fc.oneof({ weight: 8, arbitrary: fc.constant(who) }, { weight: 1, arbitrary: fc.constantFrom("u6", "admin") });
const adminOr = fc.oneof({ weight: 6, arbitrary: fc.constant("admin") }, { weight: 1, arbitrary: fc.constantFrom("u2", "tee") });
const alias = fc.constantFrom<SettleAlias>("settleRoundOptimized", "settleRoundWithWinner", "settleRound");
const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "default" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "last-entry" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "fail" as const }) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => ({ kind: "forced" as const, result: Buffer.from(b).toString("hex") })) },
);
const scratchType = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(0n, 2n) }, { weight: 2, arbitrary: fc.constantFrom(1n, 3n, 4n, 5n) }, { weight: 1, arbitrary: fc.constantFrom(-1n, 6n) });
const purchases: fc.Arbitrary<Purchase[]> = fc.array(fc.tuple(fc.constantFrom("u1", "u2", "u3", "u4"), fc.bigInt({ min: 1n, max: 4n })), { minLength: 0, maxLength: 4 })
  .map((extra) => [["u1", 1n], ["u2", 2n], ["u3", 1n], ...extra] as Purchase[]);

type Cmd = DifferentialCommand<LotterySequence>;

/** A whole round: three (or more) players pay and buy, ADMIN draws, the draw completes (or fails, is cancelled or left pending). */
function roundFlow(): fc.Arbitrary<Cmd> {
  const path = fc.constantFrom("hybrid", "hybrid", "deprecated", "deprecated", "seed", "seed", "fail", "cancel", "pending", "late", "late");
  return fc.tuple(path, purchases, answer, alias, player).map(([p, ps, a, al, settler]): Cmd => {
    const steps: Cmd[] = ps.flatMap(([u, n]) => [payStep(u, n * TICKET_PRICE, 30_001n), buyStep(u, u, n, "own", 1n)]);
    const method: DrawMethod = p === "seed" ? "initiateRound" : p === "deprecated" || p === "fail" ? "initiateDraw" : "initiateDrawHybrid";
    steps.push(drawStep(method, "admin", 1_000n));
    if (p === "hybrid") steps.push(new Fulfil(0, a, 1_000n), settleStep(al, settler, 1_000n));
    if (p === "deprecated") steps.push(new Fulfil(0, a, 1_000n));
    if (p === "fail") steps.push(new Fulfil(0, { kind: "fail" }, 1_000n));
    if (p === "seed") steps.push(settleStep(al === "settleRoundOptimized" ? "settleRound" : al, settler, 1_000n));
    // LO-P11: the boundary pair B − 1 / B, then the cancelled request's late delivery ("unknown request").
    if (p === "cancel" || p === "late") steps.push(cancelStep("admin", { kind: "boundary", offset: -1n }, 0n), cancelStep("admin", { kind: "boundary", offset: 0n }, 0n));
    if (p === "late") steps.push(new Fulfil(0, a, 1_000n));
    // LO-P5: a purchase while the draw is pending.
    // LO-P5: a purchase and a second draw while the draw is pending ("draw in progress", "draw already pending").
    if (p === "pending") steps.push(payStep(ps[0]![0], TICKET_PRICE, 30_001n), buyStep(ps[0]![0], ps[0]![0], 1n, "own", 1n), drawStep(method === "initiateRound" ? "initiateDraw" : "initiateRound", "admin", 1_000n));
    return new Steps(`round(${p}, ${ps.map(([u, n]) => `${u}×${n}`).join(" ")})`, steps);
  });
}

function scratchFlow(): fc.Arbitrary<Cmd> {
  return fc.tuple(player, fc.constantFrom<ScratchBuy>("buyScratchTicket", "buyScratchTicketHybrid", "buyScratchTicketHybrid"), fc.constantFrom(0n, 2n), fc.constantFrom(0, 1, 1, 2), fc.boolean())
    .map(([u, method, type, reveals, crossed]): Cmd => new Steps(`scratch(${u}, ${method}, type ${type}${reveals > 0 ? `, reveal ×${reveals}` : ""}${crossed ? ", the other reveal first" : ""})`, [
      payStep(u, DEFAULT_CONFIGS[Number(type)]![0] * 20n, 1_000n),
      buyScratchStep(method, u, u, type, "own", 1n),
      // LO-P6: the legacy reveal of a hybrid ticket ("hybrid ticket") and the hybrid reveal of a legacy one ("not hybrid ticket").
      ...(crossed ? [revealStep(method !== "buyScratchTicketHybrid", 0, 0n, undefined, undefined, 1_000n)] : []),
      // LO-P6: reveal once, and a second reveal ("already scratched").
      ...Array.from({ length: reveals }, () => revealStep(method === "buyScratchTicketHybrid", 0, 0n, undefined, undefined, 1_000n)),
    ]));
}

export function lotteryCommands(): fc.Arbitrary<Cmd>[] {
  const pay = fc.tuple(player, fc.bigInt({ min: TICKET_PRICE - 1n, max: 1_000_000_000n }), gap, fc.oneof({ weight: 5, arbitrary: fc.constant(APP_ID) }, { weight: 1, arbitrary: fc.constant(FOREIGN_APP_ID) }))
    .map(([u, amount, d, app]): Cmd => payStep(u, amount, d, app));
  const buy = fc.tuple(player, tickets, fc.oneof({ weight: 3, arbitrary: receiptChoice }, { weight: 1, arbitrary: fc.constantFrom("never-issued" as const, "other-payer" as const, "oldest-own" as const, "zero" as const) }), gap)
    .chain(([u, n, receipt, d]) => signerFor(u).map((s): Cmd => buyStep(s, u, n, receipt, d)));
  const paidBuy = fc.tuple(player, fc.bigInt({ min: 1n, max: 6n }), fc.bigInt({ min: -1n, max: 2n }), fc.bigInt({ min: 1_000n, max: 40_000n }))
    .map(([u, n, short, d]): Cmd => new Steps(`paid buy(${u}, ${n}${short < 0n ? ", a datoshi short" : ""})`, [payStep(u, n * TICKET_PRICE + short, d), buyStep(u, u, n, "own", 1n)]));
  const draw = fc.tuple(fc.constantFrom<DrawMethod>("initiateDraw", "initiateDrawHybrid", "initiateRound"), adminOr, gap).map(([method, s, d]): Cmd => drawStep(method, s, d));
  const fulfil = fc.tuple(fc.nat(2), answer, gap, fc.oneof({ weight: 6, arbitrary: fc.constant("tee") }, { weight: 1, arbitrary: fc.constant("u1") }))
    .map(([p, a, d, s]): Cmd => new Fulfil(p, a, d, s));
  const settle = fc.tuple(alias, player, gap).map(([al, s, d]): Cmd => settleStep(al, s, d));
  const cancel = fc.tuple(adminOr, fc.oneof({ weight: 3, arbitrary: fc.constantFrom(-1n, 0n, 1n).map((offset) => ({ kind: "boundary" as const, offset })) }, { weight: 1, arbitrary: gap.map((ms) => ({ kind: "ms" as const, ms })) }), fc.constantFrom(0n, 0n, 0n, 1n, -1n))
    .map(([s, at, delta]): Cmd => cancelStep(s, at, delta));
  const callback = fc.tuple(fc.constantFrom("onServiceCallback" as const, "storeDrawRandomness" as const), fc.constantFrom("u1", "tee", "admin"), gap).map(([method, s, d]): Cmd => directCallbackStep(method, s, d));
  const scratchBuy = fc.tuple(player, fc.constantFrom<ScratchBuy>("buyScratchTicket", "buyScratchTicketHybrid"), scratchType, receiptChoice, gap, fc.boolean())
    .chain(([u, method, type, receipt, d, zero]) => signerFor(u).map((s): Cmd => buyScratchStep(method, s, zero && s === "u6" ? "u6" : u, type, receipt, d)));
  const reveal = fc.tuple(fc.boolean(), fc.oneof({ weight: 10, arbitrary: fc.nat(4) }, { weight: 1, arbitrary: fc.constant(-1) }), fc.oneof({ weight: 6, arbitrary: fc.constant(0n) }, { weight: 1, arbitrary: fc.constantFrom(1n, -1n) }),
    fc.option(player, { nil: undefined, freq: 5 }), fc.option(fc.constantFrom("u6", "admin"), { nil: undefined, freq: 6 }), gap)
    .map(([hybrid, pick, delta, who, signer, d]): Cmd => revealStep(hybrid, pick, delta, who, signer, d));
  const config = fc.tuple(adminOr, fc.oneof({ weight: 6, arbitrary: fc.bigInt({ min: 0n, max: 5n }) }, { weight: 1, arbitrary: fc.constantFrom(-1n, 6n) }),
    fc.oneof({ weight: 4, arbitrary: fc.bigInt({ min: 1_000_000n, max: 60_000_000n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, -1n) }), fc.boolean(),
    fc.oneof({ weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 2_000_000_000n }) }, { weight: 1, arbitrary: fc.constantFrom(0n, -5n) }), fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), fc.boolean(), gap)
    .map(([s, type, price, instant, jackpot, enabled, only, d]): Cmd => configStep(s, only ? { type, price, instant, jackpot, enabled, only } : { type, price, instant: instant || type === 0n || type === 2n, jackpot, enabled }, d));
  const switches = fc.tuple(adminOr, fc.constantFrom<Switch>("pause", "unpause", "disable-draw", "enable-draw", "disable-scratch", "enable-scratch", "unpause", "enable-draw", "enable-scratch"), gap)
    .map(([s, sw, d]): Cmd => switchStep(s, sw, d));
  const limits = fc.tuple(adminOr, fc.constantFrom<[bigint, bigint, bigint, bigint]>([10_000_000_000n, 100_000_000_000n, 30_000n, 20n], [20_000_000n, 100_000_000_000n, 30_000n, 20n], [10_000_000_000n, 30_000_000n, 0n, 20n], [10_000_000_000n, 100_000_000_000n, 0n, 2n],
    // each argument just invalid (devpack.md SETLIMITS: "maxBet must be > 0", "dailyLimit >= maxBet", "cooldownMs >= 0", "maxConsecutive > 0")
    [0n, 100_000_000_000n, 30_000n, 20n], [10_000_000_000n, 9_999_999_999n, 30_000n, 20n], [10_000_000_000n, 100_000_000_000n, -1n, 20n], [10_000_000_000n, 100_000_000_000n, 30_000n, 0n]), gap)
    .map(([s, l, d]): Cmd => betLimitsStep(s, l, d));
  // A paused app or a disabled script around one call, switched back after (NP, VSH, "script not registered", "scratch script not registered").
  const combos: readonly (readonly [Switch | "disable-type", string])[] = [
    ["pause", "settle"], ["pause", "round"], ["pause", "draw"], ["pause", "scratch"], ["pause", "reveal"], ["pause", "buy"],
    ["disable-draw", "settle"], ["disable-draw", "round"], ["disable-draw", "round"], ["disable-scratch", "scratch"], ["disable-scratch", "scratch"], ["disable-scratch", "scratch"], ["disable-scratch", "reveal"],
    ["disable-type", "scratch"], ["disable-type", "legacy-scratch"],
  ];
  const switched = fc.tuple(fc.constantFrom(...combos), player, alias)
    .map(([[off, action], u, al]): Cmd => new Steps(`${off}: ${action}`, [
      off === "disable-type" ? configStep("admin", { type: 0n, price: 0n, instant: true, jackpot: 0n, enabled: false, only: true }, 1_000n) : switchStep("admin", off, 1_000n),
      ...(action === "scratch" || action === "legacy-scratch" ? [payStep(u, DEFAULT_CONFIGS[0]![0], 1n)] : []),
      action === "settle" ? settleStep(al, u, 1n) : action === "round" ? drawStep("initiateRound", "admin", 1n) : action === "draw" ? drawStep("initiateDrawHybrid", "admin", 1n)
        : action === "scratch" || action === "legacy-scratch" ? buyScratchStep(action === "scratch" ? "buyScratchTicketHybrid" : "buyScratchTicket", u, u, 0n, "own", 1n)
          : action === "reveal" ? revealStep(true, 0, 0n, undefined, undefined, 1n) : buyStep(u, u, 1n, "own", 1n),
      off === "disable-type" ? configStep("admin", { type: 0n, price: 0n, instant: true, jackpot: 0n, enabled: true, only: true }, 1n)
        : switchStep("admin", off === "pause" ? "unpause" : off === "disable-draw" ? "enable-draw" : "enable-scratch", 1n),
    ]));
  const receiptTable = fc.tuple(fc.constantFrom<PaidPurchase>("buyTickets", "buyScratchTicket", "buyScratchTicketHybrid"), fc.constantFrom(["u1", "u2"], ["u3", "u1"], ["u5", "u4"]), fc.bigInt({ min: 1n, max: 5n }), fc.constantFrom(0n, 2n))
    .map(([method, [p, o], n, type]): Cmd => new FrontendPerturbation(purchasePattern(method, p!, o!, n, type)));
  const paused = fc.tuple(fc.constantFrom("local" as const, "registry-app" as const, "registry-global" as const), player, alias).map(([kind, u, al]): Cmd => new PausedWindow<LotterySequence>(kind, APP_ID, (m, r) => [
    { call: { contract: m.app, method: "buyTickets", args: [arg.hash160(chainActor(r, u).scriptHash), arg.int(1n), arg.int(m.receipts.at(-1)?.id ?? 0n)] }, sender: u },
    { call: { contract: m.app, method: "initiateDraw", args: [] }, sender: "admin" },
    { call: settleStep(al, u, 1n).build(m, r), sender: u },
    { call: { contract: m.app, method: "buyScratchTicketHybrid", args: [arg.hash160(chainActor(r, u).scriptHash), arg.int(0n), arg.int(m.receipts.at(-1)?.id ?? 0n)] }, sender: u },
  ], `${u}: buy, draw, settle, scratch`));
  const reads = fc.tuple(fc.constantFrom(0n, 0n, -1n, 1n), fc.bigInt({ min: -1n, max: 6n }), fc.nat(9), fc.uint8Array({ minLength: 32, maxLength: 32 }), player, fc.nat(50))
    .map(([rd, type, tier, seed, u, k]): Cmd => readStep(rd, type, tier, Buffer.from(seed).toString("hex"), u, k));
  const settleTable = fc.tuple(alias, purchases, fc.constantFrom("seed" as const, "rng" as const), player).map(([al, ps, kind, s]): Cmd => new FrontendPerturbation(settlePattern(al, ps, kind, s)));
  const revealTable = fc.tuple(fc.constantFrom(["u1", "u2"], ["u2", "u3"], ["u4", "u1"]), fc.nat(4)).map(([[p, o], t]): Cmd => new FrontendPerturbation(revealPattern(p!, o!, BigInt(t))));
  const stale = fc.tuple(player, fc.constantFrom(2n, 3n)).map(([u, f]): Cmd => new StaleReveal(u, f));
  const equivalence = fc.tuple(fc.constantFrom("rng" as const, "seed" as const), fc.boolean(), fc.array(fc.tuple(fc.constantFrom("u1", "u4", "u5"), fc.bigInt({ min: 1n, max: 3n })), { maxLength: 3 }), fc.constantFrom("hybrid" as const, "deprecated" as const))
    .map(([kind, last, extra, side]): Cmd => new DrawEquivalence(kind, last, extra, side));
  const bounds = fc.tuple(player, fc.boolean()).map(([u, upper]): Cmd => new BoundCheck(ticketBound(u, upper)));
  // The configuration's argument checks (LO-P9), each on otherwise valid arguments so that it is the first to
  // fail: a type past 5 in both methods, price 0 and −1, jackpot 0 and −5, another signer; a draw runs two to four.
  const configRows: [string, { type: bigint; price: bigint; instant: boolean; jackpot: bigint; enabled: boolean; only?: true }][] = [
    ["admin", { type: 6n, price: 5_000_000n, instant: true, jackpot: 500_000_000n, enabled: true }],
    ["admin", { type: -1n, price: 0n, instant: true, jackpot: 0n, enabled: true, only: true }],
    ["admin", { type: 0n, price: 0n, instant: true, jackpot: 500_000_000n, enabled: true }],
    ["admin", { type: 2n, price: -1n, instant: true, jackpot: 1_000_000_000n, enabled: true }],
    ["admin", { type: 0n, price: 5_000_000n, instant: true, jackpot: 0n, enabled: true }],
    ["admin", { type: 3n, price: 30_000_000n, instant: false, jackpot: -5n, enabled: true }],
    ["u2", { type: 0n, price: 5_000_000n, instant: true, jackpot: 500_000_000n, enabled: true }],
  ];
  const configRefusals = fc.shuffledSubarray(configRows, { minLength: 2, maxLength: 4 }).map((rows): Cmd => new Steps(`config refusals (${rows.length})`, rows.map(([s, c]) => configStep(s, c, 1_000n))));
  // The DevPack's own surface (admin handover, pause, bet limits, NEO sent to the app, the script registry's refusals);
  // base-calls draws one of nine kinds, so it is listed three times.
  const base = baseCalls<LotterySequence>({
    appId: APP_ID, betLimits: "setGameBetLimits",
    whilePaused: () => new Steps<LotterySequence>("buyTickets(u1, 1) while paused", [payStep("u1", TICKET_PRICE, 1_000n), buyStep("u1", "u1", 1n, "own", 1n)]),
  });
  const registry = scriptRegistryRefusals<LotterySequence>(SCRIPT_DRAW);
  // BET's refusals on buyTickets (devpack.md §3, DP-P4): ADMIN sets limits that the player's purchases then meet —
  // MaxBet one ticket and a purchase of two ("bet exceeds maximum"); MaxBet = DailyLimit = one ticket and two purchases
  // a cooldown apart ("daily limit exceeded"); MaxConsecutive 1 and two purchases exactly a cooldown apart ("max
  // consecutive bets reached"); the defaults and a second purchase at last + Cooldown − 1 ("cooldown active") — then
  // the defaults again. The first purchase comes 150 s (5 × Cooldown) after the sequence's last block (or later
  // when blocks are shared: 150 s is a lower bound). The second payment and purchase stay exact: together they put
  // the second purchase at last + Cooldown (− 1), a README §5 boundary pair of BET.
  const windows: Record<string, readonly [bigint, bigint, bigint, bigint]> = {
    "max bet": [TICKET_PRICE, 100_000_000_000n, 30_000n, 20n],
    "daily limit": [TICKET_PRICE, TICKET_PRICE, 30_000n, 20n],
    "max consecutive": [10_000_000_000n, 100_000_000_000n, 30_000n, 1n],
    cooldown: [10_000_000_000n, 100_000_000_000n, 30_000n, 20n],
  };
  const betWindow = fc.tuple(player, fc.constantFrom(...Object.keys(windows))).map(([u, kind]): Cmd => new Steps(`bet window(${u}: ${kind})`, [
    betLimitsStep("admin", windows[kind]!, 1_000n),
    ...(kind === "max bet" ? [payStep(u, 2n * TICKET_PRICE, 150_000n), buyStep(u, u, 2n, "own", 1n)]
      : [payStep(u, TICKET_PRICE, 150_000n), buyStep(u, u, 1n, "own", 1n), payStep(u, TICKET_PRICE, { exact: 1_000n }), buyStep(u, u, 1n, "own", { exact: kind === "cooldown" ? 28_999n : 29_000n })]),
    betLimitsStep("admin", [10_000_000_000n, 100_000_000_000n, 30_000n, 20n], 1_000n),
  ]));
  // A draw of a round with one or two players ("min participants not met"), when the current round has at most one.
  const early = fc.tuple(player, fc.constantFrom<DrawMethod>("initiateDraw", "initiateDrawHybrid", "initiateRound")).map(([u, method]): Cmd => new Steps(`early draw(${u}, ${method})`, [
    payStep(u, TICKET_PRICE, 30_001n), buyStep(u, u, 1n, "own", 1n), drawStep(method, "admin", 1_000n),
  ]));
  const earlyWhenFew: fc.Arbitrary<Cmd> = early.map((c): Cmd => ({ check: (m: Readonly<LotterySequence>) => !isDrawPending(m as LotterySequence) && currentRound(m as LotterySequence).participantCount <= 1n, run: (m, r) => c.run(m, r), toString: () => c.toString() }));
  // fast-check picks among these uniformly: repeating one raises its weight.
  return [roundFlow(), roundFlow(), roundFlow(), roundFlow(), scratchFlow(), scratchFlow(), pay, buy, buy, paidBuy, paidBuy, draw, fulfil, settle, cancel, callback,
    scratchBuy, reveal, reveal, config, switches, limits, switched, switched, paused, receiptTable, reads, reads, settleTable, settleTable, revealTable, stale, equivalence, equivalence, bounds,
    configRefusals, base, base, base, registry, betWindow, betWindow, earlyWhenFew];
}
