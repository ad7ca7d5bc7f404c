import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { chainActor } from "../../../harness/chain-actor.js";
import { type DifferentialRun, plainDelay } from "../../../harness/differential-run.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import { delayTo } from "../../../patterns/time-boundary/boundary-delay.js";
import { APP_ID, DRAW_TIMEOUT } from "../../../../simulator/apps/lottery/constants.js";
import { winningTicket } from "../../../../simulator/apps/lottery/prize.js";
import { bytesOfInt } from "../../../../simulator/runtime/integer-bytes.js";
import { currentRound, honestClaim, honestDrawHash, type LotterySequence } from "../sequence-model.js";

export type DrawMethod = "initiateDraw" | "initiateDrawHybrid" | "initiateRound";

/** A draw by ADMIN (or `signer` → "unauthorized"); the RNG worker observes the gateway request, the frontend notes its block time. */
export function drawStep(method: DrawMethod, signer: string, delayMs: bigint): CallStep<LotterySequence> {
  return new CallStep(`${method}() +${delayMs}ms`, signer, () => plainDelay(delayMs), (m) => ({ contract: m.app, method, args: [] }), (m, out) => {
    m.rng.observe(out);
    if (out.state === "HALT" && method !== "initiateRound") m.drawAt = m.time;
  });
}

/** How the RNG worker answers: its default 32 bytes, forced bytes, a result putting the winner in the round's last entry (G10's worst case), or a failure. */
export type Answer = { readonly kind: "default" } | { readonly kind: "forced"; readonly result: string } | { readonly kind: "last-entry" } | { readonly kind: "fail" };

/**
 * The TEE account fulfils a pending gateway request (the newest by default; `pick` chooses among
 * those pending), the gateway calls the app back (onServiceCallback or storeDrawRandomness, as
 * requested). Each request is delivered once; with none pending the command does nothing.
 */
export class Fulfil implements DifferentialCommand<LotterySequence> {
  constructor(readonly pick: number, readonly answer: Answer, readonly delayMs: bigint, readonly signer = "tee") {}

  check(): boolean {
    return true;
  }

  async run(m: LotterySequence, r: DifferentialRun): Promise<void> {
    const pending = m.rng.pendingIds();
    if (pending.length === 0) return;
    const id = pending[pending.length - 1 - (this.pick % pending.length)]!;
    if (this.answer.kind === "forced") m.rng.override(id, this.answer.result);
    if (this.answer.kind === "last-entry") m.rng.override(id, lastEntryResult(currentRound(m).totalTickets));
    if (this.answer.kind === "fail") m.rng.fail(id);
    const f = this.signer === "tee" ? m.rng.deliver(id) : { requestId: id, success: true, result: "ab".repeat(32), error: "" };
    await r.transaction({ contract: m.gateway, method: "fulfillRequest", args: [arg.int(f.requestId), arg.bool(f.success), arg.bytes(f.result), arg.str(f.error)] },
      this.signer, plainDelay(this.delayMs), `fulfillRequest(${id}, ${f.success ? `${f.result.length / 2} bytes` : "failed"})`);
    m.time = r.time;
  }

  toString(): string {
    return `${this.signer === "tee" ? "" : `${this.signer}: `}fulfil(#${this.pick}, ${this.answer.kind === "forced" ? `forced ${this.answer.result.slice(0, 8)}…` : this.answer.kind}, +${this.delayMs}ms)`;
  }
}

/** 32 bytes R with w(R, T) = T − 1 (the last ticket, so the last entry), found by counting. */
export function lastEntryResult(totalTickets: bigint): string {
  if (totalTickets <= 0n) return "ab".repeat(32);
  for (let i = 0n; ; i++) {
    const r = bytesOfInt(i).padEnd(64, "0");
    if (winningTicket(r, totalTickets) === totalTickets - 1n) return r;
  }
}

export type SettleAlias = "settleRoundOptimized" | "settleRoundWithWinner" | "settleRound";

/** The honest settlement by anyone (`signer`): the frontend's claim from getRoundRandomness and getRoundEntry; without stored randomness, a claim of entry 0 ("no randomness"). */
export function settleStep(alias: SettleAlias, signer: string, delayMs: bigint): CallStep<LotterySequence> {
  return new CallStep(`${alias}(honest) +${delayMs}ms`, signer, () => plainDelay(delayMs), (m, r) => {
    const h = honestClaim(m);
    const round = h?.round ?? currentRound(m);
    const winner = h ? displayName(m, h.claim.winner) : "u1";
    return { contract: m.app, method: alias, args: [arg.int(round.id), arg.hash160(actorHash(r, winner)), arg.int(h?.claim.entryIndex ?? 0n), arg.bytes(honestDrawHash())] };
  });
}

/** The account name of a little-endian hash (the players are the world's accounts). */
export function displayName(m: LotterySequence, h: string): string {
  return m.names.get(h as never) ?? "u1";
}

export const actorHash = (r: DifferentialRun, name: string): string => chainActor(r, name).scriptHash;

/**
 * `cancelDraw(roundId)` by ADMIN (or `signer`), at the boundary pair of LO-P11: `B + offset` with
 * B = 4C + DRAW_TIMEOUT (offset −1: "draw not timed out"; 0: accepted), or after a plain delay;
 * `roundDelta` ≠ 0 names another round ("no pending draw").
 */
export function cancelStep(signer: string, at: { readonly kind: "boundary"; readonly offset: bigint } | { readonly kind: "ms"; readonly ms: bigint }, roundDelta: bigint): CallStep<LotterySequence> {
  const when = at.kind === "boundary" ? `@B${at.offset === 0n ? "" : at.offset > 0n ? `+${at.offset}` : at.offset}` : `+${at.ms}ms`;
  // The boundary pair stays exact (README §5); a plain delay only lets time pass: what the
  // cancellation meets (timed out or not) is the model's, for the time its block runs at.
  return new CallStep(`cancelDraw(current${roundDelta === 0n ? "" : roundDelta > 0n ? `+${roundDelta}` : roundDelta}) ${when}`, signer,
    (m) => (at.kind === "ms" ? plainDelay(at.ms) : m.drawAt === undefined ? 1n : delayTo(m.time, m.drawAt + DRAW_TIMEOUT + at.offset).delay),
    (m) => ({ contract: m.app, method: "cancelDraw", args: [arg.int(currentRound(m).id + roundDelta)] }));
}

/** A callback called by an account, not through the gateway: "only gateway". */
export function directCallbackStep(method: "onServiceCallback" | "storeDrawRandomness", signer: string, delayMs: bigint): CallStep<LotterySequence> {
  return new CallStep(`${method}(direct) +${delayMs}ms`, signer, () => plainDelay(delayMs), (m) => ({
    contract: m.app, method, args: [arg.int(m.rng.pendingIds().at(-1) ?? 1n), arg.str(APP_ID), arg.str("rng"), arg.bool(true), arg.bytes("ab".repeat(32)), arg.str("")],
  }));
}
