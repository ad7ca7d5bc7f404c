import { ONE_GAS } from "../driver/fee-policy.js";

/**
 * GAS and NEO a world's fixture hands out (platform.md §6). The spec's amounts are the default.
 *
 * Decision (the chain wins): the genesis account of a neo-express chain holds 52,000,000 GAS,
 * and one world at the spec's amounts takes 26,002,000 GAS from it (ADMIN 20,000,000, users
 * 6 × 1,000,000, TEE and TREASURY 1,000 each), so a chain holds at most one such world. Runs with
 * several worlds (independent sequences sharing blocks, README §5) fund each further world with
 * `scaledFunding`; every figure is recorded in the world and replayed into the model, so
 * comparisons are unaffected, and generators bound payouts by the world's app funding.
 */
export interface WorldFunding {
  readonly adminGas: bigint;
  readonly teeGas: bigint;
  readonly treasuryGas: bigint;
  readonly userGas: bigint;
  readonly userNeo: bigint;
  /** What ADMIN sends each app in fixture step 7. */
  readonly appGas: bigint;
}

export const SPEC_FUNDING: WorldFunding = {
  adminGas: 20_000_000n * ONE_GAS,
  teeGas: 1_000n * ONE_GAS,
  treasuryGas: 1_000n * ONE_GAS,
  userGas: 1_000_000n * ONE_GAS,
  userNeo: 10_000n,
  appGas: 1_000_000n * ONE_GAS,
};

/** The spec's funding divided by `divisor` (NEO and the TEE/TREASURY fee money kept). */
export function scaledFunding(divisor: bigint): WorldFunding {
  return {
    ...SPEC_FUNDING,
    adminGas: SPEC_FUNDING.adminGas / divisor,
    userGas: SPEC_FUNDING.userGas / divisor,
    appGas: SPEC_FUNDING.appGas / divisor,
  };
}

export function genesisGasNeeded(f: WorldFunding, users: number): bigint {
  return f.adminGas + f.teeGas + f.treasuryGas + BigInt(users) * f.userGas;
}
