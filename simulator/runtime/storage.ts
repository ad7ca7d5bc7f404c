import type { Hex } from "./hex.js";
import { journaledSet, type Journal } from "./journal.js";

/** One storage entry, the shape of `StorageEntry` in neo-express/driver/chain-backend.ts. */
export interface StorageEntry {
  readonly keyHex: string;
  readonly valueHex: string;
}

/** Storage.Put faults on a key over 64 bytes (spec README §3). */
export const MAX_KEY_BYTES = 64;
/** …and on a value over 65,535 bytes (README §7). */
export const MAX_VALUE_BYTES = 65_535;

/**
 * A contract's storage: byte keys to byte values (hex). Writes go through the transaction's
 * journal; `find` walks keys in byte order, as Storage.Find does.
 */
export class ContractStorage {
  /**
   * The whole storage sorted by key, kept between writes: a differential run observes it after
   * every transaction (G4), and most transactions leave most contracts' storage as it was.
   * Every write, and every undo of one, drops it.
   */
  private sorted: readonly StorageEntry[] | undefined;

  constructor(private readonly entries: Map<Hex, Hex> = new Map()) {}

  get(key: Hex): Hex | undefined {
    return this.entries.get(key);
  }

  has(key: Hex): boolean {
    return this.entries.has(key);
  }

  put(key: Hex, value: Hex, journal?: Journal): void {
    this.set(key, value, journal);
  }

  delete(key: Hex, journal?: Journal): void {
    if (this.entries.has(key)) this.set(key, undefined, journal);
  }

  private set(key: Hex, value: Hex | undefined, journal: Journal | undefined): void {
    this.sorted = undefined;
    journal?.record(() => { this.sorted = undefined; });
    journaledSet(journal, this.entries, key, value);
  }

  /** Entries whose key starts with `prefix`, in byte order of the key. */
  find(prefix: Hex): StorageEntry[] {
    const found: StorageEntry[] = [];
    for (const [keyHex, valueHex] of this.entries) if (keyHex.startsWith(prefix)) found.push({ keyHex, valueHex });
    // Lowercase hex of bytes compares like the bytes themselves.
    return found.sort((a, b) => (a.keyHex < b.keyHex ? -1 : a.keyHex > b.keyHex ? 1 : 0));
  }

  /** The whole storage, sorted by key (a fresh array; its entries are shared and immutable). */
  entriesSorted(): StorageEntry[] {
    this.sorted ??= this.find("");
    return this.sorted.slice();
  }

  copy(): ContractStorage {
    return new ContractStorage(new Map(this.entries));
  }
}
