/**
 * Sets `key` in `map`, first dropping the oldest entries while the map holds `limit` or more: a
 * cache that a long campaign cannot grow without end (issue #22). A Map iterates in insertion
 * order, so its first key is the oldest.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  if (!map.has(key)) for (const oldest of map.keys()) {
    if (map.size < limit) break;
    map.delete(oldest);
  }
  map.set(key, value);
}
