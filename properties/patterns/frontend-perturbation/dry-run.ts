import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import { sender } from "../../../simulator/runtime/witness.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import { ModelSystem, modelCall } from "../../harness/model-system.js";

/** The honest submission on a copy of the model at `time` (FrontendPattern.dryRun for most apps). */
export function dryRunOnModelCopy(model: ModelChain, r: DifferentialRun, honest: { readonly call: ContractCall; readonly sender: string }, time: bigint): Outcome {
  const modelSide = r.model as ModelSystem;
  return model.copy().invoke(modelCall(honest.call), { signers: [sender(modelSide.accountOf(honest.sender))], now: time });
}
