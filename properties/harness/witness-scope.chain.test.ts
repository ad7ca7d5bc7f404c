import { describe, expect, it } from "vitest";
import { transferCall } from "../../neo-express/driver/gas-transfer.js";
import { useEngine } from "../../neo-express/test-support/lane-sessions.js";
import { builtContract } from "../../neo-express/world/built-contracts.js";
import { chainContext, projectContracts } from "../test-support/doomsday-context.js";
import { customOnly, entryAnd, NO_WITNESS } from "./sender-name.js";
import { worldRun } from "./world-run.js";

/**
 * The witness scopes a sender's name gives (sender-name.ts, spec README §6) reach the chain and the
 * model alike: NEO's `transfer(u1 → u2, 1)` called directly checks u1's witness inside NEO, so it
 * succeeds exactly when the scope admits NEO — CalledByEntry (NEO is called by the entry script) or
 * CustomContracts[NEO] — and returns false otherwise, on both sides.
 */
describe("witness scopes named in the sender", () => {
  const engine = useEngine();

  it("admit NEO's CheckWitness exactly when the scope covers NEO, on chain and in the model", async () => {
    const ctx = chainContext(engine(), projectContracts(builtContract("MiniAppBaseProbe"), "base-probe"), 1);
    const { world, real } = await worldRun(ctx, "base-probe", "MiniAppBaseProbe");
    const [u1, u2] = world.actors.users;
    const rows: [sender: string, admitted: boolean][] = [
      ["u1", true], [`u1${NO_WITNESS}`, false], [customOnly("u1", "NEO"), true],
      [customOnly("u1", "GAS"), false], [entryAnd("u1", "GAS"), true], [customOnly("u1", "GAS", "NEO"), true],
    ];
    for (const [sender, admitted] of rows) {
      const step = await real.transaction(transferCall("NEO", u1!, u2!.scriptHash, 1n), sender, 1_000n);
      const expected = { type: "Boolean", value: admitted };
      expect([sender, step.chain.state === "HALT" && step.chain.stack[0]]).toEqual([sender, expected]);
      expect([sender, step.model.state === "HALT" && step.model.stack[0]]).toEqual([sender, expected]);
    }
  }, 300_000);
});
