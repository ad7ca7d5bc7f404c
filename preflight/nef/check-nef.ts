import { sc } from "@cityofzion/neon-core";
import { UsageError } from "../../config/usage-error.js";
import type { ManifestMethod } from "../abi/manifest-abi.js";
import { decodeScript, hex2 } from "./decode-script.js";
import { LATER_OPCODES } from "./neovm-opcodes.js";
import { SYSCALLS_3_5, SYSCALLS_LATER } from "./syscalls.js";

/** The chain every run uses (neo-express 3.5.20). */
const CHAIN_VERSION = "Neo 3.5.0";

interface NefProblem {
  readonly offset: number;
  readonly method: string;
  readonly message: string;
}

/** The manifest method whose code holds `offset`: the last one starting at or before it. */
function methodAt(methods: readonly Pick<ManifestMethod, "name" | "offset">[], offset: number): string {
  const m = [...methods].sort((a, b) => a.offset - b.offset).filter((x) => x.offset <= offset).at(-1);
  return m ? `${m.name} (starts at ${m.offset})` : "(before the first method)";
}

/**
 * Every instruction of a NEF's script that the chain's NeoVM would not run: an opcode or a
 * SYSCALL Neo 3.5.0 does not have, a CALLT past the NEF's method tokens, or bytes that do not
 * decode. Each names the opcode, its offset and the manifest method it lies in.
 */
function nefProblems(nefBytes: Uint8Array, methods: readonly Pick<ManifestMethod, "name" | "offset">[]): NefProblem[] {
  const nef = sc.NEF.fromBuffer(Buffer.from(nefBytes));
  const decoded = decodeScript(Buffer.from(nef.script, "hex"));
  const problems: NefProblem[] = [];
  const add = (offset: number, message: string) => problems.push({ offset, method: methodAt(methods, offset), message });
  for (const ins of decoded.instructions) {
    if (ins.known === "later") {
      add(ins.offset, `opcode ${ins.name} (${hex2(ins.code)}, added in ${LATER_OPCODES.get(ins.code)!.since}) is unknown to ${CHAIN_VERSION}'s NeoVM`);
    } else if (ins.name === "SYSCALL") {
      const id = Buffer.from(ins.operand).toString("hex");
      if (!SYSCALLS_3_5.has(id)) {
        const later = SYSCALLS_LATER.get(id);
        add(ins.offset, `SYSCALL ${later ?? `0x${id}`} is not an interop service of ${CHAIN_VERSION}${later ? " (added later)" : ""}`);
      }
    } else if (ins.name === "CALLT") {
      const token = ins.operand[0]! + ins.operand[1]! * 256;
      if (token >= nef.tokens.length) add(ins.offset, `CALLT ${token} refers past the NEF's ${nef.tokens.length} method tokens`);
    }
  }
  if (decoded.stoppedAt) add(decoded.stoppedAt.offset, `the script does not decode: ${decoded.stoppedAt.reason}`);
  return problems;
}

/** Before a run: refuse a NEF the chain cannot execute, listing every offending instruction (exit 2). */
function checkNef(nefBytes: Uint8Array, methods: readonly Pick<ManifestMethod, "name" | "offset">[], nefPath: string): void {
  const problems = nefProblems(nefBytes, methods);
  if (problems.length === 0) return;
  throw new UsageError("NEF_UNSUPPORTED",
    `${nefPath} cannot run on the chain (${CHAIN_VERSION}, neo-express 3.5.20); ${problems.length} instruction${problems.length > 1 ? "s" : ""}:\n` +
      problems.map((p) => `  - offset ${p.offset} in method ${p.method}: ${p.message}`).join("\n"),
    `build the contract for ${CHAIN_VERSION}: nccs 3.5.0 with Neo.SmartContract.Framework 3.5.0, or this project's compiler; ` +
      "nccs 3.6 and later emit ASSERTMSG/ABORTMSG for ExecutionEngine.Assert(cond, msg) — the spec's contracts throw instead (spec README §7)");
}

export { checkNef, nefProblems, CHAIN_VERSION };
export type { NefProblem };
