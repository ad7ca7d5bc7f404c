import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import { modelCall } from "../../harness/model-system.js";
import type { WorldRun } from "../../harness/world-run.js";
import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { PausableSequence } from "../../patterns/pause/paused-window.js";
import { MS_PER_BLOCK } from "../../patterns/time-boundary/boundary-delay.js";
import { readBurnState, type BurnStateForFrontend } from "../../../simulator/apps/burn-league/frontend.js";

/**
 * What the commands of a BurnLeague sequence know: the pay-then-act state, the app's and the
 * PauseRegistry's hashes, the world's accounts by name, and per user the frontend state read
 * before that user's last burn (the "stale state" row of BL-P2).
 */
export interface BurnSequence extends PaidSequence, PausableSequence {
  readonly app: string;
  readonly accounts: ReadonlyMap<string, string>;
  readonly beforeLastBurn: Map<string, BurnStateForFrontend>;
}

export function burnSequence({ world, model, real, app }: WorldRun): BurnSequence {
  const accounts = new Map<string, string>([["admin", world.actors.admin.scriptHash], ...world.actors.users.map((u, i) => [`u${i + 1}`, u.scriptHash] as const)]);
  return { model, app, paymentHub: world.hashes.paymentHub, pauseRegistry: world.hashes.pauseRegistry, receipts: [], time: real.time, accounts, beforeLastBurn: new Map() };
}

/** A test account by its name, as a Hash160 argument. */
export function account(m: BurnSequence, name: string): AbiArg {
  const hash = m.accounts.get(name);
  if (!hash) throw new Error(`unknown account ${name}`);
  return arg.hash160(hash);
}

/** A safe getter on the sequence's model at `at` (default: tinv = T_last + MS_PER_BLOCK). */
export function modelRead(model: ModelChain, app: string, method: string, args: AbiArg[], at: bigint) {
  const out = model.testInvoke(modelCall({ contract: app, method, args }), at);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}

/** The frontend's read of `getBurnStateForFrontend(user)` on the model at `at` (default: tinv). */
export function burnState(m: BurnSequence, user: string, at = m.time + MS_PER_BLOCK): BurnStateForFrontend {
  return readBurnState(modelRead(m.model, m.app, "getBurnStateForFrontend", [account(m, user)], at));
}
