import { H } from "../runtime/hash.js";
import { utf8Hex, type Hex } from "../runtime/hex.js";
import type { JsonObject } from "./json-value.js";

/**
 * A TEE script (platform.md §5 "Script registry"): `text` is the canonical source stored in the
 * project, `fn` its deterministic implementation (the function the app file defines).
 */
export interface TeeScript {
  readonly text: string;
  readonly fn: (seed: Uint8Array, input: JsonObject) => JsonObject;
}

/** script_hash = H(utf8(text)): the 32 bytes the admin registers on chain, as lowercase hex. */
export function scriptHashOf(text: string): Hex {
  return H(utf8Hex(text));
}

/** The off-chain registry: (app_id, script_name) → script. */
export class ScriptRegistry {
  private readonly scripts = new Map<string, Map<string, TeeScript>>();

  register(appId: string, scriptName: string, script: TeeScript): this {
    const app = this.scripts.get(appId) ?? new Map<string, TeeScript>();
    app.set(scriptName, script);
    this.scripts.set(appId, app);
    return this;
  }

  get(appId: string, scriptName: string): TeeScript | undefined {
    return this.scripts.get(appId)?.get(scriptName);
  }
}
