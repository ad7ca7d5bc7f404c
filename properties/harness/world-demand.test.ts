import { describe, expect, it } from "vitest";
import type { WorldKind } from "../../neo-express/world/world-kind.js";
import { WorldDemand } from "./world-demand.js";

const count = (kinds: readonly WorldKind[]) => Object.fromEntries([...new Set(kinds)].map((k) => [k, kinds.filter((x) => x === k).length]));

describe("WorldDemand", () => {
  it("builds the whole size of the only kind asked for", () => {
    const demand = new WorldDemand();
    demand.ask("configured");
    expect(demand.refill("configured", () => 0, 32)).toEqual(Array(32).fill("configured"));
  });

  it("builds each kind asked for by its share, less its stock, and the kind asked now at least once", () => {
    const demand = new WorldDemand();
    for (let i = 0; i < 30; i++) demand.ask("configured");
    demand.ask("unfunded");
    demand.ask("unfunded");
    demand.ask("hub-only");
    const stock = (k: WorldKind) => (k === "configured" ? 20 : 0);
    // configured: ceil(32·30/33) = 30, less 20 in stock; unfunded: ceil(64/33) = 2; hub-only: 1.
    expect(count(demand.refill("hub-only", stock, 32))).toEqual({ configured: 10, unfunded: 2, "hub-only": 1 });
  });

  it("builds nothing when the pools hold enough, and one of a kind asked for now whose share its stock covers", () => {
    const demand = new WorldDemand();
    demand.ask("configured");
    expect(demand.refill("configured", () => 40, 32)).toEqual([]);
    demand.ask("no-gateway");
    expect(demand.refill("no-gateway", (k) => (k === "configured" ? 40 : 0), 32)).toEqual(Array(16).fill("no-gateway"));
  });

  it("builds no more than the sequences still to come need beyond the stock, but always the one asked for now", () => {
    const demand = new WorldDemand();
    demand.expect(10);
    for (let i = 0; i < 8; i++) demand.ask("configured");
    demand.ask("unfunded");
    expect(count(demand.refill("configured", () => 0, 32))).toEqual({ configured: 9, unfunded: 1 });
    for (let i = 0; i < 9; i++) demand.served();
    expect(count(demand.refill("unfunded", (k) => (k === "configured" ? 3 : 0), 32))).toEqual({ unfunded: 1 });
  });
});
