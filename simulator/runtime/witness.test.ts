import { describe, expect, it } from "vitest";
import { hash160Le } from "./hash160.js";
import { checkWitness, type WitnessFrame, type WitnessScopes } from "./witness.js";

const h = (b: string) => hash160Le(b.repeat(20));
const USER = h("01"), APP = h("0a"), NEO = h("0e"), ENTRY = h("ee"), OTHER = h("02");

const frame = (scopes: WitnessScopes, executing: typeof APP, calling: typeof APP): WitnessFrame =>
  ({ signers: [{ account: USER, scopes }], executing, calling, entry: ENTRY });

describe("CheckWitness (spec README §5 model call context)", () => {
  it("CalledByEntry admits only the entry call", () => {
    expect(checkWitness(frame({ calledByEntry: true }, APP, ENTRY), USER)).toBe(true);
    // NEO.transfer(owner → app) called by the app: calling = app ≠ entry.
    expect(checkWitness(frame({ calledByEntry: true }, NEO, APP), USER)).toBe(false);
  });

  it("CustomContracts admits calls whose executing contract is listed, wherever they come from", () => {
    expect(checkWitness(frame({ customContracts: [NEO] }, NEO, APP), USER)).toBe(true);
    // CustomContracts[token] alone fails the app's own check (README §6).
    expect(checkWitness(frame({ customContracts: [NEO] }, APP, ENTRY), USER)).toBe(false);
    expect(checkWitness(frame({ calledByEntry: true, customContracts: [NEO] }, APP, ENTRY), USER)).toBe(true);
  });

  it("Global admits every call", () => {
    expect(checkWitness(frame({ global: true }, NEO, APP), USER)).toBe(true);
  });

  it("u = calling passes without a signer; another account never does", () => {
    expect(checkWitness(frame({ calledByEntry: true }, NEO, APP), APP)).toBe(true);
    expect(checkWitness(frame({ global: true }, APP, ENTRY), OTHER)).toBe(false);
    expect(checkWitness(frame({}, APP, ENTRY), USER)).toBe(false);
  });
});
