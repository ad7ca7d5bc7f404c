import { sc } from "@cityofzion/neon-core";

/**
 * A tiny contract assembled with neon-core's ScriptBuilder, for chain tests of the driver that
 * must not depend on the project's compiler: `time()` returns Runtime.Time, `fail(msg)` throws
 * msg, `ping(x)` emits `Ping(x)` and returns x, `put(key, value)` writes storage.
 */
export function tinyContract(name = "TinyProbe"): { nef: Uint8Array; manifest: string } {
  const sb = new sc.ScriptBuilder();
  const methods: { name: string; offset: number; parameters: { name: string; type: string }[]; returntype: string; safe: boolean }[] = [];
  const at = () => sb.build().length / 2;

  methods.push({ name: "time", offset: at(), parameters: [], returntype: "Integer", safe: true });
  sb.emitSysCall(sc.InteropServiceCode.SYSTEM_RUNTIME_GETTIME).emit(sc.OpCode.RET);

  methods.push({ name: "fail", offset: at(), parameters: [{ name: "msg", type: "String" }], returntype: "Void", safe: false });
  sb.emit(sc.OpCode.INITSLOT, "0001").emit(sc.OpCode.LDARG0).emit(sc.OpCode.THROW);

  methods.push({ name: "ping", offset: at(), parameters: [{ name: "x", type: "Any" }], returntype: "Any", safe: false });
  sb.emit(sc.OpCode.INITSLOT, "0001").emit(sc.OpCode.LDARG0).emit(sc.OpCode.PUSH1).emit(sc.OpCode.PACK)
    .emitString("Ping").emitSysCall(sc.InteropServiceCode.SYSTEM_RUNTIME_NOTIFY).emit(sc.OpCode.LDARG0).emit(sc.OpCode.RET);

  methods.push({ name: "put", offset: at(), parameters: [{ name: "key", type: "ByteArray" }, { name: "value", type: "ByteArray" }], returntype: "Void", safe: false });
  sb.emit(sc.OpCode.INITSLOT, "0002").emit(sc.OpCode.LDARG1).emit(sc.OpCode.LDARG0)
    .emitSysCall(sc.InteropServiceCode.SYSTEM_STORAGE_GETCONTEXT).emitSysCall(sc.InteropServiceCode.SYSTEM_STORAGE_PUT).emit(sc.OpCode.RET);

  const nef = new sc.NEF({ compiler: "neon-core ScriptBuilder", script: sb.build() });
  const manifest = {
    name,
    groups: [],
    features: {},
    supportedstandards: [],
    abi: { methods, events: [{ name: "Ping", parameters: [{ name: "x", type: "Any" }] }] },
    permissions: [{ contract: "*", methods: "*" }],
    trusts: [],
    extra: null,
  };
  return { nef: Buffer.from(nef.serialize(), "hex"), manifest: JSON.stringify(manifest) };
}
