import type { Hex } from "./hex.js";

/**
 * A UInt160 as the VM holds it: 20 raw bytes, little-endian (h160 of spec README §3), as hex.
 * The brand keeps it apart from the `0x…` display form, whose byte order is the reverse; frontends
 * go wrong exactly there, so a conversion is always explicit.
 */
export type Hash160Le = Hex & { readonly __byteOrder: "Hash160Le" };

/** `0x` + 40 hex digits, big-endian: the form of `Outcome.notifications[].contract` and explorers. */
export type Hash160Display = string & { readonly __byteOrder: "Hash160Display" };

export const ZERO_HASH160 = "00".repeat(20) as Hash160Le;

export function isHash160Le(hex: Hex): hex is Hash160Le {
  return /^[0-9a-f]{40}$/.test(hex);
}

export function hash160Le(hex: Hex): Hash160Le {
  if (!isHash160Le(hex)) throw new Error(`not 20 bytes of lowercase hex: "${hex}"`);
  return hex;
}

/** Display forms already converted: a run names the same few contracts and accounts at every step. */
const fromDisplay = new Map<string, Hash160Le>();

export function hash160FromDisplay(display: string): Hash160Le {
  const known = fromDisplay.get(display);
  if (known !== undefined) return known;
  const body = (display.startsWith("0x") ? display.slice(2) : display).toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(body)) throw new Error(`not a 0x… script hash: "${display}"`);
  const le = reverseHex(body) as Hash160Le;
  if (fromDisplay.size >= 4096) fromDisplay.clear();
  fromDisplay.set(display, le);
  return le;
}

export function displayOf(hash: Hash160Le): Hash160Display {
  return ("0x" + reverseHex(hash)) as Hash160Display;
}

function reverseHex(hex: string): string {
  let out = "";
  for (let i = hex.length - 2; i >= 0; i -= 2) out += hex[i]! + hex[i + 1]!;
  return out;
}
