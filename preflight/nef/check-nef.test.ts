import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sc } from "@cityofzion/neon-core";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../config/usage-error.js";
import { checkNef, nefProblems } from "./check-nef.js";
import { decodeScript } from "./decode-script.js";
import { LATER_OPCODES, NEOVM_3_5_OPCODES } from "./neovm-opcodes.js";
import { NEO_3_5_SYSCALLS, syscallId } from "./syscalls.js";

const BUILD = join(fileURLToPath(new URL("../..", import.meta.url)), "build", "contracts");
const CONTRACTS = ["MiniAppDoomsdayClock", "MiniAppBaseProbe", "MiniAppTimeLockProbe", "PaymentHub", "PauseRegistry", "ServiceLayerGateway"];
const load = (name: string) => ({
  nef: sc.NEF.fromBuffer(readFileSync(join(BUILD, `${name}.nef`))),
  methods: JSON.parse(readFileSync(join(BUILD, `${name}.manifest.json`), "utf8")).abi.methods as { name: string; offset: number }[],
});

/** The NEF with its script changed by `edit` (same length), re-serialized with a valid checksum. */
function doctor(nef: sc.NEF, edit: (script: Buffer) => void): Uint8Array {
  const script = Buffer.from(nef.script, "hex");
  edit(script);
  return new Uint8Array(Buffer.from(new sc.NEF({ compiler: nef.compiler, source: nef.source, tokens: nef.tokens, script: script.toString("hex") }).serialize(), "hex"));
}

function nefError(bytes: Uint8Array, methods: { name: string; offset: number }[]): UsageError {
  try {
    checkNef(bytes, methods, "doctored.nef");
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error("expected NEF_UNSUPPORTED");
}

describe("checkNef", () => {
  it.each(CONTRACTS)("accepts %s as built by the project's compiler", (name) => {
    const { nef, methods } = load(name);
    const bytes = new Uint8Array(Buffer.from(nef.serialize(), "hex"));
    expect(decodeScript(Buffer.from(nef.script, "hex")).stoppedAt).toBeUndefined();
    expect(nefProblems(bytes, methods)).toEqual([]);
  });

  it("refuses an injected ASSERTMSG, naming opcode, offset, method and chain version", () => {
    const { nef, methods } = load("MiniAppDoomsdayClock");
    const start = methods.find((m) => m.name === "buyKeysWithCost")!.offset;
    const target = decodeScript(Buffer.from(nef.script, "hex")).instructions.find((i) => i.offset > start && i.operand.length === 0 && i.name !== "RET")!;
    const e = nefError(doctor(nef, (s) => { s[target.offset] = 0xe1; }), methods);
    expect(e.code).toBe("NEF_UNSUPPORTED");
    expect(e.message).toContain("doctored.nef cannot run on the chain (Neo 3.5.0, neo-express 3.5.20); 1 instruction:");
    expect(e.message).toContain(`  - offset ${target.offset} in method buyKeysWithCost (starts at ${start}): opcode ASSERTMSG (0xE1, added in Neo 3.6.0) is unknown to Neo 3.5.0's NeoVM`);
    expect(e.fix).toContain("nccs 3.5.0");
  });

  it("refuses a SYSCALL Neo 3.5.0 lacks, every one of several problems, and bytes that do not decode", () => {
    const { nef, methods } = load("PaymentHub");
    const ins = decodeScript(Buffer.from(nef.script, "hex")).instructions;
    const syscall = ins.find((i) => i.name === "SYSCALL")!;
    const abort = ins.filter((i) => i.operand.length === 0 && i.offset > syscall.offset + 5)[0]!;
    const last = ins.at(-1)!;
    const e = nefError(doctor(nef, (s) => {
      Buffer.from(syscallId("System.Runtime.CurrentSigners"), "hex").copy(s, syscall.offset + 1);
      s[abort.offset] = 0xe0;
      s[last.offset] = 0xff;
    }), methods);
    expect(e.message).toContain("3 instructions:");
    expect(e.message).toContain(`offset ${syscall.offset} in method`);
    expect(e.message).toContain("SYSCALL System.Runtime.CurrentSigners is not an interop service of Neo 3.5.0 (added later)");
    expect(e.message).toContain(`offset ${abort.offset} in method`);
    expect(e.message).toContain("opcode ABORTMSG (0xE0, added in Neo 3.6.0)");
    expect(e.message).toContain(`offset ${last.offset} in method`);
    expect(e.message).toContain("the script does not decode: byte 0xFF is not an opcode of any NeoVM version");
  });
});

describe("the instruction set and syscall facts", () => {
  it("agree with neon-core's names and interop ids wherever both define them", () => {
    const opcodes = sc.OpCode as unknown as Record<string, number>;
    for (const info of [...NEOVM_3_5_OPCODES.values(), ...LATER_OPCODES.values()]) expect([info.name, opcodes[info.name]]).toEqual([info.name, info.code]);
    expect(NEOVM_3_5_OPCODES.size).toBe(194);
    const ids = sc.InteropServiceCode as unknown as Record<string, string>;
    for (const name of NEO_3_5_SYSCALLS) expect(syscallId(name)).toBe(ids[name.replace(/\./g, "_").toUpperCase()]);
    expect(syscallId("System.Contract.Call")).toBe(sc.InteropServiceCode.SYSTEM_CONTRACT_CALL);
    expect(syscallId("System.Storage.Put")).toBe(sc.InteropServiceCode.SYSTEM_STORAGE_PUT);
    expect(syscallId("System.Runtime.CurrentSigners")).toBe(sc.InteropServiceCode.SYSTEM_RUNTIME_CURRENTSIGNERS);
  });

  it("frames PUSHDATA by its length prefix and fixed operands by size", () => {
    const d = decodeScript(Uint8Array.from([0x0c, 0x02, 0xaa, 0xbb, 0x01, 0x34, 0x12, 0x41, 1, 2, 3, 4, 0x40]));
    expect(d.instructions.map((i) => [i.offset, i.name, Buffer.from(i.operand).toString("hex")])).toEqual([
      [0, "PUSHDATA1", "aabb"], [4, "PUSHINT16", "3412"], [7, "SYSCALL", "01020304"], [12, "RET", ""],
    ]);
    expect(decodeScript(Uint8Array.from([0x0d, 0x05, 0x00, 0x01])).stoppedAt?.reason).toBe("the operand of PUSHDATA2 runs past the end of the script");
  });
});
