import { describe, expect, it } from "vitest";
import { readChainFile } from "./chain-file.js";
import { chainFileActors } from "./driver/actor.js";

describe("the committed chain file", () => {
  it("fixes network, block time, the GAS limit of invocations and the fixture wallets (platform.md §6)", () => {
    const chain = readChainFile();
    expect(chain.magic).toBe(4071797906);
    expect(chain.settings["chain.SecondsPerBlock"]).toBe("15");
    expect(chain.settings["rpc.MaxGasInvoke"]).toBe("100");
    const actors = chainFileActors(chain);
    expect([...actors.keys()].sort()).toEqual(["admin", "genesis", "tee", "treasury", "u1", "u2", "u3", "u4", "u5", "u6"]);
    // Fixed keys make addresses reproducible: a changed chain file changes every hash in reports.
    expect(actors.get("admin")!.address).toBe("NRBLH3QrkriEqA6F7ajkXPqLE4oBxcBRFG");
    expect(actors.get("genesis")!.address).toBe("NWvTH9PbNqmhBe844C1NhfuXUZ5PirrgSV");
  });
});
