import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/** How the RNG worker answers a request: its default randomness, forced bytes, or a failure. */
export type Answer = { readonly kind: "default" } | { readonly kind: "forced"; readonly result: string } | { readonly kind: "fail" };

/**
 * The legacy path's second half (platform.md §4): the TEE account fulfils a pending gateway
 * request of this sequence, the gateway calls the app's onServiceCallback. Each request is
 * delivered once; with none pending the command does nothing.
 */
export class Fulfil implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly pick: number, readonly answer: Answer, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
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
