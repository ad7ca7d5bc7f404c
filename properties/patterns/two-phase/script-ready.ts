import { stringItem } from "../../../simulator/runtime/items.js";
import { scriptHashOf } from "../../../simulator/tee/script-registry.js";
import { appRead, type AppSequence } from "../pay-then-act/app-read.js";
import { DEFAULT_BET_LIMITS } from "../time-boundary/bet-run.js";

/**
 * Whether an honest two-phase call of a compute app can pass from this state, read as a frontend
 * reads it (devpack.md §5, VSH and `isScriptEnabled`): the script `name` registered with the hash
 * of `text`, the script the TEE runs, and enabled; the app not paused; and for a game
 * (`gameLimits`) the bet limits at their defaults, so that a table's honest bet passes BET. The
 * perturbation tables of the compute apps run only from such states (README §10 G9).
 */
export function scriptReady(m: Pick<AppSequence, "model" | "app" | "time">, name: string, text: string, gameLimits: boolean): boolean {
  const hash = appRead(m, "getScriptHash", [stringItem(name)]);
  const enabled = appRead(m, "isScriptEnabled", [stringItem(name)]);
  const paused = appRead(m, "isPaused", []);
  if (hash.type !== "ByteString" || hash.hex !== scriptHashOf(text) || enabled.type !== "Boolean" || !enabled.value || paused.type !== "Boolean" || paused.value) return false;
  if (!gameLimits) return true;
  const limits = appRead(m, "getGameBetLimits", []);
  return (limits.type === "Array" || limits.type === "Struct") && limits.items.every((x, i) => x.type === "Integer" && x.value === DEFAULT_BET_LIMITS[i]);
}
