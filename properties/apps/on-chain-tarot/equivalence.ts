import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, spreadFee } from "../../../simulator/apps/on-chain-tarot/constants.js";
import { CALCULATE_CARDS_TEXT } from "../../../simulator/apps/on-chain-tarot/calculate-cards-script.js";
import { cards } from "../../../simulator/apps/on-chain-tarot/cards.js";
import { initiatedReadingOf } from "../../../simulator/apps/on-chain-tarot/frontend.js";
import { bytesItem } from "../../../simulator/runtime/items.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import { chainActor } from "../../harness/chain-actor.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { EquivalenceError } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { ReadingFlow } from "./commands/reading-flow.js";
import { getter, type TarotSequence } from "./sequence-model.js";

/** Counters the pair must leave alike: user count (42), total (43), per spread (44). */
const COMPARED_PREFIXES = ["42", "43", "44"];
/** Reading fields compared: all but Mode (index 7), which names the path. */
const READING_FIELDS = [0, 1, 2, 3, 4, 5, 6];

/**
 * TA-P4 (G8, "success only"): from one model state and one time, `initiateReading` + `settleReading
 * (CARDS(seed))` and `requestReading` + the gateway's callback with result = seed run on two copies
 * of the model, each in two transactions at the same two times; the same cards, status,
 * ReadingCompleted arguments and counters must follow. When the legacy path FAULTs the hybrid one
 * must FAULT too. Compared from states where the hybrid path's own checks (script registered as the
 * TEE knows it and enabled) pass. Then one path, by turns, runs on the chain and the model side by
 * side at those times, as every step does.
 */
export class TarotEquivalence implements DifferentialCommand<TarotSequence> {
  constructor(readonly user: string, readonly question: string, readonly spread: bigint, readonly category: bigint, readonly onChain: "hybrid" | "legacy") {}

  check(): boolean {
    return true;
  }

  async run(m: TarotSequence, r: DifferentialRun): Promise<void> {
    // The pair is compared on model copies at t after the payment, whatever time the payment ran
    // at; the reading on the chain that follows is an ordinary ReadingFlow: both may share blocks.
    await payReceipt(m, r, this.user, spreadFee(this.spread), flexible(1_000n), APP_ID);
    const receipt = m.receipts.filter((x) => x.payer === this.user).at(-1)?.id ?? 0n;
    const t = r.time + 2_000n;
    const modelSide = r.model as ModelSystem;
    const userHash = chainActor(r, this.user).scriptHash;
    const invoke = (chain: ModelChain, call: ContractCall, who: string, now: bigint): Outcome =>
      chain.invoke(modelCall(call), { signers: [sender(modelSide.accountOf(who))], now });
    const open = (method: string): ContractCall => ({ contract: m.app, method, args: [arg.hash160(userHash), arg.str(this.question), arg.int(this.spread), arg.int(this.category), arg.int(receipt)] });

    const valid = getter(m, "isScriptValid", bytesItem(scriptHashOf(CALCULATE_CARDS_TEXT)));
    if (valid.type === "Boolean" && valid.value) {
      const hybrid = m.model.copy();
      const initiated = invoke(hybrid, open("initiateReading"), this.user, t);
      const legacy = m.model.copy();
      const requested = invoke(legacy, open("requestReading"), this.user, t);
      if (requested.state === "FAULT") {
        if (initiated.state !== "FAULT") throw new EquivalenceError(this.name(), `requestReading FAULTs "${requested.message}", initiateReading HALTs`);
      } else {
        if (initiated.state !== "HALT") throw new EquivalenceError(this.name(), `requestReading HALTs, initiateReading FAULTs "${initiated.message}"`);
        const reading = initiatedReadingOf(initiated.notifications, m.app)!;
        const settled = invoke(hybrid, { contract: m.app, method: "settleReading", args: [arg.hash160(userHash), arg.int(reading.readingId), arg.array(cards(reading.seed, reading.cardCount).map((c) => arg.int(c))), arg.bytes(scriptHashOf(CALCULATE_CARDS_TEXT))] }, this.user, t + 1_000n);
        const request = requested.notifications.find((n) => n.eventName === "ServiceRequested" && n.contract === m.gateway.toLowerCase())?.args[0];
        const fulfilled = invoke(legacy, { contract: m.gateway, method: "fulfillRequest", args: [arg.int(request?.type === "Integer" ? request.value : 0n), arg.bool(true), arg.bytes(reading.seed), arg.str("")] }, "tee", t + 1_000n);
        const detail = compare(m, reading.readingId, settled, fulfilled, hybrid, legacy);
        if (detail) throw new EquivalenceError(this.name(), detail);
      }
    }
    const args = { signer: this.user, user: this.user, question: this.question, spread: this.spread, category: this.category, receipt: "own" as const, delayMs: 2_000n };
    await new ReadingFlow(args, this.onChain === "hybrid", { kind: "default" }, 0n, false).run(m, r);
  }

  private name(): string {
    return `initiateReading + settleReading ≡ requestReading + callback (${this.user}, spread ${this.spread})`;
  }

  toString(): string {
    return `equivalence(${this.name()}, ${this.onChain} on chain)`;
  }
}

const big = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);

function compare(m: TarotSequence, id: bigint, hybrid: Outcome, legacy: Outcome, h: ModelChain, l: ModelChain): string | undefined {
  if (hybrid.state !== legacy.state) return `settle ${hybrid.state} | callback ${legacy.state}`;
  if (hybrid.state === "FAULT" || legacy.state === "FAULT") return undefined;
  const completed = (o: typeof hybrid) => JSON.stringify(o.notifications.filter((n) => n.eventName === "ReadingCompleted" || n.eventName === "Transfer").map((n) => [n.eventName, n.args]), big);
  if (completed(hybrid) !== completed(legacy)) return `events: hybrid ${completed(hybrid)} | legacy ${completed(legacy)}`;
  const counters = (c: ModelChain) => JSON.stringify(c.storage(m.app).filter((e) => COMPARED_PREFIXES.some((p) => e.keyHex.startsWith(p))));
  if (counters(h) !== counters(l)) return `counters 42–44: hybrid ${counters(h)} | legacy ${counters(l)}`;
  const reading = (c: ModelChain) => {
    const out = c.testInvoke({ contract: m.app, method: "getReading", args: [{ type: "Integer", value: id }] }, 0n);
    const item = out.state === "HALT" ? out.stack[0] : undefined;
    return JSON.stringify(item && "items" in item ? READING_FIELDS.map((i) => item.items[i]) : null, big);
  };
  if (reading(h) !== reading(l)) return `reading record: hybrid ${reading(h)} | legacy ${reading(l)}`;
  return undefined;
}
