import { existsSync, readFileSync } from "node:fs";
import { relative, isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import { sc } from "@cityofzion/neon-core";
import { decodeScript } from "../preflight/nef/decode-script.js";
import type { ContractCoverage } from "./coverage-schema.js";
import type { DebugInfo } from "./debug-info.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** NeoVM's conditional jumps: JMPIF … JMPLE_L (each with two directions). */
const CONDITIONAL = /^JMP(IF|IFNOT|EQ|NE|GT|GE|LT|LE)(_L)?$/;

/** `throw new Exception("…")` in C#: the spec's way to fault with a message (README §7). */
const THROW = /throw new (?:System\.)?Exception\("((?:[^"\\]|\\.)*)"\)/g;

export type Structure = ContractCoverage["structure"];

/**
 * What can be covered in a contract: its instructions and conditional jumps (decoded from the
 * NEF's script), its methods, and, with debug info, the C# lines behind each instruction and the
 * messages the source throws. Without debug info (a NEF built elsewhere without it), methods come
 * from the manifest's ABI offsets and the report stays at method and instruction level.
 */
export function contractStructure(nefFile: Uint8Array, manifest: string, debug: DebugInfo | undefined): Structure {
  const script = Buffer.from(sc.NEF.fromBuffer(Buffer.from(nefFile)).script, "hex");
  const decoded = decodeScript(script);
  const instructions = decoded.instructions.map((i) => i.offset);
  const jumps = decoded.instructions.filter((i) => CONDITIONAL.test(i.name)).map((i) => i.offset);
  const filtered = debug?.synthetic ? debug.synthetic.map((b) => ({ ip: b.offset, reason: b.reason })) : syntheticByPattern(decoded.instructions);
  if (!debug) return { instructions, jumps, methods: abiMethods(manifest, script.length), files: [], points: [], filtered, throws: [] };
  const files = debug.documents.map((path) => ({ path: shown(path), text: existsSync(path) ? readFileSync(path, "utf8") : "" }));
  const methods = debug.methods.map((m) => ({ name: m.name.replace(/^.*\.([^.,]+),/, "$1."), start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
  const points = debug.methods.flatMap((m) => m.points.map((p) => [p.ip, p.document, p.line, p.column] as [number, number, number, number])).sort((a, b) => a[0] - b[0]);
  const throws = files.flatMap((f, file) => f.text.split("\n").flatMap((text, i) => [...text.matchAll(THROW)].map((m) => ({ message: m[1]!, file, line: i + 1, column: m.index + 1 }))));
  return { instructions, jumps, methods, files, points, filtered, throws };
}

type Decoded = ReturnType<typeof decodeScript>["instructions"][number];

/**
 * Without the compiler's own list (a NEF from nccs 3.5.0), the synthetic jumps of the two
 * conversions nccs and our compiler emit alike, found by their exact instruction sequence:
 * `(BigInteger)ByteString`: `DUP ISNULL JMPIFNOT +4 DROP PUSH0 CONVERT Integer` (null reads as 0);
 * `(UInt160)ByteString`: `DUP ISNULL JMPIF end DUP SIZE PUSHINT8 20 JMPEQ end THROW` (and 32 / 33
 * for UInt256 / ECPoint). An `if`, `&&`, `?:` or loop of the source compiles to neither (an `if`
 * does not DUP its condition's operand; `??` does, but is not followed by DROP PUSH0 CONVERT or by
 * a SIZE test and a bare THROW).
 */
export function syntheticByPattern(code: readonly Decoded[]): { ip: number; reason: string }[] {
  const out: { ip: number; reason: string }[] = [];
  const names = (i: number, ...want: string[]) => want.every((w, k) => code[i + k]?.name.replace(/_L$/, "") === w);
  for (let i = 0; i < code.length; i++) {
    if (names(i, "DUP", "ISNULL", "JMPIFNOT", "DROP", "PUSH0", "CONVERT") && code[i + 2]!.operand[0] === 4 && code[i + 5]!.operand[0] === 0x21)
      out.push({ ip: code[i + 2]!.offset, reason: "(BigInteger) conversion of a ByteString" });
    if (names(i, "DUP", "ISNULL", "JMPIF", "DUP", "SIZE", "PUSHINT8", "JMPEQ", "THROW")) {
      const size = code[i + 5]!.operand[0];
      const type = size === 20 ? "UInt160" : size === 32 ? "UInt256" : size === 33 ? "ECPoint" : undefined;
      if (type) out.push({ ip: code[i + 2]!.offset, reason: `(${type}) conversion of a ByteString` }, { ip: code[i + 6]!.offset, reason: `(${type}) conversion of a ByteString` });
    }
  }
  return out;
}

/** Methods by the manifest's ABI offsets: each runs to the next one's start. */
function abiMethods(manifest: string, length: number): Structure["methods"] {
  const abi = (JSON.parse(manifest) as { abi: { methods: { name: string; offset: number }[] } }).abi.methods;
  const starts = [...new Map(abi.map((m) => [m.offset, m.name])).entries()].sort((a, b) => a[0] - b[0]);
  return starts.map(([start, name], i) => ({ name, start, end: (starts[i + 1]?.[0] ?? length) - 1 }));
}

/** A source path relative to the project when it lies inside it (debug info names absolute paths). */
function shown(path: string): string {
  if (!isAbsolute(path)) return path;
  const r = relative(ROOT, path);
  return r.startsWith("..") ? path : r;
}
