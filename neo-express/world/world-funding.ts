import { SPEC_FUNDING, type FixtureFunding } from "../../simulator/fixture/fixture-input.js";

/**
 * GAS and NEO a world's fixture hands out (platform.md §6): the spec's amounts are the model
 * fixture's `SPEC_FUNDING`, one definition for both sides.
 *
 * Decision (the chain wins): the genesis account of a neo-express chain holds 52,000,000 GAS,
 * and one world at the spec's amounts takes 26,002,000 GAS from it (ADMIN 20,000,000, users
 * 6 × 1,000,000, TEE and TREASURY 1,000 each), so a chain holds at most one such world. Runs with
 * several worlds (independent sequences sharing blocks, README §5) fund each further world with
 * `scaledFunding`; every figure is recorded in the world and replayed into the model, so
 * comparisons are unaffected, and generators bound payouts by the world's app funding.
 */
export type WorldFunding = FixtureFunding;
export { SPEC_FUNDING };

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
