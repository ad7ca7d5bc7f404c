import { describe, expect, it } from "vitest";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { useEngine } from "../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import { GAS_HASH, ONE_GAS } from "../../neo-express/driver/fee-policy.js";
import { hash160FromDisplay } from "../../simulator/runtime/hash160.js";
import type { ModelSystem } from "./model-system.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import { worldRun } from "./world-run.js";
import { FEE_FLOOR, SequenceEnded } from "./differential-run.js";

const FALSE = { type: "Boolean", value: false };
const TRUE = { type: "Boolean", value: true };

/**
 * Issue #22: the model's GAS ledger holds each account's real balance after fees. A user who
 * sends everything it was funded with has already paid the transaction's fees when the transfer
 * runs (they are burned before it), so the chain returns false; a model that does not book the
 * fees would say true. Here the fee alone decides the transfer, on both sides.
 */
describe("the model's GAS ledger books the fees the chain charged", () => {
  const engine = useEngine();

  it("a transfer the fee leaves uncovered fails on both sides, one the fee leaves covered succeeds, and G5 still agrees", async () => {
    const ctx = chainContext(engine(), projectContracts(builtContract("MiniAppBaseProbe"), "base-probe"), 1);
    const { world, real, driver } = await worldRun(ctx, "base-probe", "MiniAppBaseProbe");
    const [u1, u2] = world.actors.users;
    const funded = world.funding.userGas;
    // One datoshi less than u1 holds before the fee: only the fee makes it too much.
    const edge = await real.transaction(transferCall("GAS", u1!, u2!.scriptHash, funded - 1n), "u1", 1_000n);
    expect(edge.chain.state === "HALT" && edge.chain.stack[0]).toEqual(FALSE);
    expect(edge.model.state === "HALT" && edge.model.stack[0]).toEqual(FALSE);
    const fee = real.chain.lastFee;
    expect(fee).toBeGreaterThan(1n);
    // Everything left after that fee but a margin for the next one: succeeds on both sides.
    const covered = await real.transaction(transferCall("GAS", u1!, u2!.scriptHash, funded - fee - 3n * ONE_GAS), "u1", 1_000n);
    expect(covered.chain.state === "HALT" && covered.chain.stack[0]).toEqual(TRUE);
    expect(covered.model.state === "HALT" && covered.model.stack[0]).toEqual(TRUE);
    // The model's ledger holds the real balance: what is left is less than the margin by the second fee.
    const left = (real.model as ModelSystem).chain.balanceOf("GAS", hash160FromDisplay("0x" + u1!.scriptHash));
    expect(left).toBe(3n * ONE_GAS - real.chain.lastFee);
    // Read on the chain the sequence ran on (on the engine: its own forked state).
    expect(await driver.balanceOf("0x" + GAS_HASH, u1!.scriptHash)).toBe(left);
    // Under FEE_FLOOR the sequence ends before u1's next transaction (the DoomsdayClock soak drained
    // a buyer below its next fee: the engine refused the block, neo-express hung): nothing is sent,
    // nothing changes, T_last stays.
    expect(left).toBeLessThan(FEE_FLOOR);
    const [before, recorded] = [real.time, real.steps.length];
    await expect(real.transaction(transferCall("GAS", u1!, u2!.scriptHash, 1n), "u1", 1_000n)).rejects.toBeInstanceOf(SequenceEnded);
    expect([real.time, real.steps.length]).toEqual([before, recorded]);
    expect(await driver.balanceOf("0x" + GAS_HASH, u1!.scriptHash)).toBe(left);
  }, 300_000);
});
