import { arg } from "../../../../neo-express/driver/abi-arg.js";
import type { DifferentialRun } from "../../../harness/differential-run.js";
import type { DifferentialCommand } from "../../../harness/run-property.js";
import { startedGameOf } from "../../../../simulator/apps/turtle-match/frontend.js";
import { accountDisplay } from "../../../patterns/app-sequence/app-sequence.js";
import { pickReceipt, type ReceiptChoice } from "../../../patterns/pay-then-act/receipt-choice.js";
import { showBetDelay, type BetDelay } from "../../../patterns/time-boundary/bet-delay.js";
import { startDelay } from "./game-delay.js";
import type { TurtleSequence } from "../sequence-model.js";

/** `startGame(player, boxCount, receiptId)` [H], signed by `signer`, its block at `delay`. */
export interface StartArgs {
  readonly signer: string;
  readonly player: string;
  readonly boxCount: bigint;
  readonly receipt: ReceiptChoice;
  readonly delay: BetDelay;
}

export const startCall = (m: TurtleSequence, player: string, boxCount: bigint, receiptId: bigint) => ({
  contract: m.app, method: "startGame", args: [arg.hash160(accountDisplay(m, player)), arg.int(boxCount), arg.int(receiptId)],
});

/** Phase one; the frontend keeps the GameStarted of a successful start (its seed, for the TEE). */
export async function startGame(m: TurtleSequence, r: DifferentialRun, s: StartArgs): Promise<void> {
  const receiptId = pickReceipt(m, s.player, s.receipt);
  const { chain } = await r.transaction(startCall(m, s.player, s.boxCount, receiptId), s.signer, startDelay(m, s.player, s.delay),
    `startGame(${s.player}, ${s.boxCount}, receipt=${receiptId})`);
  m.time = r.time;
  if (chain.state !== "HALT") return;
  const started = startedGameOf(chain.notifications, m.app);
  if (started) m.started.push(started);
}

export const showStart = (s: StartArgs): string =>
  `startGame(${s.signer === s.player ? s.player : `${s.signer}→${s.player}`}, ${s.boxCount} boxes, ${s.receipt}, ${showBetDelay(s.delay)})`;

/** A start as its own command, with any receipt (stale, foreign, none) and any box count. */
export class StartGame implements DifferentialCommand<TurtleSequence> {
  constructor(readonly start: StartArgs) {}

  check(): boolean {
    return true;
  }

  run(m: TurtleSequence, r: DifferentialRun): Promise<void> {
    return startGame(m, r, this.start);
  }

  toString(): string {
    return showStart(this.start);
  }
}
