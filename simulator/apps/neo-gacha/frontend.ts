// neo-gacha.md "Frontend calculation": what a real frontend reads (getMachineItemsForFrontend's
// positional arrays, the plays' notifications) and computes off-chain, as pure functions: the
// selection for input bytes x (the stored RNG result or the play's seed) and the inputs of
// initiatePlayOptimized.
import type { Hex } from "../../runtime/hex.js";
import type { Notification } from "../../runtime/outcome.js";
import type { StackItem } from "../../runtime/stack-item.js";
import { roll } from "./selection-math.js";

/** One row of getMachineItemsForFrontend: [index, name, weight, rarity, assetType, assetHash, amount, stock, cumulativeWeightBefore, available]. */
export interface FrontendItem {
  readonly index: bigint;
  readonly weight: bigint;
  readonly assetHash: Hex;
  readonly amount: bigint;
  readonly stock: bigint;
  readonly cumulativeWeightBefore: bigint;
  readonly available: boolean;
}

/** Reads the getter's Array of Arrays (either side's Outcome stack item), fields by position. */
export function readMachineItems(item: StackItem): FrontendItem[] {
  if (item.type !== "Array" && item.type !== "Struct") throw new Error(`getMachineItemsForFrontend returned ${item.type}, not an Array`);
  return item.items.map((row) => {
    if (row.type !== "Array" && row.type !== "Struct") throw new Error(`a getMachineItemsForFrontend row is ${row.type}`);
    const f = row.items;
    const int = (k: number): bigint => (f[k]?.type === "Integer" ? (f[k] as { value: bigint }).value : 0n);
    return {
      index: int(0), weight: int(2), assetHash: f[5]?.type === "ByteString" ? f[5].hex : "", amount: int(6), stock: int(7), cumulativeWeightBefore: int(8),
      available: f[9]?.type === "Boolean" && f[9].value,
    };
  });
}

export interface Selection {
  readonly index: bigint;
  readonly cumulativeWeightBefore: bigint;
  readonly totalWeight: bigint;
  readonly roll: bigint;
}

/** select(weights, x): W = Σ w, r = roll(x, W), the first i with r < C + w_i, with C = Σ_{j<i} w_j; null when W = 0. */
export function selectByWeights(weights: readonly bigint[], x: Hex): Selection | null {
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n) return null;
  const r = roll(x, total);
  let c = 0n;
  for (let i = 0; i < weights.length; i++) {
    if (r < c + weights[i]!) return { index: BigInt(i + 1), cumulativeWeightBefore: c, totalWeight: total, roll: r };
    c += weights[i]!;
  }
  return null;
}

/** select(items, x) over the getter's rows (settlePlayWithRng's selectedIndex, cumulativeWeightBefore, availableWeight). */
export const select = (items: readonly FrontendItem[], x: Hex): Selection | null => selectByWeights(items.map((it) => it.weight), x);

/** initiateInputs(items): W′ = Σ weight of the available items; sample = the first available index (0 when none). */
export function initiateInputs(items: readonly FrontendItem[]): { readonly availableWeight: bigint; readonly sample: bigint } {
  const avail = items.filter((it) => it.stock >= it.amount);
  return { availableWeight: avail.reduce((a, it) => a + it.weight, 0n), sample: avail[0]?.index ?? 0n };
}

/** PlayInitiated(player, machineId, playId, seed) as the frontend reads it. */
export interface InitiatedPlay {
  readonly player: Hex;
  readonly machineId: bigint;
  readonly playId: bigint;
  readonly seed: Hex;
}

const ofApp = (notifications: readonly Notification[], app: string, event: string) =>
  notifications.filter((x) => x.contract === app.toLowerCase() && x.eventName === event);

/** The PlayInitiated of the app `app` (display hash) in a transaction's notifications, if any. */
export function initiatedPlayOf(notifications: readonly Notification[], app: string): InitiatedPlay | undefined {
  const n = ofApp(notifications, app, "PlayInitiated")[0];
  if (!n) return undefined;
  const [player, machineId, playId, seed] = n.args;
  if (player?.type !== "ByteString" || machineId?.type !== "Integer" || playId?.type !== "Integer" || seed?.type !== "ByteString") return undefined;
  return { player: player.hex, machineId: machineId.value, playId: playId.value, seed: seed.hex };
}

/** PlayRequested(player, machineId, playId, requestId) as the frontend reads it. */
export interface RequestedPlay {
  readonly player: Hex;
  readonly machineId: bigint;
  readonly playId: bigint;
  readonly requestId: bigint;
}

export function requestedPlayOf(notifications: readonly Notification[], app: string): RequestedPlay | undefined {
  const n = ofApp(notifications, app, "PlayRequested")[0];
  if (!n) return undefined;
  const [player, machineId, playId, requestId] = n.args;
  if (player?.type !== "ByteString" || machineId?.type !== "Integer" || playId?.type !== "Integer" || requestId?.type !== "Integer") return undefined;
  return { player: player.hex, machineId: machineId.value, playId: playId.value, requestId: requestId.value };
}

/** RngStored(playId, randomness): the stored RNG result the frontend selects with. */
export function rngStoredOf(notifications: readonly Notification[], app: string): { readonly playId: bigint; readonly randomness: Hex } | undefined {
  const n = ofApp(notifications, app, "RngStored")[0];
  if (!n) return undefined;
  const [playId, randomness] = n.args;
  if (playId?.type !== "Integer" || randomness?.type !== "ByteString") return undefined;
  return { playId: playId.value, randomness: randomness.hex };
}
