// Mirrors contracts/NeoGacha/MiniAppNeoGacha.Activation.cs: setMachineActive [D] (O(n) loop) and
// setMachineActiveWithValidation [H] (O(1) checks).
import { bool, hash160, int } from "../../runtime/args.js";
import type { CallContext } from "../../runtime/call-context.js";
import { method, type ModelMethod } from "../../runtime/contract-model.js";
import { check } from "../../runtime/fault.js";
import type { Hash160Le } from "../../runtime/hash160.js";
import { boolItem, intItem } from "../../runtime/items.js";
import { validateAddress, validateNotGloballyPaused } from "../../bases/mini-app-base-validation.js";
import { APP_ID, MAX_TOTAL_WEIGHT } from "./constants.js";
import { loadItem, loadMachine, storeMachine, validateOwnerOrAdmin } from "./machine-store.js";
import { available, type Machine } from "./records.js";

/** The checks both activations share: NP, owner valid, MEX, not banned, OA; with active: items and TotalWeight == 100. */
function checkActivation(ctx: CallContext, owner: Hash160Le | null, machineId: bigint, active: boolean): Machine {
  validateNotGloballyPaused(ctx, APP_ID);
  validateAddress(owner);
  const m = loadMachine(ctx, machineId);
  check(!m.banned, "machine banned");
  validateOwnerOrAdmin(ctx, owner, m);
  if (active) {
    check(m.itemCount > 0n, "no items");
    check(m.totalWeight === MAX_TOTAL_WEIGHT, "total weight must be 100");
  }
  return m;
}

function activate(ctx: CallContext, machineId: bigint, m: Machine, active: boolean): void {
  storeMachine(ctx, machineId, { ...m, locked: active ? true : m.locked, active });
  ctx.notify("MachineActivated", [intItem(machineId), boolItem(active)]);
}

/** [D] The availability loop over every item. */
export function setMachineActive(ctx: CallContext, owner: Hash160Le | null, machineId: bigint, active: boolean): void {
  const m = checkActivation(ctx, owner, machineId, active);
  if (active) for (let i = 1n; i <= m.itemCount; i++) check(available(loadItem(ctx, machineId, i)), "item unavailable");
  activate(ctx, machineId, m, active);
}

/** [H] An available sample, then AvailableItemCount == ItemCount. */
export function setMachineActiveWithValidation(ctx: CallContext, owner: Hash160Le | null, machineId: bigint, active: boolean, sample: bigint): void {
  const m = checkActivation(ctx, owner, machineId, active);
  if (active) {
    check(sample >= 1n && sample <= m.itemCount, "invalid sample");
    check(available(loadItem(ctx, machineId, sample)), "sample item unavailable");
    check(m.availableItemCount === m.itemCount, "item unavailable");
  }
  activate(ctx, machineId, m, active);
}

export const ACTIVATION_METHODS: readonly ModelMethod[] = [
  method("setMachineActive", [hash160, int, bool], setMachineActive),
  method("setMachineActiveWithValidation", [hash160, int, bool, int], setMachineActiveWithValidation),
];
