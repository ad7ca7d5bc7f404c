import type { CallContext } from "../runtime/call-context.js";
import { check } from "../runtime/fault.js";
import { isHash160Le, ZERO_HASH160, type Hash160Le } from "../runtime/hash160.js";
import type { StackItem } from "../runtime/stack-item.js";

/**
 * Common to the three platform contracts (platform.md, preamble); each C# contract carries its own
 * copy as private ValidateAdmin / IsValidAddress.
 */

/** ADM: admin set → "admin not set"; CheckWitness(admin) → "unauthorized". */
export function validateAdmin(ctx: CallContext, admin: Hash160Le | null): void {
  check(admin !== null, "admin not set");
  check(ctx.checkWitness(admin!), "unauthorized");
}

/** Valid: 20 bytes and ≠ Zero. */
export function isValidAddress(a: Hash160Le | null): a is Hash160Le {
  return a !== null && a !== ZERO_HASH160;
}

/** IsValidAddress of an Array item (a recipient as passed to configureApp). */
export function isValidAddressItem(item: StackItem | undefined): boolean {
  return item !== undefined && item.type === "ByteString" && isHash160Le(item.hex) && item.hex !== ZERO_HASH160;
}
