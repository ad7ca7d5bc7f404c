import { sender } from "../../../simulator/runtime/witness.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import { APP_ID, MIN_PACKET, MODE, STATE } from "../../../simulator/apps/red-envelope/constants.js";
import { H } from "../../../simulator/runtime/hash.js";
import { bytesOfInt } from "../../../simulator/runtime/integer-bytes.js";
import { rand } from "../../../simulator/runtime/rand.js";
import { frontendDistribution } from "../../../simulator/apps/red-envelope/frontend.js";
import { type DifferentialRun, plainDelay } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { createStep } from "./commands/create-envelope.js";
import { eagerCall, lazyCall } from "./commands/settle.js";
import { envelopeCount, envelopeState, newestWhere, type EnvelopeSequence } from "./sequence-model.js";

/**
 * RE-P2's table for `settleEnvelope` [D] and `settleEnvelopeLazy` [H] (red-envelope.md): the
 * creator pays and initiates an envelope, every row must fault with its message, then the honest
 * settlement (D from the frontend for the eager one) passes.
 */
export function settlePattern(eager: boolean, creator: string, other: string, total: bigint, packets: bigint, j: number): FrontendPattern<EnvelopeSequence> {
  let id = 0n;
  const settle = (m: EnvelopeSequence, r: DifferentialRun, who: string, envelope: bigint, amounts?: readonly bigint[], hash?: string) =>
    eager ? eagerCall(m, r, who, envelope, amounts, hash) : lazyCall(m, r, who, envelope, hash);
  const scriptOk = (m: EnvelopeSequence) => {
    const read = (method: string, ...args: StackItem[]) => m.model.testInvoke({ contract: m.app, method, args }, m.time + 1n);
    const paused = read("isPaused");
    const enabled = read("isScriptEnabled", { type: "ByteString", hex: Buffer.from("distribute-packets").toString("hex") });
    return paused.state === "HALT" && paused.stack[0]?.type === "Boolean" && !paused.stack[0].value && enabled.state === "HALT" && enabled.stack[0]?.type === "Boolean" && enabled.stack[0].value;
  };
  return {
    name: `${eager ? "settleEnvelope" : "settleEnvelopeLazy"}(${creator}, n=${packets})`,
    honestNever: ["distribution mismatch", "wrong packet count", "script hash mismatch", "script disabled", "not creator", "envelope not found", "envelope not pending", "unauthorized", "seed not found"],
    applicable: scriptOk,
    prepare: async (m, r) => {
      await payReceipt(m, r, creator, total, plainDelay(1_000n), APP_ID);
      await createStep("initiateEnvelope", creator, { creator, total, packets, durationMs: 3_600_000n, message: "" }, "own", 1n).run(m, r);
      id = envelopeCount(m);
      if (!newestWhere(m, (_s, c) => c === other)) {
        await payReceipt(m, r, other, total, plainDelay(1n), APP_ID);
        await createStep("initiateEnvelope", other, { creator: other, total, packets: 1n, durationMs: 0n, message: "" }, "own", 1n).run(m, r);
      }
    },
    honest: (m, r) => ({ call: settle(m, r, creator, id), sender: creator }),
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m, r) => {
      const rows: PerturbationCase[] = [];
      const row = (label: string, call: ReturnType<typeof settle>, expected: string, signer = creator) => rows.push({ label: `${call.method}(${label})`, call, sender: signer, expected });
      row("scriptHash: other 32 bytes", settle(m, r, creator, id, undefined, "5a".repeat(32)), "script hash mismatch");
      row("creator: another account", settle(m, r, other, id), "unauthorized");
      row("envelopeId: never issued", settle(m, r, creator, envelopeCount(m) + 11n), "envelope not found");
      const foreign = newestWhere(m, (_s, c) => c === other);
      if (foreign) row("envelopeId: another creator's", settle(m, r, creator, foreign), "not creator");
      const closed = newestWhere(m, (s, c) => c === creator && !(s.state === STATE.pending && s.mode === MODE.unsettled));
      if (closed) row(`envelopeId: settled, refunded or legacy (#${closed})`, settle(m, r, creator, closed), "envelope not pending");
      if (eager) {
        const d = frontendDistribution(envelopeState(m, id)) ?? [];
        const n = d.length, i = j % n, k = (i + 1) % n;
        const mismatch = (label: string, a: bigint[]) => { if (a.some((x, q) => x !== d[q])) row(label, settle(m, r, creator, id, a), "distribution mismatch"); };
        row("amounts: length n + 1", settle(m, r, creator, id, [...d, MIN_PACKET]), "wrong packet count");
        row("amounts: length n − 1", settle(m, r, creator, id, d.slice(0, -1)), "wrong packet count");
        mismatch(`a_${i} + 1`, d.map((a, q) => (q === i ? a + 1n : a)));
        mismatch(`a_${i} − 1`, d.map((a, q) => (q === i ? a - 1n : a)));
        if (n >= 2) mismatch(`a_${i} + 1, a_${k} − 1 (sum kept)`, d.map((a, q) => (q === i ? a + 1n : q === k ? a - 1n : a)));
        if (n >= 2) mismatch(`a_${i} ↔ a_${k}`, d.map((a, q) => (q === i ? d[k]! : q === k ? d[i]! : a)));
        mismatch("1-based indices (r_k from H(s ‖ bytes(k + 1)))", oneBased(m.seeds.get(id) ?? "", total, BigInt(n)));
      }
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // Settlement has no time check (red-envelope.md RE-P8), and the rows are built from the stored
    // envelopes and the seed: the table holds at any time.
    latest: () => null,
  };
}

/** D computed with the packet index off by one: the frontend bug RE-P2 names "a 1-based shift". */
function oneBased(seed: string, total: bigint, n: bigint): bigint[] {
  const out: bigint[] = [];
  let rem = total;
  for (let k = 0n; k < n; k++) {
    let a = rem;
    if (k !== n - 1n) {
      const range = rem - (n - 1n - k) * MIN_PACKET - MIN_PACKET;
      a = range > 0n ? MIN_PACKET + (rand(H(seed + bytesOfInt(k + 1n))) % range) : MIN_PACKET;
    }
    out.push(a);
    rem -= a;
  }
  return out;
}
