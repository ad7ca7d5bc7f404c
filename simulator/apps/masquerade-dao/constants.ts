// masquerade-dao.md "Constants"; mirrors the constants of contracts/MasqueradeDAO/MiniAppMasqueradeDAO.cs.
export const APP_ID = "miniapp-masqueradedao";
export const MASK_FEE = 10_000_000n;
export const PREMIUM_MASK_FEE = 50_000_000n;
export const PROPOSAL_FEE = 20_000_000n;
export const VOTE_FEE = 1_000_000n;
/** 7 days in ms (README §5). */
export const VOTING_PERIOD = 604_800_000n;
export const QUORUM_BPS = 1_000n;
export const PASS_THRESHOLD_BPS = 5_000n;
export const BPS = 10_000n;
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 2_000;
export const IDENTITY_HASH_BYTES = 32;
export const BASIC_POWER = 1n;
export const PREMIUM_POWER = 3n;
export const MASK_TYPE_BASIC = 1n;
export const MASK_TYPE_PREMIUM = 2n;
export const MIN_CATEGORY = 1n;
export const MAX_CATEGORY = 4n;
export const CHOICE_YES = 1n;
export const CHOICE_NO = 2n;
export const CHOICE_ABSTAIN = 3n;
/** K(a, b) = bytes(a × 2^32 + b) (README §3). */
export const PAIR_SHIFT = 2n ** 32n;

/** base power of a mask type: 1 → 1, 2 → 3. */
export const basePowerOf = (maskType: bigint): bigint => (maskType === MASK_TYPE_PREMIUM ? PREMIUM_POWER : BASIC_POWER);
/** The receipt minimum of createMask for a mask type. */
export const maskFeeOf = (maskType: bigint): bigint => (maskType === MASK_TYPE_PREMIUM ? PREMIUM_MASK_FEE : MASK_FEE);
