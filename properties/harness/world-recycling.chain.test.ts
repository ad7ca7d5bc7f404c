import { describe, expect, it } from "vitest";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { GAS_HASH, ONE_GAS } from "../../neo-express/driver/fee-policy.js";
import { HarnessError } from "../../neo-express/harness-error.js";
import { useChain } from "../../neo-express/test-support/chain-session.js";
import { balancesInSlices, genesisHoldings } from "../../neo-express/world/recycle-worlds.js";
import { genesisGasNeeded, scaledFunding } from "../../neo-express/world/world-funding.js";
import { USER_NAMES } from "../../neo-express/world/world-actors.js";
import { doomsdayDifferential } from "../apps/doomsday-clock/doomsday-differential.js";
import { chainContext } from "../test-support/doomsday-context.js";
import { runProperty } from "./run-property.js";
import { SEQUENCE_FUNDING_DIVISOR, WORLDS_PER_BUILD } from "./world-run.js";

/**
 * Issue #22: a campaign needs more worlds than the genesis account funds (about 1,650 per chain):
 * the run goes on, finished worlds giving back what they hold. Here the genesis account is left
 * with enough for one and a half builds of worlds, and the property runs three builds' worth.
 */
describe("sequence worlds past the genesis account's holdings", () => {
  const chain = useChain();

  it("recycles finished worlds and runs every sequence", async () => {
    const { driver } = chain();
    const genesis = driver.actor("genesis");
    const perBuild = genesisGasNeeded(scaledFunding(SEQUENCE_FUNDING_DIVISOR), USER_NAMES.length) * BigInt(WORLDS_PER_BUILD);
    const neoPerBuild = scaledFunding(SEQUENCE_FUNDING_DIVISOR).userNeo * BigInt(USER_NAMES.length * WORLDS_PER_BUILD);
    const before = await genesisHoldings(driver);
    const sink = driver.actor("u6").scriptHash;
    const drained = await driver.confirm([
      { call: transferCall("GAS", genesis, sink, before.gas - perBuild * 3n / 2n), sender: genesis },
      { call: transferCall("NEO", genesis, sink, before.neo - neoPerBuild * 3n / 2n), sender: genesis },
    ], driver.lastBlockTime() + 1_000n);
    expect(drained.map((o) => o.state === "HALT" && o.stack[0])).toEqual([{ type: "Boolean", value: true }, { type: "Boolean", value: true }]);

    const known = driver.actorCount();
    const result = await runProperty(doomsdayDifferential(chainContext(driver), 8), {
      numRuns: 3 * WORLDS_PER_BUILD, seed: 22, replayCommand: () => "",
    });
    expect(result.error).toBeUndefined();
    expect(result.verdict).toBe("pass");
    expect(result.numRuns).toBe(3 * WORLDS_PER_BUILD);
    // Two builds were recycled back: the genesis account holds most of a build again.
    const after = await genesisHoldings(driver);
    expect(after.neo).toBeGreaterThanOrEqual(neoPerBuild / 2n);
    expect(after.gas).toBeGreaterThan(perBuild / 4n);
    expect(after.gas).toBeLessThan(perBuild * 3n / 2n + 1_000n * ONE_GAS);
    // The recycled worlds' nine accounts each are forgotten: at most the unrecycled build's stay known.
    expect(driver.actorCount() - known).toBeLessThanOrEqual(9 * WORLDS_PER_BUILD);
  }, 600_000);

  it("reads the balances of a whole campaign's worlds in slices: one test invocation holds at most 2,048 results", async () => {
    const { driver } = chain();
    // A soak's first recycling gives back ~1,650 worlds (about 15,000 accounts) at once.
    const hashes = Array.from({ length: 2_100 }, (_, i) => "0x" + (i + 1).toString(16).padStart(40, "0"));
    await expect(driver.balancesOf("0x" + GAS_HASH, hashes)).rejects.toThrow(HarnessError);
    await expect(driver.balancesOf("0x" + GAS_HASH, hashes)).rejects.toThrow(/MaxStackSize/);
    const balances = await balancesInSlices(driver, GAS_HASH, hashes);
    expect(balances).toHaveLength(2_100);
    expect(balances.every((b) => b === 0n)).toBe(true);
  }, 120_000);
});
