import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { ReadStep } from "../../patterns/call-step/call-step.js";
import { frontendItems, pickMachine, type NeoGachaSequence } from "./sequence-model.js";

/** A selection check's arguments relative to the loop's answer e (NG-P2): honest, a neighbour with its own or e's Cwb, C ± 1, W ± 1, out of range. */
export type Probe = "honest" | "next" | "prev" | "next-own-c" | "prev-own-c" | "c+1" | "c-1" | "w+1" | "w-1" | "zero" | "past" | "alias";

/**
 * NG-P2 and NG-P8 (G6 on both sides, and the spec's own answer as a third party): for a machine and
 * input x, `calculateExpectedSelection` (the loop, e) and `verifySelectionO1` with the probe's
 * arguments, which must be true exactly when `e ≥ 1 ∧ i = e ∧ C = Cwb_e ∧ W = TotalWeight`; then
 * getAvailableWeight, getMachineItemsForFrontend, getMachine, getMachineItem (including an index
 * that would alias another machine's item, 2^32 + 1), getPlay, getPlayRandomness, totalMachines
 * and getGachaConstants.
 */
export function readGetters(pick: number, x: string, probe: Probe, playId: bigint): ReadStep<NeoGachaSequence> {
  let expected: boolean | undefined;
  return new ReadStep<NeoGachaSequence>(`getters(#${pick}, x ${x.slice(0, 8)}…, ${probe}, play ${playId})`, (m) => {
    const id = pickMachine(m, pick);
    const items = frontendItems(m, id);
    const n = BigInt(items.length);
    const total = items.reduce((a, it) => a + it.weight, 0n);
    const e = m.model.testInvoke({ contract: m.app, method: "calculateExpectedSelection", args: [{ type: "Integer", value: id }, { type: "ByteString", hex: x }] }, m.time + 15_000n);
    const sel = e.state === "HALT" && e.stack[0]?.type === "Integer" ? e.stack[0].value : 0n;
    const cwb = (i: bigint) => items[Number(i) - 1]?.cumulativeWeightBefore ?? 0n;
    const base = { i: sel, c: cwb(sel), w: total };
    const args: Record<Probe, { i: bigint; c: bigint; w: bigint }> = {
      honest: base, next: { ...base, i: sel + 1n }, prev: { ...base, i: sel - 1n }, "next-own-c": { ...base, i: sel + 1n, c: cwb(sel + 1n) },
      "prev-own-c": { ...base, i: sel - 1n, c: cwb(sel - 1n) }, "c+1": { ...base, c: base.c + 1n }, "c-1": { ...base, c: base.c - 1n }, "w+1": { ...base, w: total + 1n },
      "w-1": { ...base, w: total - 1n }, zero: { ...base, i: 0n }, past: { ...base, i: n + 1n }, alias: { ...base, i: 2n ** 32n + 1n },
    };
    const a = args[probe];
    expected = sel >= 1n && a.i === sel && a.c === cwb(sel) && a.w === total;
    const c = (method: string, ...xs: ReturnType<typeof arg.int>[]): ContractCall => ({ contract: m.app, method, args: xs });
    return [
      c("calculateExpectedSelection", arg.int(id), arg.bytes(x)),
      c("verifySelectionO1", arg.int(id), arg.bytes(x), arg.int(a.i), arg.int(a.c), arg.int(a.w)),
      c("getAvailableWeight", arg.int(id)), c("getMachineItemsForFrontend", arg.int(id)), c("getMachine", arg.int(id)),
      c("getMachineItem", arg.int(id), arg.int(a.i)), c("getMachineItem", arg.int(id - 1n), arg.int(2n ** 32n + 1n)),
      c("getPlay", arg.int(playId)), c("getPlayRandomness", arg.int(playId)), c("totalMachines"), c("getGachaConstants"),
    ];
  }, (_m, outcomes: readonly Outcome[]) => {
    const v = outcomes[1];
    const got = v?.state === "HALT" && v.stack[0]?.type === "Boolean" ? v.stack[0].value : undefined;
    if (got !== expected) throw new Error(`NG-P2: verifySelectionO1 (${probe}) returned ${got}, the loop's answer says ${expected}`);
  });
}
