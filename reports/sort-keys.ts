/**
 * A copy of a JSON value with every object's keys in code-point order, so that the saved JSON
 * does not depend on the order in which a producer built its objects (diffs of two runs then
 * show only real changes). Arrays keep their order: it carries meaning (steps, series).
 */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

export { sortKeys };
