import type { ChainInvariant } from "../../harness/chain-invariant.js";
import type { PlatformInvariants } from "../platform-property.js";
import { entriesUnder, transitionInvariant, type ChainState, type Transition } from "../transition-invariant.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import { intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import { bytesField, intField } from "../../../simulator/runtime/record-fields.js";
import { consecutiveIdProblems } from "../consecutive-ids.js";

/**
 * PaymentHub's accounting read from the chain alone (platform.md §1 "Storage", spelled out here
 * rather than imported from the model): 03‖utf8(appId) balance, 04‖bytes(id) Receipt
 * [Id, AppId, Payer, Amount, Timestamp, Memo], 05 the last issued id.
 */
const HUB = "PaymentHub";
const BALANCE = "03";
const RECEIPT = "04";
const COUNTER = "05";

interface Receipt {
  readonly id: bigint;
  readonly appId: string;
  readonly amount: bigint;
}

function receipts(state: ChainState): Map<bigint, { receipt: Receipt; raw: string }> {
  const out = new Map<bigint, { receipt: Receipt; raw: string }>();
  for (const [key, raw] of entriesUnder(state, HUB, RECEIPT)) {
    const r = deserialize(raw);
    out.set(intOfBytes(key), { receipt: { id: intField(r, 0), appId: bytesField(r, 1), amount: intField(r, 3) }, raw });
  }
  return out;
}

const counter = (state: ChainState) => intOfBytes(state.storage.get(HUB)?.get(COUNTER) ?? "");
const hubEvents = (step: Transition, hub: string, name: string) =>
  step.outcome.state === "HALT" ? step.outcome.notifications.filter((n) => n.contract === hub && n.eventName === name) : [];

/**
 * PH-P1: the stored receipts are exactly ids 1…counter, each under its own id; a receipt, once
 * stored, never changes; the PaymentReceived ids of a step continue the counter one by one.
 */
const receiptIds = (hub: string): ChainInvariant => transitionInvariant("PH-P1", (step) => {
  const before = receipts(step.before);
  const after = receipts(step.after);
  const issued = hubEvents(step, hub, "PaymentReceived").map((e) => (e.args[0]?.type === "Integer" ? e.args[0].value : -1n));
  const problems = consecutiveIdProblems("receipt", new Map([...after].map(([id, { receipt }]) => [id, receipt.id])),
    { before: counter(step.before), after: counter(step.after) }, { event: "PaymentReceived", ids: issued });
  for (const [id, { raw }] of before) if (after.get(id)?.raw !== raw) problems.push(`receipt ${id} changed or vanished after it was issued`);
  return problems;
});

/**
 * PH-P2: for every app id, Σ amounts of its stored receipts − Σ `Withdrawn` totals so far =
 * its stored balance (03‖appId, absent = 0). The withdrawn totals accumulate from the hub's
 * notifications over the sequence (the fixture has no receipts and no withdrawals).
 */
function receiptsMinusWithdrawn(hub: string): ChainInvariant {
  const withdrawn = new Map<string, bigint>();
  return transitionInvariant("PH-P2", (step) => {
    for (const e of hubEvents(step, hub, "Withdrawn")) {
      const [id, total] = e.args;
      if (id?.type === "ByteString" && total?.type === "Integer") withdrawn.set(id.hex, (withdrawn.get(id.hex) ?? 0n) + total.value);
    }
    const received = new Map<string, bigint>();
    for (const { receipt } of receipts(step.after).values()) received.set(receipt.appId, (received.get(receipt.appId) ?? 0n) + receipt.amount);
    const balances = entriesUnder(step.after, HUB, BALANCE);
    const apps = new Set([...received.keys(), ...withdrawn.keys(), ...balances.keys()]);
    return [...apps].flatMap((app) => {
      const expected = (received.get(app) ?? 0n) - (withdrawn.get(app) ?? 0n);
      const balance = intOfBytes(balances.get(app) ?? "");
      return expected === balance ? [] : [`app ${Buffer.from(app, "hex").toString("utf8")}: Σ receipts − Σ withdrawn = ${expected}, getAppBalance = ${balance}`];
    });
  });
}

/** Funds stay in the hub, only withdraw moves them out (§1): the hub's GAS is the sum of the app balances. */
const fundsHeld = (): ChainInvariant => transitionInvariant("PH-funds", (step) => {
  const held = step.after.gas.get(HUB) ?? 0n;
  const total = [...entriesUnder(step.after, HUB, BALANCE).values()].reduce((s, v) => s + intOfBytes(v), 0n);
  return held === total ? [] : [`PaymentHub holds ${held} GAS datoshi, its app balances sum to ${total}`];
});

export const paymentHubInvariants: PlatformInvariants = (contracts) => {
  const hub = contracts.get(HUB)!;
  return [receiptIds(hub), receiptsMinusWithdrawn(hub), fundsHeld()];
};
