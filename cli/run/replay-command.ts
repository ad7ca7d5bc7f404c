import type { RunOptions } from "../../properties/harness/run-property.js";

/**
 * The command a report prints for a failing sequence: `replay` of that property at its seed and
 * path (and shrink path and shared-block times), on the engine lane when the property ran there
 * judged by neo-express, with the config it ran under. One builder for verify and the soak.
 */
export function replayCommandFor(app: string, property: string, o: { readonly engineLane: boolean; readonly configFile?: string }): RunOptions["replayCommand"] {
  return (seed, path, replayPath, times) =>
    `npx miniapp-verify replay --app ${app} --property ${property} --seed ${seed} --path ${path}` +
    `${replayPath ? ` --replay-path ${replayPath}` : ""}${times ? ` --times ${times}` : ""}${o.engineLane ? " --lane engine" : ""}${o.configFile ? ` --config ${o.configFile}` : ""}`;
}
