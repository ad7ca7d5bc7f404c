// turtle-match.md "Game function": GAME(seed, boxCount), the pure function shared by the contract
// model, the frontend and the TEE script turtle-match-logic. Mirrors
// contracts/TurtleMatch/MiniAppTurtleMatch.Game.cs.
import { H } from "../../runtime/hash.js";
import type { Hex } from "../../runtime/hex.js";
import { rand } from "../../runtime/rand.js";
import { COLOR_COUNT, COLOR_ODDS, COLOR_REWARDS, GRID_SIZE, MATCH_COUNT } from "./constants.js";

/** One box: the nine colours in cell order and the colours that matched (ascending). */
export interface Box {
  readonly colors: readonly number[];
  readonly matchedColors: readonly number[];
}

export interface GameResult {
  readonly matches: bigint;
  readonly reward: bigint;
  readonly boxes: readonly Box[];
}

/** The first colour c with roll < odds[c] (roll in 0..99). */
export function colorOf(roll: bigint): number {
  const c = COLOR_ODDS.findIndex((odds) => roll < odds);
  return c < 0 ? COLOR_COUNT - 1 : c;
}

/**
 * GAME(seed, boxCount): s = H(s) for every cell (the chain continues across boxes), colour from
 * rand(s) mod 100 (little-endian rand), a match for each colour seen ≥ 3 times in a box.
 */
export function game(seed: Hex, boxCount: bigint): GameResult {
  let s = seed;
  let matches = 0n;
  let reward = 0n;
  const boxes: Box[] = [];
  for (let box = 0n; box < boxCount; box++) {
    const counts = new Array<number>(COLOR_COUNT).fill(0);
    const colors: number[] = [];
    for (let cell = 0; cell < GRID_SIZE; cell++) {
      s = H(s);
      const color = colorOf(rand(s) % 100n);
      counts[color]! += 1;
      colors.push(color);
    }
    const matchedColors: number[] = [];
    for (let c = 0; c < COLOR_COUNT; c++) {
      if (counts[c]! >= MATCH_COUNT) {
        matches += 1n;
        reward += COLOR_REWARDS[c]!;
        matchedColors.push(c);
      }
    }
    boxes.push({ colors, matchedColors });
  }
  return { matches, reward, boxes };
}
