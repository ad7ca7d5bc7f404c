import type { ChainInvariant } from "../../harness/chain-invariant.js";
import type { PlatformInvariants } from "../platform-property.js";
import { entriesUnder, transitionInvariant, type ChainState, type Transition } from "../transition-invariant.js";
import { deserialize } from "../../../simulator/runtime/deserialize.js";
import { intOfBytes } from "../../../simulator/runtime/integer-bytes.js";
import { intField } from "../../../simulator/runtime/record-fields.js";
import { consecutiveIdProblems } from "../consecutive-ids.js";

/**
 * The gateway's requests read from the chain alone (platform.md §2 "Storage", spelled out here
 * rather than imported from the model): 02 updater, 03‖bytes(id) Request (Id at 0, Status at 7:
 * 0 pending, 1 fulfilled, 2 failed), 04 the request counter.
 */
const GATEWAY = "ServiceLayerGateway";
const UPDATER = "02";
const REQUEST = "03";
const COUNTER = "04";
const STATUS = 7;

function requests(state: ChainState): Map<bigint, { id: bigint; status: bigint; raw: string }> {
  const out = new Map<bigint, { id: bigint; status: bigint; raw: string }>();
  for (const [key, raw] of entriesUnder(state, GATEWAY, REQUEST)) {
    const r = deserialize(raw);
    out.set(intOfBytes(key), { id: intField(r, 0), status: intField(r, STATUS), raw });
  }
  return out;
}

const counter = (state: ChainState) => intOfBytes(state.storage.get(GATEWAY)?.get(COUNTER) ?? "");
const events = (step: Transition, gateway: string, name: string) =>
  step.outcome.state === "HALT" ? step.outcome.notifications.filter((n) => n.contract === gateway && n.eventName === name) : [];
const firstInt = (args: readonly { type: string; value?: unknown }[]) => (args[0]?.type === "Integer" ? (args[0].value as bigint) : -1n);

/** GW-P1: the stored requests are exactly ids 1…counter, each under its own id; ServiceRequested ids continue the counter. */
const requestIds = (gateway: string): ChainInvariant => transitionInvariant("GW-P1", (step) => {
  const stored = new Map([...requests(step.after)].map(([id, r]) => [id, r.id]));
  const announced = events(step, gateway, "ServiceRequested").map((e) => firstInt(e.args));
  const problems = consecutiveIdProblems("request", stored, { before: counter(step.before), after: counter(step.after) }, { event: "ServiceRequested", ids: announced });
  return problems;
});

/** GW-P2: a request no longer pending never changes again, and no request is announced fulfilled twice. */
function fulfilledOnce(gateway: string): ChainInvariant {
  const announced = new Set<bigint>();
  return transitionInvariant("GW-P2", (step) => {
    const problems: string[] = [];
    const after = requests(step.after);
    for (const [id, r] of requests(step.before)) {
      if (r.status !== 0n && after.get(id)?.raw !== r.raw) problems.push(`request ${id} (status ${r.status}) was changed after its fulfilment`);
    }
    for (const e of events(step, gateway, "ServiceFulfilled")) {
      const id = firstInt(e.args);
      if (announced.has(id)) problems.push(`request ${id} fulfilled a second time`);
      announced.add(id);
    }
    return problems;
  });
}

/** GW-P3: a request leaves "pending" only in a transaction of the updater (the one stored before it), signed with a usable witness. */
const onlyUpdater = (): ChainInvariant => transitionInvariant("GW-P3", (step) => {
  const updater = step.before.storage.get(GATEWAY)?.get(UPDATER) ?? "";
  const display = "0x" + Buffer.from(updater, "hex").reverse().toString("hex");
  const before = requests(step.before);
  const fulfilled = [...requests(step.after)].filter(([id, r]) => r.status !== 0n && before.get(id)?.status === 0n).map(([id]) => id);
  if (fulfilled.length === 0 || (step.sender.hash === display && step.sender.witnessed)) return [];
  return [`request(s) ${fulfilled.join(", ")} fulfilled by ${step.sender.name}${step.sender.witnessed ? "" : " without a witness"}, the updater is ${display}`];
});

export const gatewayInvariants: PlatformInvariants = (contracts) => {
  const gateway = contracts.get(GATEWAY)!;
  return [requestIds(gateway), fulfilledOnce(gateway), onlyUpdater()];
};
