import { describe, expect, it } from "vitest";
import { parseAbiTable } from "./parse-abi-table.js";
import { parseEvents } from "./parse-events.js";

const CB = [{ name: "requestId", type: "Integer" as const }, { name: "success", type: "Boolean" as const }];
const opts = { from: "t.md", standardCallback: CB };

describe("parseAbiTable", () => {
  it("reads several names per row, notes after types, shared types and the standard callback", () => {
    const text = [
      "| Manifest name | Parameters | Returns | Safe | Kind |",
      "|---|---|---|---|---|",
      "| `currentRoundId` / `totalKeysSold` | — | Integer | ✓ | |",
      "| `admin`, `updater` | — | Hash160 (null if unset) | ✓ | |",
      "| `settleEnvelope` | creator Hash160, amounts Array (of Integer), scriptHash ByteArray | Void | | [D] |",
      "| `setBetLimits` | maxBet, dailyLimit (Integer) | Void | | |",
      "| `onServiceCallback` | standard callback | Void | | legacy |",
      "| `getRound` | roundId Integer | Array or null | ✓ | |",
      "",
      "| `notInTable` | — | Void | | |",
    ].join("\n");
    const m = parseAbiTable(text, opts);
    expect(m.map((x) => x.name)).toEqual(["currentRoundId", "totalKeysSold", "admin", "updater", "settleEnvelope", "setBetLimits", "onServiceCallback", "getRound"]);
    expect(m[2]).toEqual({ name: "admin", parameters: [], returntype: "Hash160", safe: true, from: "t.md" });
    expect(m[4]!.parameters).toEqual([{ name: "creator", type: "Hash160" }, { name: "amounts", type: "Array" }, { name: "scriptHash", type: "ByteArray" }]);
    expect(m[5]!.parameters).toEqual([{ name: "maxBet", type: "Integer" }, { name: "dailyLimit", type: "Integer" }]);
    expect(m[6]!.parameters).toEqual(CB);
    expect(m[7]).toMatchObject({ returntype: "Array", safe: true });
  });

  it("reads the chosen name column of a two-column table", () => {
    const text = "| GameBase method | GameComputeBase method | Parameters | Returns | Safe |\n|---|---|---|---|---|\n| `getBetLimits` | `getGameBetLimits` | — | Array `[MaxBet]` | ✓ |";
    expect(parseAbiTable(text, { ...opts, nameColumn: 1 }).map((x) => x.name)).toEqual(["getGameBetLimits"]);
    expect(parseAbiTable(text, opts).map((x) => x.name)).toEqual(["getBetLimits"]);
  });

  it("names the row of a type it does not know", () => {
    const text = "| Method | Parameters | Returns | Safe |\n|---|---|---|---|\n| `f` | x Number | Void | |";
    expect(() => parseAbiTable(text, opts)).toThrow(/t\.md: row .*"Number" is not an ABI type/);
  });
});

describe("parseEvents", () => {
  it("reads typed events, `(all T)` events, and ignores references without parameters", () => {
    const e = parseEvents("x\nEvents: `KeysPurchased(player Hash160, keys Integer)`, plus GameBase `BetLimitsChanged`.\n", "a.md");
    expect(e).toEqual([{ name: "KeysPurchased", parameters: [{ name: "player", type: "Hash160" }, { name: "keys", type: "Integer" }], from: "a.md" }]);
    const all = parseEvents("Events: `BetLimitsChanged(maxBet, dailyLimit)` / `GameBetLimitsChanged(maxBet, dailyLimit)` (all Integer).", "d.md");
    expect(all.map((x) => x.name)).toEqual(["BetLimitsChanged", "GameBetLimitsChanged"]);
    expect(all[1]!.parameters).toEqual([{ name: "maxBet", type: "Integer" }, { name: "dailyLimit", type: "Integer" }]);
    expect(parseEvents("No public methods of its own. Event: `ServiceRequested(requestId Integer, serviceType String)` (emitted by the app).", "d.md")[0]!.name).toBe("ServiceRequested");
  });
});
