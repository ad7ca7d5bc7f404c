import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { displayOf } from "../../../simulator/runtime/hash160.js";
import { stringItem } from "../../../simulator/runtime/items.js";
import { APP_ID, TICKET_PRICE } from "../../../simulator/apps/lottery/constants.js";
import { findWinner } from "../../../simulator/apps/lottery/frontend.js";
import { defaultRngResult } from "../../../simulator/tee/rng-service.js";
import { type DifferentialRun, plainDelay } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { storageDiff } from "../../harness/storage-diff.js";
import { EquivalenceError } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { lastEntryResult } from "./commands/draw.js";
import { buyStep } from "./commands/tickets.js";
import { currentRound, getter, honestDrawHash, isDrawPending, roundEntries, type LotterySequence } from "./sequence-model.js";

interface Tx {
  readonly call: ContractCall;
  readonly sender: string;
  readonly at: bigint;
}

/**
 * LO-P3 (G8), the draw pairs of lottery.md, success only: from one state with a drawable round, on two
 * copies of the model,
 * - rng: `initiateDrawHybrid` (t1) + the TEE's fulfilment → `storeDrawRandomness(R)` (t2) +
 *   `settleRoundOptimized(honest)` (t3) vs `initiateDraw` (t1) + the fulfilment → `onServiceCallback(R)` (t3);
 * - seed: `initiateRound` (t1) + `settleRound(honest)` (t2) vs `initiateDraw` (t1) + the fulfilment
 *   with R = that seed (t2);
 * the same winner, prize transfer, WinnerDrawn / RoundCompleted and identical app storage after the
 * settlement (45, 4C, 50‖r and the request context gone on both). Then one path runs on the chain
 * and the model as every step does. R is the RNG worker's default result, or one whose winner is
 * the last entry (the O(n) walk's worst case).
 */
export class DrawEquivalence implements DifferentialCommand<LotterySequence> {
  constructor(readonly kind: "rng" | "seed", readonly lastEntry: boolean, readonly extra: readonly (readonly [string, bigint])[], readonly onChain: "hybrid" | "deprecated") {}

  check(m: Readonly<LotterySequence>): boolean {
    const s = m as LotterySequence;
    const paused = getter(s, "isPaused");
    const script = getter(s, "isScriptEnabled", stringItem("draw-winner"));
    // Both hybrid paths end in a settlement that needs the enabled draw-winner script (VSH; initiateRound too).
    return !isDrawPending(s) && paused.type === "Boolean" && !paused.value && script.type === "Boolean" && script.value;
  }

  async run(m: LotterySequence, r: DifferentialRun): Promise<void> {
    for (const [p, n] of [["u1", 1n], ["u2", 1n], ["u3", 1n], ...this.extra] as const) {
      // The set-up's purchases only need to be a cooldown apart: plain delays.
      await payReceipt(m, r, p, n * TICKET_PRICE, plainDelay(30_001n), APP_ID);
      await buyStep(p, p, n, "own", 1n).run(m, r);
    }
    const round = currentRound(m);
    if (round.participantCount < 3n || isDrawPending(m)) return;
    const side = r.model as ModelSystem;
    const t1 = m.time + 1_000n, t2 = t1 + 1_000n, t3 = t2 + 1_000n;
    const admin = { contract: m.app, args: [] };
    const play = (txs: (chain: ModelChain, outs: Outcome[]) => Tx | undefined, count: number) => {
      const chain = m.model.copy();
      const outs: Outcome[] = [];
      for (let i = 0; i < count; i++) {
        const tx = txs(chain, outs);
        if (!tx) break;
        outs.push(chain.invoke(modelCall(tx.call), { signers: [sender(side.accountOf(tx.sender))], now: tx.at }));
      }
      return { chain, outs };
    };
    const requestOf = (o: Outcome | undefined) => {
      const q = o?.state === "HALT" ? o.notifications.find((n) => n.eventName === "DrawInitiated")?.args[1] : undefined;
      return q?.type === "Integer" ? q.value : 0n;
    };
    const resultFor = (q: bigint) => (this.lastEntry ? lastEntryResult(round.totalTickets) : defaultRngResult(q, m.rngSeed));
    const fulfil = (q: bigint, result: string, at: bigint): Tx => ({ call: { contract: m.gateway, method: "fulfillRequest", args: [arg.int(q), arg.bool(true), arg.bytes(result), arg.str("")] }, sender: "tee", at });
    const settle = (method: string, result: string, at: bigint): Tx => {
      const claim = findWinner(result, roundEntries(m, round))!;
      return { call: { contract: m.app, method, args: [arg.int(round.id), arg.hash160(displayOf(claim.winner)), arg.int(claim.entryIndex), arg.bytes(honestDrawHash())] }, sender: "u4", at };
    };
    let seed = "";
    const hybridTxs = (_c: ModelChain, outs: Outcome[]): Tx | undefined => {
      if (this.kind === "rng") {
        if (outs.length === 0) return { call: { ...admin, method: "initiateDrawHybrid" }, sender: "admin", at: t1 };
        const q = requestOf(outs[0]);
        return outs.length === 1 ? fulfil(q, resultFor(q), t2) : settle("settleRoundOptimized", resultFor(q), t3);
      }
      if (outs.length === 0) return { call: { ...admin, method: "initiateRound" }, sender: "admin", at: t1 };
      const ret = outs[0]!.state === "HALT" ? outs[0]!.stack[0] : undefined;
      seed = ret?.type === "Array" && ret.items[1]?.type === "ByteString" ? ret.items[1].hex : "";
      return seed ? settle("settleRound", seed, t2) : undefined;
    };
    const hybrid = play(hybridTxs, this.kind === "rng" ? 3 : 2);
    const deprecatedTxs = (_c: ModelChain, outs: Outcome[]): Tx | undefined => {
      if (outs.length === 0) return { call: { ...admin, method: "initiateDraw" }, sender: "admin", at: t1 };
      const q = requestOf(outs[0]);
      return this.kind === "rng" ? fulfil(q, resultFor(q), t3) : fulfil(q, seed, t2);
    };
    const deprecated = play(deprecatedTxs, 2);
    const last = (outs: Outcome[]) => outs.at(-1);
    const h = last(hybrid.outs), d = last(deprecated.outs);
    if (d?.state !== "HALT") return; // success only (lottery.md)
    if (h?.state !== "HALT") throw new EquivalenceError(`draw (${this.kind})`, `deprecated HALT | hybrid ${h?.state} ${h?.state === "FAULT" ? h.message ?? h.exception : ""}`);
    const events = (o: Outcome) => JSON.stringify((o.state === "HALT" ? o.notifications : []).filter((n) => ["WinnerDrawn", "RoundCompleted", "Transfer"].includes(n.eventName)).map((n) => [n.eventName, n.args]), (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    if (events(h) !== events(d)) throw new EquivalenceError(`draw (${this.kind})`, `settlement events: deprecated ${events(d)} | hybrid ${events(h)}`);
    const first = storageDiff(m.app, deprecated.chain.storage(m.app), hybrid.chain.storage(m.app))[0];
    if (first) throw new EquivalenceError(`draw (${this.kind})`, `storage ${first.field}: deprecated ${first.model ?? "—"} | hybrid ${first.chain ?? "—"}`);

    // One path on the chain and the model, as every step, at exactly the times t1–t3 both paths were
    // compared at (the settlement's EndTime and the new round's StartTime are those times).
    const outs: Outcome[] = [];
    const txs = this.onChain === "hybrid" ? hybridTxs : deprecatedTxs;
    for (let i = 0; i < (this.onChain === "hybrid" && this.kind === "rng" ? 3 : 2); i++) {
      const tx = txs(m.model, outs);
      if (!tx) break;
      const { model } = await r.transaction(tx.call, tx.sender, tx.at - r.time > 0n ? tx.at - r.time : 1n, `${tx.call.method} (${this.kind} draw, ${this.onChain})`);
      m.rng.observe(model);
      if (tx.call.method === "fulfillRequest") {
        const q = tx.call.args[0]!;
        if (q.type === "Integer") { m.rng.override(BigInt(q.value), "00"); m.rng.deliver(BigInt(q.value)); }
      }
      outs.push(model);
      m.time = r.time;
    }
  }

  toString(): string {
    return `equivalence(draw ${this.kind}${this.lastEntry ? ", winner in the last entry" : ""}, +${this.extra.map(([p, n]) => `${p}×${n}`).join(" ")}, ${this.onChain} on chain)`;
  }
}
