import { displayOf, hash160FromDisplay } from "../runtime/hash160.js";
import { stringOfUtf8Hex, utf8Hex, type Hex } from "../runtime/hex.js";
import type { ModelChain } from "../runtime/model-chain.js";
import type { StackItem } from "../runtime/stack-item.js";

/** What `getScriptInfo(name)` returns (devpack.md §5), decoded. */
export type ScriptInfo =
  | { readonly exists: false }
  | { readonly exists: true; readonly name: string; readonly hash: Hex; readonly version: bigint; readonly enabled: boolean };

/**
 * The on-chain read the service makes (a test invocation of getScriptInfo on `contract_hash`),
 * injected so the same service runs against the model or the chain.
 */
export type ScriptInfoReader = (contractHash: string, scriptName: string) => ScriptInfo | Promise<ScriptInfo>;

/** Decodes getScriptInfo's Map, whichever side returned it. */
export function scriptInfoFromItem(item: StackItem): ScriptInfo {
  if (item.type !== "Map") throw new Error(`getScriptInfo returned ${item.type}, not a Map`);
  const get = (key: string) => item.entries.find(([k]) => k.type === "ByteString" && k.hex === utf8Hex(key))?.[1];
  const exists = get("exists");
  if (!exists || exists.type !== "Boolean" || !exists.value) return { exists: false };
  const name = get("name"), hash = get("hash"), version = get("version"), enabled = get("enabled");
  if (name?.type !== "ByteString" || hash?.type !== "ByteString" || version?.type !== "Integer" || enabled?.type !== "Boolean") {
    throw new Error("getScriptInfo Map lacks name/hash/version/enabled of the expected types");
  }
  return { exists: true, name: stringOfUtf8Hex(name.hex) ?? "", hash: hash.hex, version: version.value, enabled: enabled.value };
}

/** The reader over a model chain: a test invocation at `tinv()`. */
export function modelScriptInfoReader(chain: ModelChain, tinv: () => bigint): ScriptInfoReader {
  return (contractHash, scriptName) => {
    const outcome = chain.testInvoke({ contract: displayOf(hash160FromDisplay(contractHash)), method: "getScriptInfo",
      args: [{ type: "ByteString", hex: utf8Hex(scriptName) }] }, tinv());
    if (outcome.state !== "HALT") throw new Error(`getScriptInfo FAULTed: ${outcome.exception}`);
    return scriptInfoFromItem(outcome.stack[0]!);
  };
}
