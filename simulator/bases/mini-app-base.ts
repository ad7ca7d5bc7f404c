// Mirrors contracts/DevPack/MiniAppBase.cs: storage layout 0x00–0x0F, durations, and the storage
// helpers. README §3 (encodings), §7 (faults). The public methods are in mini-app-base-admin.ts,
// mini-app-base-validation.ts and mini-app-base-receipts.ts; H, rand and beN
// (MiniAppBase.Randomness.cs) are runtime/hash.ts and runtime/rand.ts.
import type { CallContext } from "../runtime/call-context.js";
import type { Hash160Le } from "../runtime/hash160.js";
import type { Hex } from "../runtime/hex.js";
import { bytesOfInt } from "../runtime/integer-bytes.js";
import { readHash160, readInt } from "../runtime/storage-values.js";

export const PREFIX_ADMIN = "01";
export const PREFIX_GATEWAY = "02";
export const PREFIX_PAYMENT_HUB = "03";
export const PREFIX_PAUSED = "04";
export const PREFIX_PAUSE_REGISTRY = "05";
export const PREFIX_RECEIPT_USED = "06";
export const PREFIX_PENDING_ADMIN = "07";
export const PREFIX_ADMIN_CHANGE_TIME = "08";
export const PREFIX_TIMELOCK_DELAY = "09";

export const DAY = 86_400_000n;
export const DEFAULT_TIMELOCK_DELAY = 86_400_000n;
export const MIN_TIMELOCK_DELAY = 3_600_000n;

/** The manifest permission every app declares (README §9); calls of safe methods need none. */
export const APP_PERMISSIONS = ["transfer", "getReceipt", "isPaused", "requestService"] as const;

/** prefix ‖ bytes(n). */
export const integerKey = (prefix: Hex, n: bigint): Hex => prefix + bytesOfInt(n);

/** dayIndex(t) = ⌊t / DAY⌋ (README §5). */
export const dayIndex = (t: bigint): bigint => t / DAY;

export const admin = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_ADMIN);
export const gateway = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_GATEWAY);
export const paymentHub = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_PAYMENT_HUB);
export const pauseRegistry = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_PAUSE_REGISTRY);
export const pendingAdmin = (ctx: CallContext): Hash160Le | null => readHash160(ctx.storage, PREFIX_PENDING_ADMIN);
export const adminChangeTime = (ctx: CallContext): bigint => readInt(ctx.storage, PREFIX_ADMIN_CHANGE_TIME);

export function timeLockDelay(ctx: CallContext): bigint {
  return ctx.storage.get(PREFIX_TIMELOCK_DELAY) === undefined ? DEFAULT_TIMELOCK_DELAY : readInt(ctx.storage, PREFIX_TIMELOCK_DELAY);
}
