import { BetRun } from "../../../patterns/time-boundary/bet-run.js";
import type { TurtleSequence } from "../sequence-model.js";
import { Play } from "./play.js";

/**
 * TM-P6 / TM-P8 (devpack.md DP-P4): the shared bet run on startGame, each bet a whole game of
 * `boxCount` boxes (pay, start, settle).
 */
export const turtleBetRun = (player: string, boxCount: bigint, early: readonly boolean[]): BetRun<TurtleSequence> =>
  new BetRun<TurtleSequence>(player, early, (d) => new Play(player, boxCount, 0n, d), `${player}, ${boxCount} boxes`);
