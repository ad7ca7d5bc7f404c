import type { ChainInvariant } from "../../harness/chain-invariant.js";
import type { PlatformInvariants } from "../platform-property.js";
import { entriesUnder, transitionInvariant, type ChainState, type Transition } from "../transition-invariant.js";
import { utf8Hex } from "../../../simulator/runtime/hex.js";
import { intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import { PROBE_APP_ID } from "../../apps/base-probe/arbitraries.js";
import { APP_CALL_LABEL } from "./arbitraries.js";

/**
 * The registry's flags read from the chain alone (platform.md §3 "Storage", spelled out here rather
 * than imported from the model): 01 admin, 02 global pause, 03‖utf8(appId) app pause, 04‖h160
 * operator (1/0).
 */
const REGISTRY = "PauseRegistry";
const ADMIN = "01";
const GLOBAL = "02";
const APP = "03";
const OPERATOR = "04";

const flags = (s: ChainState) => [...(s.storage.get(REGISTRY) ?? [])].filter(([k]) => k.startsWith(GLOBAL) || k.startsWith(APP));
const isSet = (hex: string | undefined) => intOfBytes(hex ?? "") === 1n;
const littleEndian = (display: string) => Buffer.from(display.slice(2), "hex").reverse().toString("hex");

/** OP: a pause flag changes only in a transaction of the admin (with a witness) or of an operator, as stored before it. */
const onlyAdminOrOperator = (): ChainInvariant => transitionInvariant("PR-OP", (step) => {
  const before = new Map(flags(step.before));
  const after = new Map(flags(step.after));
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => isSet(before.get(k)) !== isSet(after.get(k)));
  if (changed.length === 0) return [];
  const sender = littleEndian(step.sender.hash);
  const admin = step.before.storage.get(REGISTRY)?.get(ADMIN) === sender && step.sender.witnessed;
  const operator = isSet(entriesUnder(step.before, REGISTRY, OPERATOR).get(sender));
  return admin || operator ? [] : [`pause flag(s) ${changed.join(", ")} changed by ${step.sender.name}, neither the admin with a witness nor an operator`];
});

/** The effect of a pause on the app call made right after it: the probe is refused "globally paused" exactly when the registry says it is paused. */
const appSeesPause = (): ChainInvariant => transitionInvariant("PR-effect", (step) => {
  if (!step.call.endsWith(APP_CALL_LABEL)) return [];
  const registry = step.after.storage.get(REGISTRY);
  const paused = isSet(registry?.get(GLOBAL)) || isSet(registry?.get(APP + utf8Hex(PROBE_APP_ID)));
  const refused = step.outcome.state === "FAULT" && step.outcome.message === "globally paused";
  return paused === refused ? [] : [`the registry says ${paused ? "paused" : "not paused"}, the app call ${refused ? "was refused" : "went through"}`];
});

export const pauseRegistryInvariants: PlatformInvariants = () => [onlyAdminOrOperator(), appSeesPause()];
