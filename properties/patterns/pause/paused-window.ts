import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { DifferentialRun } from "../../harness/differential-run.js";
import type { DifferentialCommand } from "../../harness/run-property.js";

/** What a sequence needs to pause its app: the app, its world's PauseRegistry and T_last. */
export interface PausableSequence {
  readonly app: string;
  readonly pauseRegistry: string;
  time: bigint;
}

/**
 * Which pause NP (devpack.md ValidateNotGloballyPaused) meets: the app's local flag (ADMIN's
 * `setPaused`, → "paused"), or the PauseRegistry's flag for the app or for every app (ADMIN is
 * the registry's admin, → "globally paused").
 */
export type PauseKind = "local" | "registry-app" | "registry-global";

/**
 * The pause window, for every app: ADMIN pauses, the app's user calls run (each must meet NP:
 * "paused" or "globally paused", compared with the model like any step), ADMIN lifts the pause.
 * Calls are built at run time from the sequence's state.
 */
export class PausedWindow<M extends PausableSequence> implements DifferentialCommand<M> {
  constructor(readonly kind: PauseKind, readonly appId: string, readonly calls: (m: M, r: DifferentialRun) => { readonly call: ContractCall; readonly sender: string }[], readonly label: string) {}

  check(): boolean {
    return true;
  }

  async run(m: M, r: DifferentialRun): Promise<void> {
    await r.transaction(this.toggle(m, true), "admin", 1n);
    for (const c of this.calls(m, r)) await r.transaction(c.call, c.sender, 1n);
    await r.transaction(this.toggle(m, false), "admin", 1n);
    m.time = r.time;
  }

  private toggle(m: M, paused: boolean): ContractCall {
    switch (this.kind) {
      case "local": return { contract: m.app, method: "setPaused", args: [arg.bool(paused), arg.str(this.appId)] };
      case "registry-app": return { contract: m.pauseRegistry, method: "setAppPause", args: [arg.str(this.appId), arg.bool(paused)] };
      case "registry-global": return { contract: m.pauseRegistry, method: "setGlobalPause", args: [arg.bool(paused)] };
    }
  }

  toString(): string {
    return `pausedWindow(${this.kind}, ${this.label})`;
  }
}
