import type { StackItem } from "../../runtime/stack-item.js";

/**
 * The frontend's view of `getCapsuleFishStatus(id)` (time-capsule.md, keys in this order) and its
 * off-chain search `pick`, pure functions of what the getter returns.
 */
export type FishStatus =
  | { readonly exists: false }
  | { readonly exists: true; readonly isPublic: boolean; readonly isRevealed: boolean; readonly unlockTime: bigint; readonly currentTime: bigint };

/** fishable as the frontend sees it at `now`: exists ∧ public ∧ unrevealed ∧ now ≥ unlockTime. */
export function fishableStatus(s: FishStatus | undefined, now: bigint): boolean {
  return s !== undefined && s.exists && s.isPublic && !s.isRevealed && now >= s.unlockTime;
}

/**
 * pick(statuses, N, now): the legacy scan's choice, off-chain. `statuses[id − 1]` is the status of
 * capsule `id`, id = 1..N; `now` is the time of the block that will execute the call (the harness
 * chooses it, README §5). Undefined when nothing is fishable (then `fish` faults).
 */
export function pick(statuses: readonly FishStatus[], n: bigint, now: bigint): bigint | undefined {
  if (n <= 0n) return undefined;
  const start = (now % n) + 1n;
  for (let i = 0n; i < n; i++) {
    const id = ((start + i - 1n) % n) + 1n;
    if (fishableStatus(statuses[Number(id - 1n)], now)) return id;
  }
  return undefined;
}

/** Every fishable id at `now`: what a real frontend may submit (it cannot know the block's time in advance). */
export function fishableIds(statuses: readonly FishStatus[], now: bigint): bigint[] {
  return statuses.flatMap((s, i) => (fishableStatus(s, now) ? [BigInt(i + 1)] : []));
}

/** Reads the getter's Map (either side's Outcome stack item). */
export function readFishStatus(item: StackItem): FishStatus {
  if (item.type !== "Map") throw new Error(`getCapsuleFishStatus returned ${item.type}, not a Map`);
  const values = new Map<string, StackItem>();
  for (const [k, v] of item.entries) if (k.type === "ByteString") values.set(Buffer.from(k.hex, "hex").toString("utf8"), v);
  const flag = (key: string) => {
    const v = values.get(key);
    if (v?.type !== "Boolean") throw new Error(`fish status ${key} is ${v?.type ?? "missing"}`);
    return v.value;
  };
  const int = (key: string) => {
    const v = values.get(key);
    if (v?.type !== "Integer") throw new Error(`fish status ${key} is ${v?.type ?? "missing"}`);
    return v.value;
  };
  if (!flag("exists")) return { exists: false };
  return { exists: true, isPublic: flag("isPublic"), isRevealed: flag("isRevealed"), unlockTime: int("unlockTime"), currentTime: int("currentTime") };
}
