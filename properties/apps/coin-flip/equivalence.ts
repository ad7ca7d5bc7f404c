import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID } from "../../../simulator/apps/coin-flip/constants.js";
import { FLIP_COIN_TEXT } from "../../../simulator/apps/coin-flip/flip-coin-script.js";
import { initiatedBetOf } from "../../../simulator/apps/coin-flip/frontend.js";
import { flip } from "../../../simulator/apps/coin-flip/outcome.js";
import { hash160FromDisplay } from "../../../simulator/runtime/hash160.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { EquivalenceError } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { Flip } from "./commands/flip.js";
import type { CoinFlipSequence } from "./sequence-model.js";
import { accountDisplay, appGetter } from "../../patterns/app-sequence/app-sequence.js";
import { bytesItem } from "../../../simulator/runtime/items.js";

/** What the pair must agree on (coin-flip.md "Hybrid ↔ legacy pair"): the resolution's events and transfers. */
const COMPARED_EVENTS = new Set(["BetResolved", "JackpotWon", "StreakUpdated", "Transfer"]);
/** …and the state they leave: stats (42), total wagered (43), total paid (44), jackpot pool (45). */
const COMPARED_PREFIXES = ["42", "43", "44", "45"];
/** Bet fields compared: all but Mode (index 8), which names the path. */
const BET_FIELDS = [0, 1, 2, 3, 4, 5, 6, 7, 9];

/**
 * CF-P5 (G8, success only): from one model state and one time, `initiateBet` + `settleBet` with
 * seed s and `placeBet` + the gateway's callback with result = s run on two copies of the model,
 * each in two transactions at the same two times; the same outcome, payout, jackpot movement,
 * stats, transfers and BetResolved/JackpotWon/StreakUpdated events must follow. Compared from
 * states where the hybrid path's own checks (script enabled) pass. Then one path, by turns, runs
 * on the chain and the model side by side at those times, as every step does.
 */
export class CoinFlipEquivalence implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly player: string, readonly amount: bigint, readonly choice: boolean, readonly onChain: "hybrid" | "legacy") {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    // The pair is compared on model copies at t after the payment, whatever time the payment ran
    // at; the bet on the chain that follows is an ordinary Flip (plain delay): both may take
    // shared blocks' times.
    await payReceipt(m, r, this.player, this.amount, flexible(1_000n), APP_ID);
    const receipt = m.receipts.filter((x) => x.payer === this.player).at(-1)?.id ?? 0n;
    const t = r.time + 31_000n;
    const modelSide = r.model as ModelSystem;
    const invoke = (chain: ModelChain, call: ContractCall, who: string, now: bigint): Outcome =>
      chain.invoke(modelCall(call), { signers: [sender(modelSide.accountOf(who))], now });
    const open = (method: string): ContractCall => ({ contract: m.app, method, args: [arg.hash160(accountDisplay(m, this.player)), arg.int(this.amount), arg.bool(this.choice), arg.int(receipt)] });

    // The hybrid path's own checks (script registered as the TEE knows it, enabled) must pass for
    // the pair to be compared (README §10 G8); the legacy path is still run on chain below.
    const valid = appGetter(m, "isScriptValid", bytesItem(scriptHashOf(FLIP_COIN_TEXT)));
    const comparable = valid.type === "Boolean" && valid.value;
    const hybrid = m.model.copy();
    const initiated = invoke(hybrid, open("initiateBet"), this.player, t);
    const legacy = m.model.copy();
    const placed = invoke(legacy, open("placeBet"), this.player, t);
    if (!comparable) {
      // nothing to compare
    } else if (placed.state === "FAULT") {
      if (initiated.state !== "FAULT") throw new EquivalenceError(this.name(), `placeBet FAULTs "${placed.message}", initiateBet HALTs`);
    } else if (initiated.state === "HALT") {
      const bet = initiatedBetOf(initiated.notifications, m.app)!;
      const settled = invoke(hybrid, { contract: m.app, method: "settleBet", args: [arg.hash160(accountDisplay(m, this.player)), arg.int(bet.betId), arg.bool(flip(bet.seed, bet.choice).won), arg.bytes(scriptHashOf(FLIP_COIN_TEXT))] }, this.player, t + 1_000n);
      const request = placed.notifications.find((n) => n.eventName === "ServiceRequested" && n.contract === m.gateway.toLowerCase())?.args[0];
      const fulfilled = invoke(legacy, { contract: m.gateway, method: "fulfillRequest", args: [arg.int(request?.type === "Integer" ? request.value : 0n), arg.bool(true), arg.bytes(bet.seed), arg.str("")] }, "tee", t + 1_000n);
      const detail = compare(m, bet.betId, settled, fulfilled, hybrid, legacy, accountDisplay(m, this.player));
      if (detail) throw new EquivalenceError(this.name(), detail);
    }
    await new Flip(this.player, this.amount, this.choice, this.onChain === "hybrid", { kind: "ms", ms: 31_000n }, { kind: "default" }, false).run(m, r);
  }

  private name(): string {
    return `initiateBet + settleBet ≡ placeBet + callback (${this.player}, ${this.amount})`;
  }

  toString(): string {
    return `equivalence(${this.name()}, ${this.onChain} on chain)`;
  }
}

function compare(m: CoinFlipSequence, betId: bigint, hybrid: Outcome, legacy: Outcome, h: ModelChain, l: ModelChain, player: string): string | undefined {
  if (hybrid.state !== legacy.state) return `settle ${hybrid.state} | callback ${legacy.state}`;
  if (hybrid.state === "FAULT" || legacy.state === "FAULT") return undefined;
  const events = (o: typeof hybrid) => JSON.stringify(o.notifications.filter((n) => COMPARED_EVENTS.has(n.eventName)).map((n) => [n.eventName, n.args]), big);
  if (events(hybrid) !== events(legacy)) return `events: hybrid ${events(hybrid)} | legacy ${events(legacy)}`;
  const state = (c: ModelChain) => JSON.stringify(c.storage(m.app).filter((e) => COMPARED_PREFIXES.some((p) => e.keyHex.startsWith(p))));
  if (state(h) !== state(l)) return `storage 42–45: hybrid ${state(h)} | legacy ${state(l)}`;
  const bet = (c: ModelChain) => {
    const out = c.testInvoke({ contract: m.app, method: "getBet", args: [{ type: "Integer", value: betId }] }, 0n);
    const item = out.state === "HALT" ? out.stack[0] : undefined;
    return JSON.stringify(item && "items" in item ? BET_FIELDS.map((i) => item.items[i]) : null, big);
  };
  if (bet(h) !== bet(l)) return `bet record: hybrid ${bet(h)} | legacy ${bet(l)}`;
  const gas = (c: ModelChain, who: string) => c.balanceOf("GAS", hash160FromDisplay(who));
  for (const who of [player, m.app]) if (gas(h, who) !== gas(l, who)) return `GAS of ${who}: hybrid ${gas(h, who)} | legacy ${gas(l, who)}`;
  return undefined;
}

const big = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);
