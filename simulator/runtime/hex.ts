/**
 * Byte strings in the model are lowercase hex strings: immutable, cheap to copy and to compare,
 * concatenation is `+` (`a ‖ b`), and string order equals byte order, so storage keys sort as
 * the chain sorts them. Byte order is never implied: a value's type says it (see hash160.ts).
 */
export type Hex = string;

export function hexOf(bytes: Uint8Array): Hex {
  return Buffer.from(bytes).toString("hex");
}

export function bytesOfHex(hex: Hex): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) throw new Error(`not lowercase hex: "${hex}"`);
  return new Uint8Array(Buffer.from(hex, "hex"));
}

/** utf8(s) of spec README §3: UTF-8 bytes, no terminator, no length prefix. */
export function utf8Hex(s: string): Hex {
  // ASCII (every storage key prefix and app id) without a Buffer; anything else through one.
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return Buffer.from(s, "utf8").toString("hex");
    out += ASCII_HEX[c]!;
  }
  return out;
}

const ASCII_HEX = Array.from({ length: 0x80 }, (_, c) => c.toString(16).padStart(2, "0"));

const strict = new TextDecoder("utf-8", { fatal: true });

/** The string whose UTF-8 bytes are `hex`; undefined when they are not strict UTF-8. */
export function stringOfUtf8Hex(hex: Hex): string | undefined {
  try {
    return strict.decode(bytesOfHex(hex));
  } catch {
    return undefined;
  }
}

/** Length in bytes (what NeoVM `SIZE`, and so C# `string.Length` under nccs, returns). */
export function byteLength(hex: Hex): number {
  return hex.length / 2;
}
