import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { flexible, type DifferentialRun } from "../../../harness/differential-run.js";
import { flipRequest, settlementOf, type InitiatedBet } from "../../../../simulator/apps/coin-flip/frontend.js";
import { flip } from "../../../../simulator/apps/coin-flip/outcome.js";
import { FLIP_COIN_TEXT } from "../../../../simulator/apps/coin-flip/flip-coin-script.js";
import { scriptHashOf } from "../../../../simulator/tee/script-registry.js";
import { teeCompute } from "../../../patterns/two-phase/tee-compute.js";
import { accountDisplay, accountName } from "../../../patterns/app-sequence/app-sequence.js";
import type { CoinFlipSequence } from "../sequence-model.js";

/** How a settlement departs from the honest one (coin-flip.md CF-P1's rows), or not. */
export type Tamper = "none" | "flip-claim" | "other-hash" | "never-issued";

export const OTHER_HASH = "5a".repeat(32);

/**
 * Phase two, `settleBet(player, betId, claimedWon, scriptHash)` [H], as a frontend does it: the
 * seed from the bet's BetInitiated, the outcome from the TEE's compute-verified response (script
 * text, its SHA-256, the on-chain registration read from the chain); when the TEE refuses (script
 * disabled or substituted on chain), the frontend computes the flip itself and submits the hash of
 * the script it knows. `signer` "owner" is the bet's player; `player` "owner" likewise.
 */
export class SettleBet implements DifferentialCommand<CoinFlipSequence> {
  constructor(readonly pick: number, readonly signer: string, readonly player: string, readonly tamper: Tamper, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: CoinFlipSequence, r: DifferentialRun): Promise<void> {
    const bet = m.initiated.length > 0 ? m.initiated[this.pick % m.initiated.length] : undefined;
    const owner = bet ? accountName(m, bet.player) : "u1";
    const claim = bet ? await honestClaim(m, r, bet) : { claimedWon: true, scriptHash: scriptHashOf(FLIP_COIN_TEXT) };
    const betId = this.tamper === "never-issued" || !bet ? 1_000_000n : bet.betId;
    const claimedWon = this.tamper === "flip-claim" ? !claim.claimedWon : claim.claimedWon;
    const scriptHash = this.tamper === "other-hash" ? OTHER_HASH : claim.scriptHash;
    const player = this.player === "owner" ? owner : this.player;
    const signer = this.signer === "owner" ? owner : this.signer;
    // settleBet has no time check and its claim comes from the seed, fixed at initiateBet (CF-P8):
    // it may take a shared block's time.
    await r.transaction(settleCall(m, player, betId, claimedWon, scriptHash), signer, flexible(this.delayMs),
      `settleBet(${player}, ${betId}, ${claimedWon ? "won" : "lost"}, ${scriptHash.slice(0, 8)}…)`);
    m.time = r.time;
  }

  toString(): string {
    return `settleBet(#${this.pick}, ${this.signer}→${this.player}${this.tamper === "none" ? "" : `, ${this.tamper}`}, +${this.delayMs}ms)`;
  }
}

export const settleCall = (m: CoinFlipSequence, player: string, betId: bigint, claimedWon: boolean, scriptHash: string) => ({
  contract: m.app, method: "settleBet",
  args: [arg.hash160(accountDisplay(m, player)), arg.int(betId), arg.bool(claimedWon), arg.bytes(scriptHash)],
});

/** The honest claim: the TEE's, or the frontend's own flip with the known script's hash when the TEE refuses. */
export async function honestClaim(m: CoinFlipSequence, r: DifferentialRun, bet: InitiatedBet): Promise<{ claimedWon: boolean; scriptHash: string }> {
  const verified = settlementOf(await teeCompute(r, m.tee, flipRequest(m.app, bet)));
  return verified ?? { claimedWon: flip(bet.seed, bet.choice).won, scriptHash: scriptHashOf(FLIP_COIN_TEXT) };
}
