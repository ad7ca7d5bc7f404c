import type { DifferentialCommand } from "../../../harness/run-property.js";
import { FLEXIBLE_SLACK_MS, flexible, type DifferentialRun, type FlexibleDelay } from "../../../harness/differential-run.js";
import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../../neo-express/driver/contract-call.js";
import { payReceipt } from "../../../patterns/pay-then-act/pay-receipt.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { APP_ID } from "../../../../simulator/apps/burn-league/constants.js";
import { frontendBurn, type BurnSubmission } from "../../../../simulator/apps/burn-league/frontend.js";
import { account, burnState, type BurnSequence } from "../sequence-model.js";
import { boundaryOf, resolveDelay, showDelay, type Delay } from "../delay.js";

/** A single-field change of the frontend's submission (BL-P2), or none. */
export type Tamper = "none" | "flip" | "streak+k" | "streak-k" | "points+k" | "points-k";

/**
 * How the hybrid's values are computed: honest for the executing block (README §5), or as a
 * frontend does from the getter's `currentTime` (tinv): stale when a streak window end lies
 * between tinv and the block.
 */
export type FrontendTime = "block" | "tinv";

export interface BurnPlan {
  readonly signer: string;
  readonly burner: string;
  readonly amount: bigint;
  /** Pay `amount + margin` first and present that receipt; undefined: present a held receipt. */
  readonly payMargin?: bigint;
  readonly receipt: ReceiptChoice;
  readonly path: "hybrid" | "legacy";
  readonly frontend: FrontendTime;
  readonly tamper: Tamper;
  readonly k: bigint;
  readonly delay: Delay;
}

/**
 * A burn (burn-league.md "Payment"): the burner pays `amount` (plus a margin) to PaymentHub, then
 * in a later block calls `burnGasWithCalculation(burner, amount, receiptId, F(state, amount, now))`
 * [H] or the legacy `burnGas(burner, amount, receiptId)`; or presents a receipt it holds (stale,
 * foreign, another payer's). The signer may differ from the burner ("unauthorized").
 */
export class Burn implements DifferentialCommand<BurnSequence> {
  constructor(readonly plan: BurnPlan) {}

  check(): boolean {
    return true;
  }

  async run(m: BurnSequence, r: DifferentialRun): Promise<void> {
    const p = this.plan;
    const paid = p.payMargin === undefined ? undefined : await payReceipt(m, r, p.burner, p.amount + p.payMargin, payDelay(m, p), APP_ID);
    const receiptId = paid ?? pickReceipt(m, p.burner, p.receipt);
    const delay = resolveDelay(m, p.burner, p.delay);
    const state = burnState(m, p.burner);
    // F for the block's time (honest, built once its time is fixed: a plain delay may then take
    // a shared block's time), or from the getter's currentTime (tinv) whenever the block comes.
    const f = (time: bigint) => tampered(frontendBurn(state, p.amount, p.frontend === "block" ? time : state.currentTime), p.tamper, p.k);
    const hybrid = p.path === "hybrid";
    const { model } = await r.transaction((time) => burnCall(m, p.burner, p.amount, receiptId, hybrid ? f(time) : undefined), p.signer, delay,
      (time) => `${hybrid ? "burnGasWithCalculation" : "burnGas"}(${p.burner}, ${p.amount}, receipt=${receiptId}${hybrid ? `, ${f(time).points}, ${f(time).newStreak}, ${f(time).continued}` : ""})`);
    if (model.state === "HALT") m.beforeLastBurn.set(p.burner, state);
    m.time = r.time;
  }

  toString(): string {
    const p = this.plan;
    const how = p.path === "legacy" ? "legacy" : `hybrid@${p.frontend}${p.tamper === "none" ? "" : `, ${p.tamper.replace("k", String(p.k))}`}`;
    const receipt = p.payMargin === undefined ? p.receipt : `pay+${p.payMargin}`;
    return `burn(${p.signer === p.burner ? p.burner : `${p.signer}→${p.burner}`}, ${p.amount}, ${how}, ${receipt}, ${showDelay(p.delay)})`;
  }
}

/**
 * The payment a second before the burn: it only makes the receipt, so it may share a block, but
 * before a burn aimed at a boundary never later than the millisecond before it (the boundary must
 * stay ahead of it to be hit).
 */
function payDelay(m: BurnSequence, p: BurnPlan): FlexibleDelay {
  const target = p.delay.kind === "ms" ? undefined : boundaryOf(m, p.burner, p.delay);
  return flexible(1_000n, FLEXIBLE_SLACK_MS, target === undefined ? undefined : target - 1n);
}

/** `burnGasWithCalculation` with `f`, or `burnGas` without. */
export function burnCall(m: BurnSequence, burner: string, amount: bigint, receiptId: bigint, f?: BurnSubmission): ContractCall {
  const head = [account(m, burner), arg.int(amount), arg.int(receiptId)];
  return f
    ? { contract: m.app, method: "burnGasWithCalculation", args: [...head, arg.int(f.points), arg.int(f.newStreak), arg.bool(f.continued)] }
    : { contract: m.app, method: "burnGas", args: head };
}

export function tampered(f: BurnSubmission, t: Tamper, k: bigint): BurnSubmission {
  switch (t) {
    case "none": return f;
    case "flip": return { ...f, continued: !f.continued };
    case "streak+k": return { ...f, newStreak: f.newStreak + k };
    case "streak-k": return { ...f, newStreak: f.newStreak - k };
    case "points+k": return { ...f, points: f.points + k };
    case "points-k": return { ...f, points: f.points - k };
  }
}
