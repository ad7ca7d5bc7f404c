import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import { serialize } from "../../../simulator/runtime/serialize.js";
import { withField } from "../../../simulator/runtime/record-fields.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { APP_ID } from "../../../simulator/apps/red-envelope/constants.js";
import { envelopeKey, PREFIX_PACKET } from "../../../simulator/apps/red-envelope/storage-keys.js";
import { PREFIX_OPERATION_SEED } from "../../../simulator/bases/mini-app-compute-base-seeds.js";
import { chainActor } from "../../harness/chain-actor.js";
import { type DifferentialRun, plainDelay } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import { outcomeDiff } from "../../harness/outcome-diff.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { storageDiff } from "../../harness/storage-diff.js";
import { EquivalenceError } from "../../patterns/equivalence/equivalence-command.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { createStep } from "./commands/create-envelope.js";
import { eagerCall, lazyCall } from "./commands/settle.js";
import { envelopeCount, type EnvelopeSequence } from "./sequence-model.js";

/**
 * RE-P3, the first pair (G8): from one pending envelope, `settleEnvelopeLazy` and
 * `settleEnvelope(D(seed))` on two copies of the model, then the same claims (several claimers,
 * one of them twice) and, past the expiry, the creator's refund on both: every outcome (state,
 * message, return, notifications: amounts, transfers, EnvelopeClaimed/Completed/Refunded) must be
 * equal, and the app's storage must differ only in Mode, the stored packets `43‖…` and the seed
 * `22‖id`. Then one of the two paths runs on the chain and the model, with the same claims, as
 * every step does.
 */
export class LazyEagerEquivalence implements DifferentialCommand<EnvelopeSequence> {
  constructor(readonly creator: string, readonly total: bigint, readonly packets: bigint, readonly claimers: readonly string[], readonly refund: boolean, readonly onChain: "hybrid" | "deprecated") {}

  check(): boolean {
    return true;
  }

  async run(m: EnvelopeSequence, r: DifferentialRun): Promise<void> {
    // The set-up may share blocks; the pair itself runs on the chain at exactly the times both paths
    // were compared at (the refund 600 s after the last claim: past the expiry on both).
    await payReceipt(m, r, this.creator, this.total, plainDelay(1_000n), APP_ID);
    await createStep("initiateEnvelope", this.creator, { creator: this.creator, total: this.total, packets: this.packets, durationMs: 600_000n, message: "eq" }, "own", 1n).run(m, r);
    const id = envelopeCount(m);
    const later: { call: ContractCall; sender: string; delay: bigint }[] = this.claimers.map((c) => ({
      call: { contract: m.app, method: "claim", args: [arg.int(id), arg.hash160(chainActor(r, c).scriptHash)] }, sender: c, delay: 1_000n,
    }));
    if (this.refund) later.push({ call: { contract: m.app, method: "refundEnvelope", args: [arg.int(id)] }, sender: this.creator, delay: 600_000n });
    const side = r.model as ModelSystem;
    const play = (settle: ContractCall): { outs: Outcome[]; chain: ModelChain } => {
      const chain = m.model.copy();
      let t = m.time;
      const outs = [settle, ...later.map((l) => l.call)].map((call, i) => {
        t += i === 0 ? 1n : later[i - 1]!.delay;
        return chain.invoke(modelCall(call), { signers: [sender(side.accountOf(i === 0 ? this.creator : later[i - 1]!.sender))], now: t });
      });
      return { outs, chain };
    };
    const lazy = play(lazyCall(m, r, this.creator, id));
    const eager = play(eagerCall(m, r, this.creator, id));
    lazy.outs.forEach((o, i) => {
      const first = outcomeDiff(eager.outs[i]!, o)[0];
      if (first) throw new EquivalenceError("settleEnvelopeLazy ≡ settleEnvelope", `step ${i} (${i === 0 ? "settle" : showCall(later[i - 1]!.call)}): ${first.field}: deprecated ${first.model ?? "—"} | hybrid ${first.chain ?? "—"}`);
    });
    const first = storageDiff(m.app, comparable(eager.chain, m.app, id), comparable(lazy.chain, m.app, id))[0];
    if (first) throw new EquivalenceError("settleEnvelopeLazy ≡ settleEnvelope", `storage ${first.field}: deprecated ${first.model ?? "—"} | hybrid ${first.chain ?? "—"}`);

    const settle = this.onChain === "hybrid" ? lazyCall(m, r, this.creator, id) : eagerCall(m, r, this.creator, id);
    await r.transaction(settle, this.creator, 1n, `${this.onChain === "hybrid" ? "settleEnvelopeLazy" : "settleEnvelope"}(${id})`);
    for (const l of later) await r.transaction(l.call, l.sender, l.delay);
    m.time = r.time;
  }

  toString(): string {
    return `equivalence(lazy ≡ eager, ${this.creator}, T=${this.total}, n=${this.packets}, claims ${this.claimers.join(" ")}${this.refund ? ", refund" : ""}, ${this.onChain} on chain)`;
  }
}

const showCall = (c: ContractCall) => c.method;

/** The app's storage without what the pair may differ in: stored packets, the seed, the envelope's Mode. */
function comparable(chain: ModelChain, app: string, id: bigint) {
  const seedKey = PREFIX_OPERATION_SEED + envelopeKey(id).slice(2);
  return chain.storage(app).filter((e) => !e.keyHex.startsWith(PREFIX_PACKET) && e.keyHex !== seedKey).map((e) =>
    e.keyHex === envelopeKey(id) ? { ...e, valueHex: serialize(withField(deserialize(e.valueHex), 10, { type: "Integer", value: 0n })) } : e);
}
