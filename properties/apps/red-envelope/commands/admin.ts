import { arg } from "../../../../neo-express/driver/abi-arg.js";
import { APP_ID, SCRIPT_NAME } from "../../../../simulator/apps/red-envelope/constants.js";
import { CallStep } from "../../../patterns/call-step/call-step.js";
import type { EnvelopeSequence } from "../sequence-model.js";
import { plainDelay } from "../../../harness/differential-run.js";

/** The admin's switches that settlements and creations see: `setPaused` ("paused") and `disableScript`/`enableScript` ("script disabled", "script not registered"). */
export function adminStep(signer: string, action: "pause" | "unpause" | "disable" | "enable", delayMs: bigint): CallStep<EnvelopeSequence> {
  const label = action === "pause" || action === "unpause" ? `setPaused(${action === "pause"})` : `${action}Script(${SCRIPT_NAME})`;
  return new CallStep(`${label} +${delayMs}ms`, signer, () => plainDelay(delayMs), (m) => {
    switch (action) {
      case "pause": case "unpause": return { contract: m.app, method: "setPaused", args: [arg.bool(action === "pause"), arg.str(APP_ID)] };
      case "disable": return { contract: m.app, method: "disableScript", args: [arg.str(SCRIPT_NAME)] };
      case "enable": return { contract: m.app, method: "enableScript", args: [arg.str(SCRIPT_NAME)] };
    }
  });
}
