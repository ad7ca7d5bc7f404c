/**
 * Undo log of one transaction: every storage write and balance change records how to take it
 * back, so a FAULT reverts everything (spec README §7) in time proportional to the writes, not
 * to the size of the state.
 */
export class Journal {
  private readonly undos: (() => void)[] = [];

  record(undo: () => void): void {
    this.undos.push(undo);
  }

  /** Takes back every recorded change, newest first. */
  rollback(): void {
    for (let i = this.undos.length - 1; i >= 0; i--) this.undos[i]!();
    this.undos.length = 0;
  }
}

/** Sets `key` of `map` to `value` (undefined deletes), recording the previous state. */
export function journaledSet<K, V>(journal: Journal | undefined, map: Map<K, V>, key: K, value: V | undefined): void {
  if (journal) {
    const had = map.has(key);
    const previous = map.get(key);
    journal.record(() => (had ? map.set(key, previous as V) : map.delete(key)));
  }
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}
