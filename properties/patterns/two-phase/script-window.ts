import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { CallStep, Steps, type TimedSequence } from "../call-step/call-step.js";

/**
 * A compute app's script disabled for a while (devpack.md §5): ADMIN disables `scriptName`
 * `delay` ms after T_last, the app's own calls `inner` run (a pending operation's honest
 * settlement meets VSH's "script disabled", a paid initiate the app's "script not registered"),
 * then ADMIN enables it again a second later.
 */
export function scriptDisabledWindow<M extends TimedSequence & { readonly app: string }>(label: string, scriptName: string, inner: readonly DifferentialCommand<M>[], delay: bigint): DifferentialCommand<M> {
  const admin = (method: string, d: bigint) => new CallStep<M>(`${method}(${scriptName}) +${d}ms`, "admin", () => d, (m) => ({ contract: m.app, method, args: [arg.str(scriptName)] }));
  return new Steps<M>(`script disabled window(${label})`, [admin("disableScript", delay), ...inner, admin("enableScript", 1_000n)]);
}
