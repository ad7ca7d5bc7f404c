import type { PaidSequence } from "../../patterns/pay-then-act/paid-sequence.js";
import type { RngService } from "../../../simulator/tee/rng-service.js";
import type { ScriptRegistry } from "../../../simulator/tee/script-registry.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import { intItem } from "../../../simulator/runtime/items.js";
import { readMachineItems, type FrontendItem, type InitiatedPlay } from "../../../simulator/apps/neo-gacha/frontend.js";
import { readStringMap } from "../../../simulator/runtime/string-map.js";

/** A play the frontend saw opened: its id, owner (logical name) and mode (1 legacy, 2 hybrid, 3 seed). */
export interface KnownPlay {
  readonly playId: bigint;
  readonly player: string;
  readonly mode: 1n | 2n | 3n;
  readonly seed?: InitiatedPlay;
}

/**
 * What the commands of a NeoGacha sequence know: the pay-then-act state, the app's, the gateway's
 * and the item token's hashes, the machines created (ids), the plays opened (with the seeds of
 * Mode-3 plays from PlayInitiated), the RNG worker watching the gateway, the TEE's off-chain
 * script registry, and the accounts' display hashes by name.
 */
export interface NeoGachaSequence extends PaidSequence {
  readonly app: string;
  readonly gateway: string;
  readonly token: string;
  readonly machines: bigint[];
  readonly plays: KnownPlay[];
  readonly rng: RngService;
  readonly tee: ScriptRegistry;
  readonly accounts: ReadonlyMap<string, string>;
}

/** A getter of the app on the model, at the time a test invocation would see (T_last + 15 s). */
export function getter(m: NeoGachaSequence, method: string, ...args: StackItem[]): StackItem {
  const out = m.model.testInvoke({ contract: m.app, method, args }, m.time + 15_000n);
  if (out.state !== "HALT") throw new Error(`${method} FAULTed in the model: ${out.exception}`);
  return out.stack[0]!;
}

/** The display hash of an account by name (`0x…`). */
export function accountHash(m: NeoGachaSequence, name: string): string {
  const h = m.accounts.get(name);
  if (!h) throw new Error(`no account ${name}`);
  return h;
}

/** The machine a command picks: one of those created (by position), else a never-created id. */
export const pickMachine = (m: NeoGachaSequence, pick: number): bigint => (m.machines.length > 0 ? m.machines[pick % m.machines.length]! : 1_000n);

/** getMachineItemsForFrontend as the frontend reads it. */
export const frontendItems = (m: NeoGachaSequence, id: bigint): FrontendItem[] => readMachineItems(getter(m, "getMachineItemsForFrontend", intItem(id)));

/** getMachine as a frontend reads it (exists = non-empty). */
export function machineView(m: NeoGachaSequence, id: bigint) {
  const item = getter(m, "getMachine", intItem(id));
  const exists = item.type === "Map" && item.entries.length > 0;
  const v = readStringMap(item, "getMachine");
  return exists
    ? { exists, price: v.int("price"), owner: v.bytes("owner"), active: v.bool("active"), banned: v.bool("banned"), locked: v.bool("locked"), itemCount: v.int("itemCount"),
      totalWeight: v.int("totalWeight"), availableWeight: v.int("availableWeight") }
    : { exists, price: 0n, owner: "", active: false, banned: false, locked: false, itemCount: 0n, totalWeight: 0n, availableWeight: 0n };
}
