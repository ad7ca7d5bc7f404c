import { arg } from "../../../neo-express/driver/abi-arg.js";
import { computeVerified, type ComputeRequest, type ComputeResponse } from "../../../simulator/tee/compute-verified.js";
import { scriptInfoFromItem, type ScriptInfoReader } from "../../../simulator/tee/script-info.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import type { DifferentialRun } from "../../harness/differential-run.js";

/**
 * The TEE's on-chain read (platform.md §5 step 3) made on the chain under test, as the real
 * service would: a test invocation of `getScriptInfo(name)` on the app. Not a differential step:
 * the TEE is a third party reading the chain, the model is not asked.
 */
export function chainScriptInfoReader(r: DifferentialRun): ScriptInfoReader {
  return async (contractHash, scriptName) => {
    const out = await r.chain.testInvoke({ contract: contractHash, method: "getScriptInfo", args: [arg.str(scriptName)] }, 0n);
    if (out.state !== "HALT") throw new Error(`getScriptInfo FAULTed on chain: ${out.exception}`);
    return scriptInfoFromItem(out.stack[0]!);
  };
}

/** Phase two's off-chain step of a TEE two-phase app: `POST /compute-verified` against the chain. */
export function teeCompute(r: DifferentialRun, registry: ScriptRegistry, request: ComputeRequest): Promise<ComputeResponse> {
  return computeVerified(request, registry, chainScriptInfoReader(r));
}
