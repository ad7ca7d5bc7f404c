import { describe, expect, it } from "vitest";
import { customOnly, entryAnd, parseSender } from "./sender-name.js";

describe("sender names with witness scopes", () => {
  it("parse every form of the table in sender-name.ts", () => {
    expect(parseSender("u1")).toEqual({ name: "u1", witness: "entry", customContracts: [] });
    expect(parseSender("admin/none")).toEqual({ name: "admin", witness: "none", customContracts: [] });
    expect(parseSender(entryAnd("u2", "NEO"))).toEqual({ name: "u2", witness: "entry", customContracts: ["NEO"] });
    expect(parseSender(customOnly("u3", "NEO", "ItemToken"))).toEqual({ name: "u3", witness: "none", customContracts: ["NEO", "ItemToken"] });
    expect(entryAnd("u2", "NEO", "GAS")).toBe("u2/entry+NEO,GAS");
  });

  it("refuse a suffix they do not know or an empty contract list", () => {
    for (const bad of ["u1/all", "u1/entry+", "u1/custom:", "u1/custom:NEO,", "u1/"]) expect(() => parseSender(bad)).toThrow(/scope suffix/);
  });
});
