import { LATER_OPCODES, NEOVM_3_5_OPCODES, type OpCodeInfo } from "./neovm-opcodes.js";

interface Instruction {
  readonly offset: number;
  readonly code: number;
  readonly name: string;
  /** The operand bytes (for PUSHDATA*, the data without its length prefix). */
  readonly operand: Uint8Array;
  /** `later`: an opcode of a newer NeoVM than 3.5 (its name and size are known, the chain lacks it). */
  readonly known: "3.5" | "later";
}

interface DecodedScript {
  readonly instructions: readonly Instruction[];
  /** Why decoding stopped early: a byte no NeoVM version defines, or an operand past the end. */
  readonly stoppedAt?: { readonly offset: number; readonly reason: string };
}

const hex2 = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

function operandLength(info: OpCodeInfo, script: Uint8Array, at: number): { skip: number; length: number } | undefined {
  if (typeof info.operand === "number") return { skip: 0, length: info.operand };
  const n = info.operand.prefix;
  if (at + n > script.length) return undefined;
  let length = 0;
  for (let i = n - 1; i >= 0; i--) length = length * 256 + script[at + i]!;
  return { skip: n, length };
}

/**
 * Splits a NeoVM script into instructions, front to back, as the VM reads it. Instructions of a
 * later NeoVM are decoded too (so every one of them is reported); an undefined byte or a
 * truncated operand stops the walk, since what follows cannot be framed.
 */
function decodeScript(script: Uint8Array): DecodedScript {
  const instructions: Instruction[] = [];
  let at = 0;
  while (at < script.length) {
    const code = script[at]!;
    const info = NEOVM_3_5_OPCODES.get(code) ?? LATER_OPCODES.get(code);
    if (!info) return { instructions, stoppedAt: { offset: at, reason: `byte ${hex2(code)} is not an opcode of any NeoVM version` } };
    const len = operandLength(info, script, at + 1);
    const start = at + 1 + (len?.skip ?? 0);
    if (!len || start + len.length > script.length) {
      return { instructions, stoppedAt: { offset: at, reason: `the operand of ${info.name} runs past the end of the script` } };
    }
    instructions.push({ offset: at, code, name: info.name, operand: script.subarray(start, start + len.length), known: NEOVM_3_5_OPCODES.has(code) ? "3.5" : "later" });
    at = start + len.length;
  }
  return { instructions };
}

export { decodeScript, hex2 };
export type { DecodedScript, Instruction };
