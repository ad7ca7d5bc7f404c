import { esc } from "./escape.js";

/** A verdict as a coloured word (`pass`, `fail`, `regression` …); the word itself carries it. */
function badge(verdict: string, extraClass = ""): string {
  return `<span class="badge v-${esc(verdict)}${extraClass ? ` ${extraClass}` : ""}">${esc(verdict)}</span>`;
}

export { badge };
