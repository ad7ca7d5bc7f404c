import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { checksumHex } from "../gas/check-snapshot.js";
import { PROJECT_SNAPSHOT_DIR } from "../gas/gas-baseline.js";
import { readSnapshotFile } from "../gas/gas-snapshot.js";
import { buildPlainConditions } from "../gas/plain-conditions-build.js";

const CLI = fileURLToPath(new URL("./miniapp-verify.mjs", import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 600_000 });
const OURS = join(PROJECT_SNAPSHOT_DIR, "doomsday-clock.json");
const files = (name: string) => ({ source: "files", nef: `${name}.nef`, manifest: `${name}.manifest.json` });

/**
 * Another team's contracts, as the GAS gate sees them: every contract of this project compiled a
 * second time with the compiler's --plain-conditions code generation (same meaning, other NEFs,
 * more GAS), handed to the CLI through a config in that build's folder, apps and platform alike.
 */
function teamConfig(dir: string, extra: object): string {
  const path = join(dir, "miniapp-verify.config.json");
  writeFileSync(path, JSON.stringify({
    apps: {
      "doomsday-clock": { contracts: files("MiniAppDoomsdayClock"), properties: ["DD-differential"] },
      "base-probe": { contracts: files("MiniAppBaseProbe"), properties: ["DP-differential"] },
      "timelock-probe": { contracts: files("MiniAppTimeLockProbe"), properties: ["TL-differential"] },
    },
    platform: { PaymentHub: files("PaymentHub"), PauseRegistry: files("PauseRegistry"), ServiceLayerGateway: files("ServiceLayerGateway") },
    ...extra,
  }));
  return path;
}

describe("another team's build: its own GAS baseline, the probes, no claim without a baseline", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await buildPlainConditions();
  }, 120_000);

  it("bench --update writes its baseline; verify passes against it, runs the probes, and fails against ours naming our NEFs", () => {
    const config = teamConfig(dir, { gas: { snapshot: "team.gas-snapshot.json" } });
    const update = run(["bench", "--update", "--config", config]);
    expect(update.status, update.stdout + update.stderr).toBe(0);
    const team = readSnapshotFile(join(dir, "team.gas-snapshot.json"))!.apps["doomsday-clock"]!;
    const ours = readSnapshotFile(OURS)!.apps["doomsday-clock"]!;
    expect(team.contracts["MiniAppDoomsdayClock"]).not.toBe(ours.contracts["MiniAppDoomsdayClock"]);
    expect(team.classes).toEqual(ours.classes);

    const own = run(["verify", "--config", config, "--runs", "1", "--seed", "1", "--out", join(dir, "own")]);
    expect(own.status, own.stdout + own.stderr).toBe(0);
    expect(own.stdout).toMatch(/pass\s+doomsday-clock\/DD-differential/);
    expect(own.stdout).toMatch(/pass\s+base-probe\/DP-differential/);
    expect(own.stdout).toMatch(/pass\s+timelock-probe\/TL-differential/);
    expect(own.stdout).toContain(`doomsday-clock against baseline ${join(dir, "team.gas-snapshot.json")}`);
    expect(own.stdout).not.toContain("other NEFs");

    const against = run(["verify", "--config", config, "--app", "doomsday-clock", "--runs", "1", "--seed", "1", "--gas-snapshot", OURS, "--out", join(dir, "ours")]);
    expect(against.status, against.stdout + against.stderr).toBe(1);
    const nefs = Object.entries(ours.contracts).map(([c, n]) => `${c} ${checksumHex(n)}`).join(", ");
    expect(against.stdout).toContain(`the baseline was measured on other NEFs (${nefs}); changed: MiniAppDoomsdayClock ${checksumHex(ours.contracts["MiniAppDoomsdayClock"]!)} → ${checksumHex(team.contracts["MiniAppDoomsdayClock"]!)}`);
    expect(against.stdout).toMatch(/calculateKeyCostLoop\/n=2000: 4424880 → \d+ \(\+[\d.]+ %\)  regression/);
    expect(readFileSync(join(dir, "ours", "report.md"), "utf8")).toContain(`doomsday-clock: baseline ${OURS}`);
  }, 600_000);

  it("with no snapshot named: every pair measured, G10's shape checked, no regression claimed, and the report says so", () => {
    const config = teamConfig(dir, {});
    const r = run(["verify", "--config", config, "--app", "doomsday-clock", "--runs", "1", "--seed", "1", "--out", join(dir, "none")]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("doomsday-clock against no baseline: the contracts under test are not this project's builds and no GAS snapshot is named");
    expect(r.stdout).toContain("no regression claim: nothing to compare the figures with");
    const summary = JSON.parse(readFileSync(join(dir, "none", "run.json"), "utf8")) as { gas: { verdict: string; hybridFit: { class: string }; deprecatedFit: { class: string } }[] };
    expect(summary.gas.map((g) => [g.verdict, g.hybridFit.class, g.deprecatedFit.class])).toEqual([["new", "constant", "linear"], ["new", "constant", "linear"]]);
    expect(readFileSync(join(dir, "none", "report.md"), "utf8")).toContain("no regression claim");
  }, 300_000);
});
