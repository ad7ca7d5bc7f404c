// on-chain-tarot.md "Constants"; mirrors the constants of contracts/OnChainTarot/MiniAppOnChainTarot.cs.
export const APP_ID = "miniapp-onchaintarot";
export const SCRIPT_NAME = "calculate-cards";
export const CALLBACK_METHOD = "onServiceCallback";
export const TOTAL_CARDS = 78n;
export const MAX_QUESTION_BYTES = 500;
export const MAX_CATEGORY = 5n;
export const MAX_CARD_COUNT = 10n;
export const STATUS_PENDING = 0n;
export const STATUS_COMPLETED = 1n;
export const STATUS_REFUNDED = 2n;
export const MODE_RNG = 1n;
export const MODE_HYBRID = 2n;

/** The spread table: spread s ∈ 1–4 → [cards, fee]. */
export const SPREADS: readonly (readonly [cards: bigint, fee: bigint])[] = [[1n, 5_000_000n], [3n, 10_000_000n], [5n, 20_000_000n], [10n, 50_000_000n]];

/** The spread table's row of s; the contract indexes an array, so only s ∈ 1–4 (checked first by RCHK) is ever asked. */
const row = (s: bigint) => SPREADS[Number(s) - 1] ?? SPREADS[3]!;
/** fee(s) for s ∈ 1–4. */
export const spreadFee = (s: bigint): bigint => row(s)[1];
/** count(s) for s ∈ 1–4. */
export const spreadCards = (s: bigint): bigint => row(s)[0];
