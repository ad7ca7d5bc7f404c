import type { StorageEntry } from "../../neo-express/driver/chain-backend.js";
import type { Difference } from "../../reports/run-summary.js";

/**
 * G4: a contract's full storage on both sides, key by key and byte by byte, each difference
 * named by its key (the prefix byte first, so a report groups them by prefix).
 */
export function storageDiff(contract: string, model: readonly StorageEntry[], chain: readonly StorageEntry[]): Difference[] {
  if (sameEntries(model, chain)) return [];
  const m = new Map(model.map((e) => [e.keyHex, e.valueHex]));
  const c = new Map(chain.map((e) => [e.keyHex, e.valueHex]));
  const keys = [...new Set([...m.keys(), ...c.keys()])].sort();
  const out: Difference[] = [];
  for (const key of keys) {
    const field = `storage(${contract})[${key.slice(0, 2)}|${key.slice(2)}]`;
    const mv = m.get(key);
    const cv = c.get(key);
    if (mv === undefined) out.push({ kind: "missing-in-model", field, chain: `0x${cv}` });
    else if (cv === undefined) out.push({ kind: "missing-on-chain", field, model: `0x${mv}` });
    else if (mv !== cv) out.push({ kind: "value-mismatch", field, model: `0x${mv}`, chain: `0x${cv}` });
  }
  return out;
}

/** Equal entry by entry in the same order: then no key differs (the common case, checked first). */
function sameEntries(model: readonly StorageEntry[], chain: readonly StorageEntry[]): boolean {
  if (model.length !== chain.length) return false;
  for (let i = 0; i < model.length; i++) {
    if (model[i]!.keyHex !== chain[i]!.keyHex || model[i]!.valueHex !== chain[i]!.valueHex) return false;
  }
  return true;
}
