import { showStackItem, type StackItem } from "../../simulator/runtime/stack-item.js";
import type { Difference } from "../../reports/run-summary.js";

/**
 * Compares two stack items recursively by type and value (spec README §10 G1): Array and Struct
 * are alike for returns and notification arguments (`strict` = false), never in storage;
 * ByteString and Buffer differ; Boolean and Integer differ; Map entries in order.
 */
export function stackDiff(field: string, model: StackItem, chain: StackItem, strict = false): Difference[] {
  if (kindOf(model, strict) !== kindOf(chain, strict)) return [mismatch(field, model, chain)];
  switch (model.type) {
    case "Array":
    case "Struct": {
      const a = model.items;
      const b = (chain as { items: readonly StackItem[] }).items;
      return listDiff(field, a, b, (f, x, y) => stackDiff(f, x, y, strict));
    }
    case "Map": {
      const a = model.entries;
      const b = (chain as { entries: readonly (readonly [StackItem, StackItem])[] }).entries;
      return listDiff(field, a, b, (f, x, y) => [...stackDiff(`${f}.key`, x[0], y[0], strict), ...stackDiff(`${f}.value`, x[1], y[1], strict)]);
    }
    default:
      return sameLeaf(model, chain) || showStackItem(model) === showStackItem(chain) ? [] : [mismatch(field, model, chain)];
  }
}

function kindOf(item: StackItem, strict: boolean): StackItem["type"] {
  return !strict && item.type === "Struct" ? "Array" : item.type;
}

/** Two leaves of one type holding the same value (then their shown forms are equal too). */
function sameLeaf(model: StackItem, chain: StackItem): boolean {
  switch (model.type) {
    case "Any":
    case "InteropInterface": return true;
    case "Boolean":
    case "Integer": return model.value === (chain as { value: unknown }).value;
    case "ByteString":
    case "Buffer": return model.hex === (chain as { hex: string }).hex;
    default: return false;
  }
}

export function listDiff<T>(field: string, model: readonly T[], chain: readonly T[], item: (field: string, m: T, c: T) => Difference[], show: (t: T) => string = String): Difference[] {
  const out: Difference[] = [];
  for (let i = 0; i < Math.max(model.length, chain.length); i++) {
    const f = `${field}[${i}]`;
    if (i >= chain.length) out.push({ kind: "missing-on-chain", field: f, model: render(model[i]!, show) });
    else if (i >= model.length) out.push({ kind: "missing-in-model", field: f, chain: render(chain[i]!, show) });
    else out.push(...item(f, model[i]!, chain[i]!));
  }
  return out;
}

function render<T>(t: T, show: (t: T) => string): string {
  return typeof t === "object" && t !== null && "type" in t ? showStackItem(t as unknown as StackItem) : show(t);
}

function mismatch(field: string, model: StackItem, chain: StackItem): Difference {
  return { kind: "value-mismatch", field, model: `${model.type} ${showStackItem(model)}`, chain: `${chain.type} ${showStackItem(chain)}` };
}
