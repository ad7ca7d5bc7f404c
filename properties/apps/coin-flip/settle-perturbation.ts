import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, SCRIPT_NAME } from "../../../simulator/apps/coin-flip/constants.js";
import { FLIP_COIN_TEXT } from "../../../simulator/apps/coin-flip/flip-coin-script.js";
import { flexible, type DifferentialRun } from "../../harness/differential-run.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import type { CoinFlipSequence } from "./sequence-model.js";
import { appGetter, intValue } from "../../patterns/app-sequence/app-sequence.js";
import { scriptReady } from "../../patterns/two-phase/script-ready.js";
import { openBet } from "./commands/open-bet.js";
import { honestClaim, OTHER_HASH, settleCall } from "./commands/settle-bet.js";
import type { InitiatedBet } from "../../../simulator/apps/coin-flip/frontend.js";

/** Whether an honest bet and its settlement can pass from this state: the canonical flip-coin registered and enabled, the app unpaused, default limits. */
export const betsReady = (m: CoinFlipSequence): boolean => scriptReady(m, SCRIPT_NAME, FLIP_COIN_TEXT, true);

/**
 * CF-P1's table for `settleBet` (coin-flip.md): the player P opens four bets — A (hybrid, then
 * settled), B (hybrid, the one under test), D (legacy, RNG mode) — and the other player O one
 * hybrid bet C; every row must fault with its message, then the honest settlement of B, its
 * outcome from the TEE, passes. Applicable while the script is registered as the TEE knows it and
 * enabled, the app unpaused and the bet limits at their defaults. The "script disabled" row and
 * the second settle come from the generated disableScript and settleBet commands.
 */
export function settlePerturbation(player: string, other: string, amount: bigint, choice: boolean): FrontendPattern<CoinFlipSequence> {
  const bets: { resolved?: InitiatedBet; target?: InitiatedBet; others?: InitiatedBet; rngBetId?: bigint; claim?: { claimedWon: boolean; scriptHash: string } } = {};
  const hybridBet = async (m: CoinFlipSequence, r: DifferentialRun, who: string): Promise<InitiatedBet | undefined> => {
    await payReceipt(m, r, who, amount, flexible(1_000n), APP_ID);
    const before = m.initiated.length;
    await openBet(m, r, "initiateBet", { signer: who, player: who, amount, choice, receipt: "own", delay: { kind: "ms", ms: 31_000n } });
    return m.initiated.length > before ? m.initiated.at(-1) : undefined;
  };
  return {
    name: `settleBet(${player}, ${amount})`,
    honestNever: ["result mismatch", "script hash mismatch", "script disabled", "not your bet", "already resolved", "not hybrid mode", "bet not found", "unauthorized"],
    applicable: betsReady,
    prepare: async (m, r) => {
      bets.resolved = await hybridBet(m, r, player);
      if (bets.resolved) {
        const c = await honestClaim(m, r, bets.resolved);
        const { chain } = await r.transaction(settleCall(m, player, bets.resolved.betId, c.claimedWon, c.scriptHash), player, flexible(1_000n));
        m.time = r.time;
        if (chain.state !== "HALT") bets.resolved = undefined;
      }
      bets.target = await hybridBet(m, r, player);
      bets.others = await hybridBet(m, r, other);
      await payReceipt(m, r, player, amount, flexible(1_000n), APP_ID);
      const pending = m.rng.pendingIds().length;
      const count = intValue(appGetter(m, "getBetCount"));
      await openBet(m, r, "placeBet", { signer: player, player, amount, choice, receipt: "own", delay: { kind: "ms", ms: 31_000n } });
      bets.rngBetId = m.rng.pendingIds().length > pending ? count + 1n : undefined;
      bets.claim = bets.target ? await honestClaim(m, r, bets.target) : undefined;
    },
    honest: (m) => ({ call: settleCall(m, player, bets.target?.betId ?? 1_000_000n, bets.claim?.claimedWon ?? true, bets.claim?.scriptHash ?? OTHER_HASH), sender: player }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m) => {
      const { target, claim } = bets;
      if (!target || !claim) return [];
      const rows: PerturbationCase[] = [];
      const row = (label: string, call: ContractCall, expected: string) => rows.push({ label, call, sender: player, expected });
      row("player: another account", settleCall(m, other, target.betId, claim.claimedWon, claim.scriptHash), "unauthorized");
      row("scriptHash: other 32 bytes", settleCall(m, player, target.betId, claim.claimedWon, OTHER_HASH), "script hash mismatch");
      row("betId: never issued", settleCall(m, player, 1_000_000n, claim.claimedWon, claim.scriptHash), "bet not found");
      if (bets.others) row("betId: another player's bet", settleCall(m, player, bets.others.betId, claim.claimedWon, claim.scriptHash), "not your bet");
      if (bets.resolved) row("betId: a resolved bet", settleCall(m, player, bets.resolved.betId, claim.claimedWon, claim.scriptHash), "already resolved");
      if (bets.rngBetId !== undefined) row("betId: an RNG-mode bet", settleCall(m, player, bets.rngBetId, claim.claimedWon, claim.scriptHash), "not hybrid mode");
      row("claimedWon: flipped", settleCall(m, player, target.betId, !claim.claimedWon, claim.scriptHash), "result mismatch");
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // settleBet checks no time (CF-P8: bet limits apply to bets only): every row's message and the
    // honest settlement hold at any time. (The bets before are paid and placed at shared blocks'
    // times too: 31 s or more after the last bet passes the default cooldown, later still.)
    latest: () => null,
  };
}

