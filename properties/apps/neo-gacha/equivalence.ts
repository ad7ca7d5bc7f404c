import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID } from "../../../simulator/apps/neo-gacha/constants.js";
import { readMachineItems, requestedPlayOf, select } from "../../../simulator/apps/neo-gacha/frontend.js";
import { PREFIX_ITEM, PREFIX_MACHINE, PREFIX_PLAY } from "../../../simulator/apps/neo-gacha/storage-keys.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import { hash160FromDisplay } from "../../../simulator/runtime/hash160.js";
import type { Hex } from "../../../simulator/runtime/hex.js";
import { intItem } from "../../../simulator/runtime/items.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { EquivalenceError } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { call } from "./commands/machine-setup.js";
import { FullPlay, type Answer } from "./commands/plays.js";
import { accountHash, machineView, pickMachine, type NeoGachaSequence } from "./sequence-model.js";
import { twoPhaseReady } from "./settle-perturbation.js";

/** What the RNG pair must agree on (neo-gacha.md "Hybrid ↔ deprecated pairs"): the resolution's events and transfers. */
const COMPARED_EVENTS = new Set(["PlayResolved", "PlayRefunded", "MachineActivated", "Transfer"]);

/**
 * NG-P4 / G8 for `playMachineHybrid` + `onServiceCallbackHybrid(R)` + `settlePlayWithRng(select(items,
 * R))` ≡ `playMachine` + `onServiceCallback(R)` (success only): from one model state, on two copies,
 * the plays at time t, the fulfilments with the same R at t′, the hybrid settlement also at t′ (so
 * LastPlayedAt agrees); the same selected item (or refund), transfers, item and machine records,
 * play record but its Mode, and events must follow. R is the default randomness or one forced to
 * the machine's last item. Then one path, by turns, runs on the chain and the model side by side.
 */
export class RngPairEquivalence implements DifferentialCommand<NeoGachaSequence> {
  constructor(readonly player: string, readonly pick: number, readonly result: Hex, readonly onChain: "hybrid" | "deprecated") {}

  check(): boolean {
    return true;
  }

  async run(m: NeoGachaSequence, r: DifferentialRun): Promise<void> {
    const id = pickMachine(m, this.pick);
    const view = machineView(m, id);
    // The pair is compared on model copies at t after the payment, whatever time the payment ran
    // at, and the play on the chain that follows is an ordinary play (FullPlay, plain delay): both
    // may take shared blocks' times.
    await payReceipt(m, r, this.player, view.exists ? view.price : 10_000_000n, flexible(1_000n), APP_ID);
    const receipt = m.receipts.filter((x) => x.payer === this.player).at(-1)?.id ?? 0n;
    const t = r.time + 31_000n;
    const modelSide = r.model as ModelSystem;
    const invoke = (chain: ModelChain, c: ContractCall, who: string, now: bigint): Outcome => chain.invoke(modelCall(c), { signers: [sender(modelSide.accountOf(who))], now });
    const open = (method: string) => call(m, method, arg.hash160(accountHash(m, this.player)), arg.int(id), arg.int(receipt));
    const fulfil = (chain: ModelChain, opened: Outcome) => {
      const q = (opened.state === "HALT" ? requestedPlayOf(opened.notifications, m.app)?.requestId : undefined) ?? 0n;
      return invoke(chain, { contract: m.gateway, method: "fulfillRequest", args: [arg.int(q), arg.bool(true), arg.bytes(this.result), arg.str("")] }, "tee", t + 1_000n);
    };
    const deprecated = m.model.copy();
    const hybrid = m.model.copy();
    const played = invoke(deprecated, open("playMachine"), this.player, t);
    const playedHybrid = invoke(hybrid, open("playMachineHybrid"), this.player, t);
    if (twoPhaseReady(m)) {
      if (played.state === "FAULT" && playedHybrid.state !== "FAULT") throw new EquivalenceError(this.name(), `playMachine FAULTs "${played.message}", playMachineHybrid HALTs`);
      if (played.state === "HALT") {
        if (playedHybrid.state !== "HALT") throw new EquivalenceError(this.name(), `playMachine HALTs, playMachineHybrid FAULTs "${playedHybrid.message}"`);
        const called = fulfil(deprecated, played);
        const stored = fulfil(hybrid, playedHybrid);
        const playId = requestedPlayOf(playedHybrid.notifications, m.app)!.playId;
        const read = hybrid.testInvoke({ contract: m.app, method: "getMachineItemsForFrontend", args: [intItem(id)] }, t + 1_000n);
        const items = read.state === "HALT" ? readMachineItems(read.stack[0]!) : [];
        const s = select(items, this.result) ?? { index: 0n, cumulativeWeightBefore: 0n, totalWeight: 0n };
        const settled = stored.state === "HALT"
          ? invoke(hybrid, call(m, "settlePlayWithRng", arg.hash160(accountHash(m, this.player)), arg.int(playId), arg.int(s.index), arg.int(s.cumulativeWeightBefore), arg.int(s.totalWeight)), this.player, t + 1_000n)
          : stored;
        const detail = compare(m, settled, called, hybrid, deprecated, accountHash(m, this.player));
        if (detail) throw new EquivalenceError(this.name(), detail);
      }
    }
    const answer: Answer = { kind: "forced", result: this.result };
    await new FullPlay(this.player, this.pick, this.onChain === "hybrid" ? "playMachineHybrid" : "playMachine", { ms: 31_000n }, answer).run(m, r);
  }

  private name(): string {
    return `playMachineHybrid + callback + settlePlayWithRng ≡ playMachine + callback (${this.player}, #${this.pick}, R ${this.result.slice(0, 8)}…)`;
  }

  toString(): string {
    return `equivalence(${this.name()}, ${this.onChain} on chain)`;
  }
}

/** App storage under 41 (machines), 42 (items) and 44 (plays, Mode left out), the compared events, and the player's and the app's balances. */
function compare(m: NeoGachaSequence, hybrid: Outcome, deprecated: Outcome, h: ModelChain, d: ModelChain, player: string): string | undefined {
  if (hybrid.state !== deprecated.state) return `settle ${hybrid.state} | callback ${deprecated.state}`;
  if (hybrid.state === "FAULT" || deprecated.state === "FAULT") return undefined;
  const events = (o: typeof hybrid) => JSON.stringify(o.notifications.filter((n) => COMPARED_EVENTS.has(n.eventName)).map((n) => [n.contract, n.eventName, n.args]), big);
  if (events(hybrid) !== events(deprecated)) return `events: hybrid ${events(hybrid)} | deprecated ${events(deprecated)}`;
  const state = (c: ModelChain) => JSON.stringify(c.storage(m.app).filter((e) => [PREFIX_MACHINE, PREFIX_ITEM, PREFIX_PLAY].some((p) => e.keyHex.startsWith(p))).map((e) => {
    if (!e.keyHex.startsWith(PREFIX_PLAY)) return [e.keyHex, e.valueHex];
    const rec = deserialize(e.valueHex as Hex);
    return [e.keyHex, "items" in rec ? rec.items.slice(0, 6) : rec];
  }), big);
  if (state(h) !== state(d)) return `storage 41/42/44: hybrid ${state(h)} | deprecated ${state(d)}`;
  const token = (c: ModelChain) => JSON.stringify(c.storage(m.token), big);
  if (token(h) !== token(d)) return `item token balances differ`;
  const gas = (c: ModelChain, who: string) => c.balanceOf("GAS", hash160FromDisplay(who));
  for (const who of [player, m.app]) if (gas(h, who) !== gas(d, who)) return `GAS of ${who}: hybrid ${gas(h, who)} | deprecated ${gas(d, who)}`;
  return undefined;
}

const big = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);
