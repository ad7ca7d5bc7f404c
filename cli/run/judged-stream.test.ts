import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config/load-config.js";
import type { PropertyResult } from "../../reports/run-summary.js";
import { loadContracts } from "./load-contracts.js";
import { startJudgedStream } from "./judged-stream.js";

describe("the lane-equivalence stream's thread", () => {
  it("reports entries a passed time limit skips under their titles and in order, and ends", async () => {
    const config = { ...loadConfig(), apps: loadConfig().apps.filter((a) => a.slug === "doomsday-clock" || a.slug === "time-capsule") };
    const results: [number, readonly PropertyResult[]][] = [];
    const lines: string[] = [];
    const stream = startJudgedStream({
      config, campaignSeed: 7, deadline: Date.now() - 1, failuresDir: "fixtures/failures", world: loadContracts(config).world, coverage: true,
      entries: [{ app: "doomsday-clock", property: "DD-lane-equivalence", title: "DD title" }, { app: "time-capsule", property: "TC-lane-equivalence", title: "TC title" }],
    }, { log: (l) => lines.push(l), bar: { start() {}, update() {}, stop() {} }, onResults: (i, r) => results.push([i, r]) });
    expect(await stream.done).toEqual([]);
    expect(results.map(([i, [r]]) => [i, r!.property, r!.title, r!.verdict])).toEqual([[0, "DD-lane-equivalence", "DD title", "skipped"], [1, "TC-lane-equivalence", "TC title", "skipped"]]);
    expect(lines).toEqual([]);
  });
});
