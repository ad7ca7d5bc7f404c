import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InWorld, orWindowWorld, worldKindOf } from "./world-kind-command.js";
import type { DifferentialCommand } from "./run-property.js";

class Plain implements DifferentialCommand<object> {
  check(): boolean { return true; }
  async run(): Promise<void> {}
  toString(): string { return "plain"; }
}

describe("deployment-window worlds chosen by the sequence (issue #15)", () => {
  it("takes the kind of the first InWorld, wrapped by fast-check or bare, else the fixture's", () => {
    expect(worldKindOf(undefined)).toBe("configured");
    expect(worldKindOf([new Plain()])).toBe("configured");
    expect(worldKindOf([new Plain(), { cmd: new InWorld("hub-only") }, new InWorld("unfunded")])).toBe("hub-only");
    expect(worldKindOf([new InWorld("no-gateway")])).toBe("no-gateway");
  });

  it("puts a share of fast-check's sequences in such worlds, the same ones for the same seed and path", async () => {
    const slots = [orWindowWorld(fc.constant<DifferentialCommand<object>>(new Plain())), ...Array.from({ length: 19 }, () => fc.constant<DifferentialCommand<object>>(new Plain()))];
    const kinds: string[] = [];
    await fc.assert(fc.asyncProperty(fc.commands(slots, { maxCommands: 25, size: "+1" }), async (cmds) => { kinds.push(worldKindOf(cmds)); }), { seed: 1, numRuns: 200 });
    const windows = kinds.filter((k) => k !== "configured").length;
    expect(windows).toBeGreaterThan(10);
    expect(windows).toBeLessThan(100);
    expect(new Set(kinds)).toEqual(new Set(["configured", "no-gateway", "hub-only", "unconfigured", "unfunded"]));
    // A saved failure replays by seed and path: the run at that path draws the same world kind.
    const at = kinds.findIndex((k) => k !== "configured");
    let replayed = "";
    await fc.assert(fc.asyncProperty(fc.commands(slots, { maxCommands: 25, size: "+1" }), async (cmds) => { replayed = worldKindOf(cmds); }), { seed: 1, numRuns: 1, path: String(at) });
    expect(replayed).toBe(kinds[at]);
  });
});
