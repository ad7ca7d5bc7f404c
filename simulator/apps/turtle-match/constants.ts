// turtle-match.md "Constants"; mirrors the constants of contracts/TurtleMatch/MiniAppTurtleMatch.cs.
export const APP_ID = "miniapp-turtle-match";
export const SCRIPT_NAME = "turtle-match-logic";
export const BLINDBOX_PRICE = 10_000_000n;
export const MIN_BOXES = 3n;
export const MAX_BOXES = 20n;
export const GRID_SIZE = 9;
export const COLOR_COUNT = 8;
/** Cumulative odds (of 100) of the eight colours. */
export const COLOR_ODDS: readonly bigint[] = [20n, 40n, 58n, 73n, 85n, 93n, 98n, 100n];
/** The reward of each colour (datoshi). */
export const COLOR_REWARDS: readonly bigint[] = [15_000_000n, 15_000_000n, 18_000_000n, 20_000_000n, 25_000_000n, 35_000_000n, 50_000_000n, 100_000_000n];
export const MAX_MATCHES_PER_BOX = 3n;
export const MAX_REWARD_PER_BOX = 185_000_000n;
/** A colour matches when it appears at least this often in a box. */
export const MATCH_COUNT = 3;
