import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import { APP_ID, BLINDBOX_PRICE, COLOR_REWARDS, MAX_MATCHES_PER_BOX, MAX_REWARD_PER_BOX, SCRIPT_NAME } from "../../../simulator/apps/turtle-match/constants.js";
import type { StartedGame, TurtleClaim } from "../../../simulator/apps/turtle-match/frontend.js";
import { TURTLE_MATCH_LOGIC_TEXT } from "../../../simulator/apps/turtle-match/turtle-match-logic-script.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { dryRunOnModelCopy } from "../../patterns/frontend-perturbation/dry-run.js";
import { scriptReady } from "../../patterns/two-phase/script-ready.js";
import type { FrontendPattern } from "../../patterns/frontend-perturbation/frontend-perturbation-command.js";
import type { PerturbationCase } from "../../patterns/frontend-perturbation/perturbation-case.js";
import { payReceipt } from "../../patterns/pay-then-act/pay-receipt.js";
import type { TurtleSequence } from "./sequence-model.js";
import { startGame } from "./commands/start-game.js";
import { honestClaim, NEVER_ISSUED, OTHER_HASH, settleCall } from "./commands/settle-game.js";
import { plain } from "./commands/game-delay.js";

/** The messages of the bound checks (TM-P2): the bound's own message past it or below 0, the mismatch inside. */
const rewardMessage = (v: bigint, boxCount: bigint) => (v < 0n || v > MAX_REWARD_PER_BOX * boxCount ? "reward out of bounds" : "reward mismatch");
const matchesMessage = (v: bigint, boxCount: bigint) => (v < 0n || v > MAX_MATCHES_PER_BOX * boxCount ? "matches out of bounds" : "matches mismatch");

/** Whether the honest submission can pass from this state: the canonical script registered and enabled, the app unpaused, default limits. */
export const settleApplicable = (m: TurtleSequence): boolean => scriptReady(m, SCRIPT_NAME, TURTLE_MATCH_LOGIC_TEXT, true);

/**
 * TM-P2's table for `settleGame` (turtle-match.md), with TM-P4's owner and once rules: the player
 * P plays one game to its settlement (A) and starts another (B, the one under test), the other
 * player O starts one (C); every row must fault with its message — the reward claimed one datoshi
 * higher or lower, one colour's reward higher or lower, at its bound (still "within bounds") and
 * past it, negative; the matches likewise; another account as player, other script bytes, a
 * session never issued, O's session, the settled A — then B's honest settlement, its totals from
 * the TEE, passes. The "script disabled" row comes from the generated script window.
 */
export function settlePerturbation(player: string, other: string, boxCount: bigint): FrontendPattern<TurtleSequence> {
  const s: { settled?: StartedGame; target?: StartedGame; others?: StartedGame; claim?: TurtleClaim } = {};
  const start = async (m: TurtleSequence, r: DifferentialRun, who: string, delayMs: bigint): Promise<StartedGame | undefined> => {
    await payReceipt(m, r, who, boxCount * BLINDBOX_PRICE, plain(1_000n), APP_ID);
    const before = m.started.length;
    await startGame(m, r, { signer: who, player: who, boxCount, receipt: "own", delay: { kind: "ms", ms: delayMs } });
    return m.started.length > before ? m.started.at(-1) : undefined;
  };
  return {
    name: `settleGame(${player}, ${boxCount} boxes)`,
    get honestNever() {
      return s.target ? ["reward mismatch", "matches mismatch", "reward out of bounds", "matches out of bounds", "script hash mismatch", "script disabled",
        "not session owner", "already settled", "session not found", "seed not found", "unauthorized"] : [];
    },
    applicable: settleApplicable,
    prepare: async (m, r) => {
      // 5 × cooldown after anything before: the consecutive count restarts (DP-P4), so the starts pass BET.
      s.settled = await start(m, r, player, 150_000n);
      if (s.settled) {
        const c = await honestClaim(m, r, s.settled);
        const { chain } = await r.transaction(settleCall(m, player, s.settled.sessionId, c), player, plain(1_000n));
        m.time = r.time;
        if (chain.state !== "HALT") s.settled = undefined;
      }
      s.target = await start(m, r, player, 31_000n);
      s.others = await start(m, r, other, 150_000n);
      s.claim = s.target ? await honestClaim(m, r, s.target) : undefined;
    },
    honest: (m) => ({ call: s.target && s.claim ? settleCall(m, player, s.target.sessionId, s.claim) : settleCall(m, player, NEVER_ISSUED, { totalMatches: 0n, totalReward: 0n, scriptHash: OTHER_HASH }), sender: player }),
    dryRun: (m, r, honest, time) => dryRunOnModelCopy(m.model, r, honest, time),
    perturbations: (m) => {
      const { target, claim } = s;
      if (!target || !claim) return [];
      const rows: PerturbationCase[] = [];
      const id = target.sessionId;
      const row = (label: string, call: ContractCall, expected: string) => rows.push({ label: `settleGame ${label}`, call, sender: player, expected });
      const withClaim = (c: Partial<TurtleClaim>) => settleCall(m, player, id, { ...claim, ...c });
      row("player: another account", settleCall(m, other, id, claim), "unauthorized");
      row("scriptHash: other 32 bytes", withClaim({ scriptHash: OTHER_HASH }), "script hash mismatch");
      row("sessionId: never issued", settleCall(m, player, NEVER_ISSUED, claim), "session not found");
      if (s.others) row("sessionId: another player's session", settleCall(m, player, s.others.sessionId, claim), "not session owner");
      if (s.settled) row("sessionId: a settled session", settleCall(m, player, s.settled.sessionId, claim), "already settled");
      const matchBound = MAX_MATCHES_PER_BOX * boxCount;
      const within = claim.totalMatches + 1n <= matchBound ? claim.totalMatches + 1n : claim.totalMatches - 1n;
      const matchRows: [string, bigint][] = [["−1", -1n], ["3 × BoxCount + 1", matchBound + 1n], ["another value within the bounds", within]];
      for (const [label, v] of matchRows) row(`totalMatches: ${label}`, withClaim({ totalMatches: v }), matchesMessage(v, boxCount));
      const rewardBound = MAX_REWARD_PER_BOX * boxCount;
      const r = claim.totalReward;
      const rewardRows: [string, bigint][] = [
        ["+1 datoshi", r + 1n], ["−1 datoshi", r - 1n], ["+ the largest colour reward", r + COLOR_REWARDS[7]!], ["+ one colour reward", r + COLOR_REWARDS[0]!],
        ["− one colour reward", r - COLOR_REWARDS[0]!], ["185,000,000 × BoxCount (the bound)", rewardBound], ["185,000,000 × BoxCount + 1", rewardBound + 1n], ["−1", -1n],
      ];
      for (const [label, v] of rewardRows) if (v !== r) row(`totalReward: ${label}`, withClaim({ totalReward: v }), rewardMessage(v, boxCount));
      return rows;
    },
    afterStep: (m, r) => {
      m.time = r.time;
    },
    // No check of settleGame reads the time (the rows are built from the sessions and the TEE's
    // totals, which stay as they are): the table holds at any time.
    latest: () => null,
  };
}
