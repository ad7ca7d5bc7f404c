import type { Notification } from "../../simulator/runtime/outcome.js";
import { GAS_HASH, NEO_HASH } from "../../neo-express/driver/fee-policy.js";

const TOKENS = new Set(["0x" + GAS_HASH, "0x" + NEO_HASH]);

/**
 * The notifications G3 compares: everything an app or platform contract emits, plus GAS/NEO
 * `Transfer`s whose `from` and `to` are both non-null. Fee burning (to null) and the GAS that
 * NEO mints when a NEO balance changes (from null) are excluded, on both sides alike.
 */
export function observedNotifications(all: readonly Notification[]): Notification[] {
  return all.filter((n) => {
    if (!TOKENS.has(n.contract)) return true;
    if (n.eventName !== "Transfer") return true;
    return n.args[0]?.type !== "Any" && n.args[1]?.type !== "Any";
  });
}
