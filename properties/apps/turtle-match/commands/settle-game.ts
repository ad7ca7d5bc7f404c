import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import { claimOf, localClaim, matchRequest, type StartedGame, type TurtleClaim } from "../../../../simulator/apps/turtle-match/frontend.js";
import { COLOR_REWARDS, MAX_MATCHES_PER_BOX, MAX_REWARD_PER_BOX } from "../../../../simulator/apps/turtle-match/constants.js";
import { TURTLE_MATCH_LOGIC_TEXT } from "../../../../simulator/apps/turtle-match/turtle-match-logic-script.js";
import { scriptHashOf } from "../../../../simulator/tee/script-registry.js";
import { accountDisplay, accountName } from "../../../patterns/app-sequence/app-sequence.js";
import { teeCompute } from "../../../patterns/two-phase/tee-compute.js";
import type { TurtleSequence } from "../sequence-model.js";
import { withinCooldown } from "./game-delay.js";

/**
 * How a settlement departs from the honest claim (turtle-match.md TM-P2's rows), or not: one
 * field moved by one, by one colour's reward, to its bound or past it, negative; another hash; a
 * session never issued.
 */
export const TAMPERS = [
  "none", "matches+1", "matches-1", "matches-negative", "matches-past-bound", "reward+1", "reward-1", "reward+colour", "reward-colour",
  "reward-at-bound", "reward-past-bound", "reward-negative", "other-hash", "never-issued",
] as const;
export type Tamper = (typeof TAMPERS)[number];

export const OTHER_HASH = "5a".repeat(32);
export const NEVER_ISSUED = 1_000_000n;

/** The claim after `tamper` (for a session of `boxCount` boxes). */
export function tampered(c: TurtleClaim, boxCount: bigint, tamper: Tamper): TurtleClaim {
  const biggest = COLOR_REWARDS[COLOR_REWARDS.length - 1]!;
  switch (tamper) {
    case "matches+1": return { ...c, totalMatches: c.totalMatches + 1n };
    case "matches-1": return { ...c, totalMatches: c.totalMatches - 1n };
    case "matches-negative": return { ...c, totalMatches: -1n };
    case "matches-past-bound": return { ...c, totalMatches: MAX_MATCHES_PER_BOX * boxCount + 1n };
    case "reward+1": return { ...c, totalReward: c.totalReward + 1n };
    case "reward-1": return { ...c, totalReward: c.totalReward - 1n };
    case "reward+colour": return { ...c, totalReward: c.totalReward + biggest };
    case "reward-colour": return { ...c, totalReward: c.totalReward - COLOR_REWARDS[0]! };
    case "reward-at-bound": return { ...c, totalReward: MAX_REWARD_PER_BOX * boxCount };
    case "reward-past-bound": return { ...c, totalReward: MAX_REWARD_PER_BOX * boxCount + 1n };
    case "reward-negative": return { ...c, totalReward: -1n };
    case "other-hash": return { ...c, scriptHash: OTHER_HASH };
    default: return c;
  }
}

export const settleCall = (m: TurtleSequence, player: string, sessionId: bigint, c: TurtleClaim) => ({
  contract: m.app, method: "settleGame",
  args: [arg.hash160(accountDisplay(m, player)), arg.int(sessionId), arg.int(c.totalMatches), arg.int(c.totalReward), arg.bytes(c.scriptHash)],
});

export const showClaim = (c: TurtleClaim): string => `${c.totalMatches}, ${c.totalReward}, ${c.scriptHash.slice(0, 8)}…`;

/**
 * The honest claim as a frontend gets it: the TEE's compute-verified response for the session's
 * seed (read from its GameStarted); when the TEE refuses (the script disabled or substituted on
 * chain), the frontend's own computation with the hash of the script it knows.
 */
export async function honestClaim(m: TurtleSequence, r: DifferentialRun, s: StartedGame): Promise<TurtleClaim> {
  return claimOf(await teeCompute(r, m.tee, matchRequest(m.app, s))) ?? localClaim(s, scriptHashOf(TURTLE_MATCH_LOGIC_TEXT));
}

/** The owner of a started session by logical name. */
export const ownerOf = (m: TurtleSequence, s: StartedGame): string => accountName(m, s.player);

/**
 * Phase two, `settleGame(player, sessionId, totalMatches, totalReward, scriptHash)` [H]: a session
 * the frontend saw started (`pick`), settled by `signer` for `player` ("owner": the session's
 * player), the claim honest or tampered.
 */
export class SettleGame implements DifferentialCommand<TurtleSequence> {
  constructor(readonly pick: number, readonly signer: string, readonly player: string, readonly tamper: Tamper, readonly delayMs: bigint) {}

  check(): boolean {
    return true;
  }

  async run(m: TurtleSequence, r: DifferentialRun): Promise<void> {
    const s = m.started.length > 0 ? m.started[this.pick % m.started.length] : undefined;
    const owner = s ? ownerOf(m, s) : "u1";
    const honest = s ? await honestClaim(m, r, s) : { totalMatches: 0n, totalReward: 0n, scriptHash: scriptHashOf(TURTLE_MATCH_LOGIC_TEXT) };
    const claim = tampered(honest, s?.boxCount ?? 3n, this.tamper);
    const sessionId = this.tamper === "never-issued" || !s ? NEVER_ISSUED : s.sessionId;
    const player = this.player === "owner" ? owner : this.player;
    const signer = this.signer === "owner" ? owner : this.signer;
    // No check of a settlement reads the time: it may share a block, within the owner's cooldown
    // (room for a payment and a start at B − 1 after it, as a bet run's next game needs).
    await r.transaction(settleCall(m, player, sessionId, claim), signer, withinCooldown(m, owner, this.delayMs, 1_002n), `settleGame(${player}, ${sessionId}, ${showClaim(claim)})`);
    m.time = r.time;
  }

  toString(): string {
    return `settleGame(#${this.pick}, ${this.signer}→${this.player}${this.tamper === "none" ? "" : `, ${this.tamper}`}, +${this.delayMs}ms)`;
  }
}
