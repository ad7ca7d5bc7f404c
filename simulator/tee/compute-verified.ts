import { z } from "zod";
import { bytesOfHex } from "../runtime/hex.js";
import type { JsonObject } from "./json-value.js";
import type { ScriptInfoReader } from "./script-info.js";
import { scriptHashOf, type ScriptRegistry } from "./script-registry.js";

/** `POST /compute-verified` request (platform.md §5). */
export const ComputeRequestSchema = z.object({
  app_id: z.string(),
  contract_hash: z.string(),
  script_name: z.string(),
  seed: z.string(),
  input: z.record(z.string(), z.unknown()),
});
export type ComputeRequest = Omit<z.infer<typeof ComputeRequestSchema>, "input"> & { readonly input: JsonObject };

export type ComputeResponse =
  | { readonly success: true; readonly result: JsonObject;
      readonly verification: { readonly script_name: string; readonly script_hash: string; readonly script_version: number; readonly verified: true } }
  | { readonly success: false; readonly error: string };

/** The refusals, in the order they are checked; the first failure wins. */
export const TEE_REFUSALS = ["script not found", "invalid seed", "script not registered", "script disabled", "script hash mismatch"] as const;

const refuse = (error: (typeof TEE_REFUSALS)[number]): ComputeResponse => ({ success: false, error });

/**
 * The compute-verified service: registry lookup, seed shape, the on-chain registration (exists,
 * enabled, same hash as H(utf8(text))), then `fn(seed, input)`. Deterministic: no clock, no
 * randomness. A script whose `fn` throws is a project bug and propagates.
 */
export async function computeVerified(request: ComputeRequest, registry: ScriptRegistry, readInfo: ScriptInfoReader): Promise<ComputeResponse> {
  const script = registry.get(request.app_id, request.script_name);
  if (!script) return refuse("script not found");
  if (!/^[0-9a-fA-F]{64}$/.test(request.seed)) return refuse("invalid seed");
  const info = await readInfo(request.contract_hash, request.script_name);
  if (!info.exists) return refuse("script not registered");
  if (!info.enabled) return refuse("script disabled");
  const hash = scriptHashOf(script.text);
  if (info.hash !== hash) return refuse("script hash mismatch");
  const result = script.fn(bytesOfHex(request.seed.toLowerCase()), request.input);
  return {
    success: true,
    result,
    verification: { script_name: request.script_name, script_hash: hash, script_version: Number(info.version), verified: true },
  };
}
