import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { checkCommittedSnapshot } from "./test-support/check-committed-snapshot.js";

// OnChainTarot's committed baseline in `npm test`, on n = 1 and 4 (the first and last spread),
// tolerance 0: both opening halves constant (the app file's pair is O(1) on both sides).
describe("the committed GAS snapshot of OnChainTarot", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi; initiateReading and requestReading both constant", async () => {
    const run = await checkCommittedSnapshot(session().driver, "on-chain-tarot", [1, 4]);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    expect(run.checks[0]!.entries).toHaveLength(4);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "constant")).toBe(true);
  }, 180_000);
});
