/** Text and attribute escaping: every value in the page comes from a run and may hold `<` or `"`. */
function esc(s: string | number): string {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** An id usable in `href="#…"` and in tests, from an app and a property or method name. */
function anchor(...parts: string[]): string {
  return parts.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export { esc, anchor };
