import { FLIP_COIN } from "../apps/coin-flip/flip-coin-script.js";
import { CALCULATE_CARDS } from "../apps/on-chain-tarot/calculate-cards-script.js";
import { TURTLE_MATCH_LOGIC } from "../apps/turtle-match/turtle-match-logic-script.js";
import { SELECT_ITEM } from "../apps/neo-gacha/select-item-script.js";
import { DRAW_WINNER, SCRATCH_PRIZE } from "../apps/lottery/tee-scripts.js";
import { ScriptRegistry, type TeeScript } from "./script-registry.js";

/**
 * The TEE scripts the apps define (platform.md §5 "Script registry"), by APP_ID and script name:
 * the off-chain registry's content. Compute apps add theirs here as they land.
 */
export const APP_SCRIPTS: readonly (readonly [appId: string, scriptName: string, script: TeeScript])[] = [
  ["miniapp-coinflip", "flip-coin", FLIP_COIN],
  ["miniapp-onchaintarot", "calculate-cards", CALCULATE_CARDS],
  ["miniapp-turtle-match", "turtle-match-logic", TURTLE_MATCH_LOGIC],
  ["miniapp-neo-gacha", "select-item", SELECT_ITEM],
  ["miniapp-lottery", "scratch-prize", SCRATCH_PRIZE],
  ["miniapp-lottery", "draw-winner", DRAW_WINNER],
];

/** The off-chain registry holding every app script. */
export function teeRegistry(): ScriptRegistry {
  const registry = new ScriptRegistry();
  for (const [appId, name, script] of APP_SCRIPTS) registry.register(appId, name, script);
  return registry;
}
