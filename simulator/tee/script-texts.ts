import type { AppEntry } from "../registry.js";
import { APP_SCRIPTS } from "./app-scripts.js";
import { scriptHashOf } from "./script-registry.js";

/**
 * The canonical text of each app's TEE scripts (platform.md §5): what the off-chain registry holds
 * and whose SHA-256 the fixture registers on chain (§6 step 6). Compute apps add their
 * scripts to app-scripts.ts as they land; until an app defines one, a script's text is `<APP_ID>/<script name>`,
 * distinct per script as DP-P3 requires.
 */
const TEXTS: ReadonlyMap<string, string> = new Map(APP_SCRIPTS.map(([appId, name, script]) => [`${appId}/${name}`, script.text]));

export function canonicalScriptText(appId: string, scriptName: string): string {
  return TEXTS.get(`${appId}/${scriptName}`) ?? `${appId}/${scriptName}`;
}

/** H(utf8(text)) of an app's script, lowercase hex: the fixture's `registerScript` argument. */
export function registeredScriptHash(app: AppEntry, scriptName: string): string {
  return scriptHashOf(canonicalScriptText(app.appId, scriptName));
}
