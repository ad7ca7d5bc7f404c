import { displayOf, type Hash160Le } from "../../../simulator/runtime/hash160.js";
import type { ModelChain } from "../../../simulator/runtime/model-chain.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import { MS_PER_BLOCK } from "../time-boundary/boundary-delay.js";
import { appRead } from "../pay-then-act/app-read.js";

export { MS_PER_BLOCK };

/**
 * What the commands of any app sequence read the way a frontend does: the model (as the state
 * the harness computes honest values from, README §5), the app's hash, T_last, and the world's
 * accounts (display hashes by logical name).
 */
export interface AppSequence {
  readonly model: ModelChain;
  readonly app: string;
  readonly accounts: ReadonlyMap<string, string>;
  time: bigint;
}

/** A safe getter of the app on the model, at the time a test invocation would see (T_last + MS_PER_BLOCK). */
export function appGetter(m: AppSequence, method: string, ...args: StackItem[]): StackItem {
  return appRead(m, method, args);
}

/** An Integer item's value; anything else reads as 0 (absent). */
export const intValue = (item: StackItem | undefined): bigint => (item?.type === "Integer" ? item.value : 0n);

/** The display hash of an account by name (`0x…`). */
export function accountDisplay(m: Pick<AppSequence, "accounts">, name: string): string {
  const h = m.accounts.get(name);
  if (!h) throw new Error(`no account ${name}`);
  return h;
}

/** The logical name of the account with this little-endian hash (an event's Hash160 argument), or `fallback`. */
export function accountName(m: Pick<AppSequence, "accounts">, le: string, fallback = "u1"): string {
  const display = displayOf(le as Hash160Le).toLowerCase();
  return [...m.accounts].find(([, h]) => h.toLowerCase() === display)?.[0] ?? fallback;
}
