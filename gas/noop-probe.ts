import { sc } from "@cityofzion/neon-core";

/**
 * A contract whose one method, `noop()`, is a single RET (price 0): calling it costs exactly the
 * entry script plus `System.Contract.Call`, which is how the sweep measures that syscall's price.
 * Assembled with neon-core so it does not depend on the project's compiler.
 */
export function noopProbe(): { nef: Uint8Array; manifest: string } {
  const script = new sc.ScriptBuilder().emit(sc.OpCode.RET).build();
  const nef = new sc.NEF({ compiler: "neon-core ScriptBuilder", script });
  const manifest = {
    name: "GasNoopProbe",
    groups: [],
    features: {},
    supportedstandards: [],
    abi: { methods: [{ name: "noop", offset: 0, parameters: [], returntype: "Void", safe: true }], events: [] },
    permissions: [],
    trusts: [],
    extra: null,
  };
  return { nef: Buffer.from(nef.serialize(), "hex"), manifest: JSON.stringify(manifest) };
}
