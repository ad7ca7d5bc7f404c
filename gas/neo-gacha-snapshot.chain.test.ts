import { describe, expect, it } from "vitest";
import { useChain } from "../neo-express/test-support/chain-session.js";
import { checkCommittedSnapshot } from "./test-support/check-committed-snapshot.js";

// NeoGacha's committed baseline in `npm test`, on n = 1 and 10 items (n = 100 takes 200 set-up
// blocks: `npm run bench:gas:check` and verify's GAS gate measure it), tolerance 0. The deprecated
// loops run on their worst case, the roll forced to the last item (README G10).
describe("the committed GAS snapshot of NeoGacha", () => {
  const session = useChain();

  it("is not exceeded by a single datoshi; the four hybrids constant, the deprecated loops linear", async () => {
    const run = await checkCommittedSnapshot(session().driver, "neo-gacha", [1, 10]);
    expect(run.checks[0]!.entries.filter((e) => e.status !== "same")).toEqual([]);
    expect(run.checks[0]!.entries).toHaveLength(16);
    expect(run.pairs.every((p) => p.hybridFit.class === "constant" && p.deprecatedFit.class === "linear")).toBe(true);
  }, 180_000);
});
