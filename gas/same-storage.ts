import type { StorageEntry } from "../neo-express/driver/chain-backend.js";
import type { World } from "../neo-express/world/build-worlds.js";

/** What naming a world's addresses needs of it. */
export type WorldAddresses = Pick<World, "actors" | "hashes">;

/**
 * A world's storage with its own addresses (accounts and contracts, as the 20 little-endian bytes
 * a contract stores) replaced by role names, so two worlds driven alike compare equal.
 */
export function normalizedStorage(world: WorldAddresses, entries: readonly StorageEntry[]): string[] {
  const rename = renamer(world);
  return entries.map((e) => `${rename(e.keyHex)}=${rename(e.valueHex)}`).sort();
}

/**
 * Keys and value lengths only: a storage twin measured two blocks later stores other times (the
 * last bet, the round's end) but must store as many bytes under the same keys, or the storage fee
 * derived from the two totals would be wrong.
 */
export function storageShape(world: WorldAddresses, entries: readonly StorageEntry[]): string[] {
  const rename = renamer(world);
  return entries.map((e) => `${rename(e.keyHex)}:${e.valueHex.length / 2}`).sort();
}

function renamer(world: WorldAddresses): (hex: string) => string {
  const { actors, hashes } = world;
  const names: [string, string][] = [
    ["admin", actors.admin.scriptHash], ["tee", actors.tee.scriptHash], ["treasury", actors.treasury.scriptHash],
    ...actors.users.map((u, i): [string, string] => [`u${i + 1}`, u.scriptHash]),
    ["paymentHub", hashes.paymentHub], ["pauseRegistry", hashes.pauseRegistry], ["gateway", hashes.gateway],
    ...[...hashes.apps].map(([slug, h]): [string, string] => [slug, h]),
  ];
  const le = names.map(([name, hash]) => [name, Buffer.from(hash.replace(/^0x/, ""), "hex").reverse().toString("hex")] as const);
  return (hex) => le.reduce((s, [name, h]) => s.split(h).join(`<${name}>`), hex);
}
