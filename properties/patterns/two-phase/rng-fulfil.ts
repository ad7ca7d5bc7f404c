import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";

/** How the RNG worker answers a request: its default randomness, forced bytes, or a failure (platform.md §4). */
export type RngAnswer = { readonly kind: "default" } | { readonly kind: "forced"; readonly result: string } | { readonly kind: "fail" };

/** What a sequence with gateway RNG requests knows: the RNG worker watching the gateway, the gateway's hash, T_last. */
export interface RngSequence {
  readonly rng: RngService;
  readonly gateway: string;
  time: bigint;
}

/**
 * The RNG flow's second half, for every app that requests randomness through the
 * ServiceLayerGateway (platform.md §4): the TEE account fulfils a pending request of this
 * sequence, the gateway calls the app's callback. Each request is delivered once; with none
 * pending the command does nothing.
 */
export class RngFulfil<M extends RngSequence> implements DifferentialCommand<M> {
  constructor(readonly pick: number, readonly answer: RngAnswer, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    const pending = m.rng.pendingIds();
    if (pending.length === 0) return;
    const id = pending[this.pick % pending.length]!;
    if (this.answer.kind === "forced") m.rng.override(id, this.answer.result);
    if (this.answer.kind === "fail") m.rng.fail(id);
    const f = m.rng.deliver(id);
    await r.transaction({ contract: m.gateway, method: "fulfillRequest", args: [arg.int(f.requestId), arg.bool(f.success), arg.bytes(f.result), arg.str(f.error)] },
      "tee", this.delayMs, `fulfillRequest(${id}, ${f.success ? `${f.result.length / 2} bytes` : "failed"})`);
    m.time = r.time;
  }

  toString(): string {
    return `fulfil(#${this.pick}, ${this.answer.kind === "forced" ? `forced ${this.answer.result.slice(0, 8)}…` : this.answer.kind}, +${this.delayMs}ms)`;
  }
}
