import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../config/usage-error.js";
import { checkAbi, loadSpecAbi } from "./check-abi.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BUILD = join(ROOT, "build", "contracts");
const manifestOf = (name: string) => readFileSync(join(BUILD, `${name}.manifest.json`), "utf8");

function abiError(text: string, slug: string): UsageError {
  try {
    checkAbi(text, "doctored.manifest.json", loadSpecAbi(slug));
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected ABI_MISMATCH");
}

describe("checkAbi against the project's builds (npm run build:contracts)", () => {
  it.each([["doomsday-clock", "MiniAppDoomsdayClock"], ["red-envelope", "MiniAppRedEnvelope"], ["payment-hub", "PaymentHub"], ["pause-registry", "PauseRegistry"], ["service-layer-gateway", "ServiceLayerGateway"]])(
    "%s matches the spec", (slug, name) => {
      expect(() => checkAbi(manifestOf(name), `${name}.manifest.json`, loadSpecAbi(slug))).not.toThrow();
    });

  it("lists every problem of a doctored manifest in one error", () => {
    const m = JSON.parse(manifestOf("MiniAppDoomsdayClock"));
    const methods = m.abi.methods as { name: string; parameters: { name: string; type: string }[]; returntype: string; safe: boolean }[];
    m.abi.methods = methods.filter((x) => x.name !== "buyKeysWithCost");
    const find = (n: string) => methods.find((x) => x.name === n)!;
    find("buyKeys").parameters.pop();
    find("getPlayerKeys").parameters[1]!.type = "String";
    find("getRound").safe = false;
    find("carryOver").returntype = "Boolean";
    m.abi.methods.push({ name: "drain", parameters: [], returntype: "Void", offset: 0, safe: false });
    m.abi.events = m.abi.events.filter((e: { name: string }) => e.name !== "DoomsdayWinner");
    const e = abiError(JSON.stringify(m), "doomsday-clock");
    expect(e.code).toBe("ABI_MISMATCH");
    expect(e.message).toContain("MiniAppDoomsdayClock (doctored.manifest.json) does not have the spec's ABI; 7 problems:");
    expect(e.message).toContain("  - missing method buyKeysWithCost(player Hash160, keyCount Integer, submittedCost Integer, receiptId Integer) → Void (doomsday-clock.md ABI)");
    expect(e.message).toContain("  - buyKeys has 2 parameters (player Hash160, keyCount Integer), the spec 3 (player Hash160, keyCount Integer, receiptId Integer)");
    expect(e.message).toContain("  - getPlayerKeys parameter 2 (roundId) is String, the spec says Integer");
    expect(e.message).toContain("  - getRound is not marked safe, the spec says safe");
    expect(e.message).toContain("  - carryOver returns Boolean, the spec says Integer");
    expect(e.message).toContain("  - method drain() is not in the spec's ABI");
    expect(e.message).toContain("  - missing event DoomsdayWinner(winner Hash160, prize Integer, roundId Integer) (doomsday-clock.md ABI)");
  });

  it("names a base-class method the contract lacks, with the devpack section", () => {
    const m = JSON.parse(manifestOf("MiniAppDoomsdayClock"));
    m.abi.methods = m.abi.methods.filter((x: { name: string }) => x.name !== "setBetLimits");
    expect(abiError(JSON.stringify(m), "doomsday-clock").message).toContain("missing method setBetLimits(maxBet Integer, dailyLimit Integer, cooldownMs Integer, maxConsecutive Integer) → Void (devpack.md §3 MiniAppGameBase)");
  });
});

// The committed copy must be the spec's tables; the spec lives next to the repository.
describe.skipIf(!existsSync(join(ROOT, "..", "shared", "spec")))("fixtures/spec-abi", () => {
  it("is what scripts/extract-spec-abi.ts generates from ../shared/spec", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "extract-spec-abi.ts"), "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
