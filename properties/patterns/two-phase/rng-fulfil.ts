import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import type { DifferentialRun } from "../../harness/differential-run.js";

/** How the RNG worker answers a request: its default randomness, forced bytes (1–256, README §7), or a failure. */
export type Answer = { readonly kind: "default" } | { readonly kind: "forced"; readonly result: string } | { readonly kind: "fail" };

/** What a sequence with a legacy RNG path knows: the gateway, the RNG worker watching it, T_last. */
export interface RngSequence {
  readonly gateway: string;
  readonly rng: RngService;
  time: bigint;
}

/**
 * The legacy path's second half (platform.md §4), for every app with one: the TEE account fulfils
 * a pending gateway request of this sequence and the gateway calls the app's onServiceCallback.
 * Each request is delivered once; with none pending the command does nothing.
 */
export class Fulfil<M extends RngSequence> implements DifferentialCommand<M> {
  constructor(readonly pick: number, readonly answer: Answer, readonly delayMs: bigint) {}

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
