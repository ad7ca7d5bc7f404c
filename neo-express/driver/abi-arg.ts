import { sc, u } from "@cityofzion/neon-core";
import type { StackItem } from "../../simulator/runtime/stack-item.js";

/**
 * A contract-call argument as a plain typed value, one representation for both sides of a
 * differential run: `toContractParam` gives neon-core's parameter for the chain's script,
 * `toStackItem` gives what the VM hands the contract, which is what the model receives.
 * Byte order is in the field names: a Hash160 is given in display form (`0x…`, big-endian).
 */
export type AbiArg =
  | { readonly type: "Any" }
  | { readonly type: "Boolean"; readonly value: boolean }
  | { readonly type: "Integer"; readonly value: bigint }
  | { readonly type: "String"; readonly value: string }
  | { readonly type: "ByteArray"; readonly hex: string }
  | { readonly type: "Hash160"; readonly display: string }
  | { readonly type: "Array"; readonly items: readonly AbiArg[] };

export const arg = {
  any: (): AbiArg => ({ type: "Any" }),
  bool: (value: boolean): AbiArg => ({ type: "Boolean", value }),
  int: (value: bigint | number): AbiArg => ({ type: "Integer", value: BigInt(value) }),
  str: (value: string): AbiArg => ({ type: "String", value }),
  bytes: (hex: string): AbiArg => ({ type: "ByteArray", hex: hex.toLowerCase() }),
  hash160: (display: string): AbiArg => ({ type: "Hash160", display: "0x" + stripHex(display).toLowerCase() }),
  array: (items: readonly AbiArg[]): AbiArg => ({ type: "Array", items }),
};

export function toContractParam(a: AbiArg): sc.ContractParam {
  switch (a.type) {
    case "Any": return sc.ContractParam.any(null);
    case "Boolean": return sc.ContractParam.boolean(a.value);
    case "Integer": return sc.ContractParam.integer(a.value.toString());
    case "String": return sc.ContractParam.string(a.value);
    // neon-core reads a plain string as base64; a HexString keeps the bytes as given.
    case "ByteArray": return sc.ContractParam.byteArray(u.HexString.fromHex(a.hex, true));
    // A HexString, not a string: neon-core would first try the string as a base58 address (slow, and never one here).
    case "Hash160": return sc.ContractParam.hash160(u.HexString.fromHex(stripHex(a.display)));
    case "Array": return sc.ContractParam.array(...a.items.map(toContractParam));
  }
}

export function toStackItem(a: AbiArg): StackItem {
  switch (a.type) {
    case "Any": return { type: "Any" };
    case "Boolean": return { type: "Boolean", value: a.value };
    case "Integer": return { type: "Integer", value: a.value };
    case "String": return { type: "ByteString", hex: Buffer.from(a.value, "utf8").toString("hex") };
    case "ByteArray": return { type: "ByteString", hex: a.hex };
    case "Hash160": return { type: "ByteString", hex: u.reverseHex(stripHex(a.display)) };
    case "Array": return { type: "Array", items: a.items.map(toStackItem) };
  }
}

export function showArg(a: AbiArg): string {
  switch (a.type) {
    case "Any": return "null";
    case "Boolean": return String(a.value);
    case "Integer": return a.value.toString();
    case "String": return JSON.stringify(a.value);
    case "ByteArray": return `0x${a.hex}`;
    case "Hash160": return a.display;
    case "Array": return `[${a.items.map(showArg).join(", ")}]`;
  }
}

/** A hash without its `0x`. */
export function stripHex(hash: string): string {
  return hash.startsWith("0x") ? hash.slice(2) : hash;
}
