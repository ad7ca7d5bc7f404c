import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { sender } from "../../../simulator/runtime/witness.js";
import { displayOf, ZERO_HASH160 } from "../../../simulator/runtime/hash160.js";
import { TICKET_PRICE } from "../../../simulator/apps/lottery/constants.js";
import { type DifferentialRun, plainDelay } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import { APP_ID } from "../../../simulator/apps/lottery/constants.js";
import { buyStep } from "./commands/tickets.js";
import { drawStep, Fulfil, type SettleAlias } from "./commands/draw.js";
import { getter, honestClaim, honestDrawHash, isDrawPending, type LotterySequence } from "./sequence-model.js";
import { stringItem } from "../../../simulator/runtime/items.js";

/** One purchase of the set-up: player, tickets. Entries of one player apart by the default cooldown (30 s). */
export type Purchase = readonly [player: string, tickets: bigint];

const COOLDOWN_GAP = 30_001n;

/**
 * LO-P2's table for `settleRoundOptimized` and its aliases: with randomness stored for the current
 * round (a seed draw or a hybrid RNG draw set up from `purchases` when none is), every row must
 * fault with its message, then the honest claim (the frontend's binary search over getRoundEntry)
 * passes. The index rows are the cumulative boundary's off-by-one neighbours: entry i ± 1 with the
 * honest winner ("winner mismatch" for another player's entry, "invalid winner" for the same
 * player's), and with that entry's own player ("invalid winner").
 */
export function settlePattern(alias: SettleAlias, purchases: readonly Purchase[], draw: "seed" | "rng", settler: string): FrontendPattern<LotterySequence> {
  const settle = (m: LotterySequence, roundId: bigint, winner: string, index: bigint, hash = honestDrawHash()): ContractCall =>
    ({ contract: m.app, method: alias, args: [arg.int(roundId), arg.hash160(winner), arg.int(index), arg.bytes(hash)] });
  const enabled = (m: LotterySequence) => {
    const paused = getter(m, "isPaused");
    const script = getter(m, "isScriptEnabled", stringItem("draw-winner"));
    return paused.type === "Boolean" && !paused.value && script.type === "Boolean" && script.value;
  };
  return {
    name: `${alias}(${draw} draw, ${purchases.length} purchases)`,
    honestNever: ["script hash mismatch", "script disabled", "not current round", "no randomness", "invalid entry index", "winner mismatch", "invalid winner"],
    applicable: (m) => enabled(m) && (honestClaim(m) !== null || !isDrawPending(m)),
    prepare: async (m, r) => {
      if (honestClaim(m)) return;
      for (const [p, n] of purchases) {
        await payReceipt(m, r, p, n * TICKET_PRICE, plainDelay(COOLDOWN_GAP), APP_ID);
        await buyStep(p, p, n, "own", 1n).run(m, r);
      }
      if (draw === "seed") await drawStep("initiateRound", "admin", 1n).run(m, r);
      else {
        await drawStep("initiateDrawHybrid", "admin", 1n).run(m, r);
        await new Fulfil(0, { kind: "default" }, 1n).run(m, r);
      }
    },
    // No randomness stored after `prepare` (its purchases met the bet limits, so the round never
    // had its minimum of participants; or the RNG request failed): a frontend has no claim to
    // settle, and the pattern has nothing to judge.
    honest: (m) => {
      const h = honestClaim(m);
      return h && { call: settle(m, h.round.id, displayOf(h.claim.winner), h.claim.entryIndex), sender: settler };
    },
    dryRun: (m, r, honest, time) => m.model.copy().invoke(modelCall(honest.call), { signers: [sender((r.model as ModelSystem).accountOf(honest.sender))], now: time }),
    perturbations: (m, r: DifferentialRun) => {
      const h = honestClaim(m);
      if (!h) return [];
      const rows: PerturbationCase[] = [];
      const { round, entries, claim } = h;
      const winner = displayOf(claim.winner);
      const row = (label: string, call: ContractCall, expected: string) => rows.push({ label: `${alias}(${label})`, call, sender: settler, expected });
      row("scriptHash: other 32 bytes", settle(m, round.id, winner, claim.entryIndex, "5a".repeat(32)), "script hash mismatch");
      row("roundId: 40 + 1", settle(m, round.id + 1n, winner, claim.entryIndex), "not current round");
      row("roundId: 40 − 1", settle(m, round.id - 1n, winner, claim.entryIndex), "not current round");
      row("claimedEntryIndex: −1", settle(m, round.id, winner, -1n), "invalid entry index");
      row("claimedEntryIndex: EntryCount", settle(m, round.id, winner, round.entryCount), "invalid entry index");
      for (const d of [-1n, 1n]) {
        const i = claim.entryIndex + d;
        const e = entries[Number(i)];
        if (i < 0n || !e) continue;
        row(`claimedEntryIndex: honest ${d > 0n ? "+" : "−"} 1 (the boundary's neighbour)`, settle(m, round.id, winner, i), e.player === claim.winner ? "invalid winner" : "winner mismatch");
        row(`claimedEntryIndex ${d > 0n ? "+" : "−"} 1 with that entry's own player`, settle(m, round.id, displayOf(e.player), i), "invalid winner");
      }
      const foreign = entries.findIndex((e) => e.player !== claim.winner);
      if (foreign >= 0) row(`claimedEntryIndex: another player's entry (${foreign})`, settle(m, round.id, winner, BigInt(foreign)), "winner mismatch");
      const same = entries.findIndex((e, i) => e.player === claim.winner && BigInt(i) !== claim.entryIndex);
      if (same >= 0) row(`claimedEntryIndex: another entry of the same player (${same})`, settle(m, round.id, winner, BigInt(same)), "invalid winner");
      const other = ["u1", "u2", "u3", "u4"].map((n) => (r.model as ModelSystem).accountOf(n)).find((a) => a !== claim.winner);
      if (other) row("claimedWinner: another test account", settle(m, round.id, displayOf(other), claim.entryIndex), "winner mismatch");
      row("claimedWinner: Zero", settle(m, round.id, displayOf(ZERO_HASH160), claim.entryIndex), "winner mismatch");
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // Settlement has no time check: once the randomness is stored, cancelDraw no longer applies
    // ("no pending draw") and the rows, built from the stored state, meet the same checks at any time.
    latest: () => null,
  };
}
