import fc from "fast-check";
import type { FlexibleDelay } from "../../harness/differential-run.js";
import { arg } from "../../../neo-express/driver/abi-arg.js";
import type { Outcome } from "../../../simulator/runtime/outcome.js";
import type { DifferentialCommand } from "../../harness/run-property.js";
import { NO_WITNESS } from "../../harness/sender-name.js";
import { PROBE_APP_ID } from "../../apps/base-probe/arbitraries.js";
import { ProbeCall, ProbeRead, ProbeSteps } from "../../apps/base-probe/probe-call.js";
import { delay, deployCalledDirectly, privileged } from "../platform-arbitraries.js";
import { address, callOf, pickId, type PlatformSequence } from "../platform-sequence.js";

type Cmd = DifferentialCommand<PlatformSequence>;
type Call = ProbeCall<PlatformSequence>;

const CALLBACK = "onServiceCallback";

/** Remembers the request id the probe returned (the model's). */
const rememberRequest = (m: PlatformSequence, o: Outcome) => {
  const id = o.state === "HALT" ? o.stack[0] : undefined;
  if (id?.type === "Integer") m.requests.push(id.value);
};

const request = (u: string, op: bigint, d: bigint | FlexibleDelay): Call =>
  new ProbeCall(`probe.requestRandomness(${op})`, u, d, (m) => callOf(m, "probe", "requestRandomness", arg.int(op)), rememberRequest);

/** A fulfilment as the TEE makes it (platform.md §4): a 32-byte result, or success = false with "rng failed"; or odd ones. */
const RESULTS = [
  { success: true, result: "ab".repeat(32), error: "" },
  { success: false, result: "", error: "rng failed" },
  { success: true, result: "", error: "" },
  { success: false, result: "0102", error: "" },
  // Null result and error, which fulfillRequest stores as empty (platform.md §2 step 5).
  { success: false, result: null, error: null },
] as const;

const fulfil = (s: string, pick: number, k: number, d: bigint | FlexibleDelay): Call => {
  const { success, result, error } = RESULTS[k]!;
  const which = ["last", "first", "0", "next"][pick];
  return new ProbeCall(`fulfillRequest(${which} request, ${success}, ${result === null ? "null" : `${result.length / 2} bytes`}${error ? `, "${error}"` : error === null ? ", null" : ""})`, s, d,
    (m) => callOf(m, "gateway", "fulfillRequest", arg.int(pickId(m.requests, pick)), arg.bool(success), result === null ? arg.any() : arg.bytes(result), error === null ? arg.any() : arg.str(error)));
};

/** Who fulfils: mostly the TEE (the updater), also others, the TEE without a witness, and `u4`, an updater `setUpdater` may appoint. */
const fulfiller = fc.oneof(
  { weight: 6, arbitrary: fc.constant("tee") },
  { weight: 1, arbitrary: fc.constantFrom("u1", "admin", `tee${NO_WITNESS}`, "u4") },
);
const requestPick = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(1, 2, 3) });

/** requestService called by an account, not the callback contract: each refusal in the spec's order, the last one "callback must be caller". */
const DIRECT_REQUESTS = [
  { label: "no app id", appId: "", type: "rng", callback: "probe", method: CALLBACK },
  { label: "no service type", appId: PROBE_APP_ID, type: "", callback: "probe", method: CALLBACK },
  { label: "zero callback", appId: PROBE_APP_ID, type: "rng", callback: "zero", method: CALLBACK },
  { label: "no callback method", appId: PROBE_APP_ID, type: "rng", callback: "probe", method: "" },
  { label: "caller is not the callback", appId: PROBE_APP_ID, type: "rng", callback: "probe", method: CALLBACK },
] as const;

/**
 * Generators of ServiceLayerGateway sequences (platform.md §2, GW-P1…P4): RNG requests made by the
 * probe app and refused direct ones; fulfilments by the updater and by others, successful and
 * failed, of pending, fulfilled, unknown requests, twice in a row; a callback that faults (the
 * probe pointed at another gateway) and the retry after it is repaired; admin hand-over, updater
 * change, allowed callbacks added and removed; update by others; every getter.
 */
export function gatewayCommands(): fc.Arbitrary<Cmd>[] {
  const requests = fc.tuple(fc.constantFrom("u1", "u2"), fc.bigInt({ min: 1n, max: 9n }), delay).map(([u, op, d]): Cmd => request(u, op, d));
  const direct = fc.tuple(fc.nat(DIRECT_REQUESTS.length - 1), fc.boolean(), delay).map(([k, nullPayload, d]): Cmd => {
    const x = DIRECT_REQUESTS[k]!;
    return new ProbeCall(`requestService(${x.label}${nullPayload ? ", null payload" : ""})`, "u1", d, (m, r) => callOf(m, "gateway", "requestService",
      arg.str(x.appId), arg.str(x.type), nullPayload ? arg.any() : arg.bytes("01"), address(m, r, x.callback), arg.str(x.method)));
  });
  const fulfilments = fc.tuple(fulfiller, requestPick, fc.nat(RESULTS.length - 1), delay).map(([s, pick, k, d]): Cmd => fulfil(s, pick, k, d));
  const requestThenFulfil = fc.tuple(fc.bigInt({ min: 1n, max: 9n }), fulfiller, fc.nat(RESULTS.length - 1))
    .map(([op, s, k]): Cmd => new ProbeSteps(`request ${op}, fulfilled by ${s}`, [request("u1", op, 1_000n), fulfil(s, 0, k, 1_000n)]));
  // GW-P2: the same request fulfilled twice, the second time successful or failed.
  const twice = fc.tuple(fc.nat(RESULTS.length - 1), fc.nat(RESULTS.length - 1), fc.boolean())
    .map(([k1, k2, fresh]): Cmd => new ProbeSteps(`fulfilled twice (${RESULTS[k1]!.success}, then ${RESULTS[k2]!.success})`,
      [...(fresh ? [request("u2", 1n, 1_000n)] : []), fulfil("tee", 0, k1, 1_000n), fulfil("tee", 0, k2, 1_000n)]));
  // GW-P4: the probe's gateway changed, so its callback faults ("only gateway") and the request
  // stays pending; the probe is repaired at once (its later requests need it), then maybe fulfilled.
  const faultingCallback = fc.tuple(fc.nat(RESULTS.length - 1), fc.boolean())
    .map(([k, retry]): Cmd => new ProbeSteps(`callback faults, probe repaired${retry ? ", fulfilled again" : ""}`, [
      request("u1", 7n, 1_000n),
      new ProbeCall("probe.setGateway(PaymentHub)", "admin", 1_000n, (m, r) => callOf(m, "probe", "setGateway", address(m, r, "paymentHub"))),
      fulfil("tee", 0, k, 1_000n),
      new ProbeCall<PlatformSequence>("probe.setGateway(gateway)", "admin", 1_000n, (m, r) => callOf(m, "probe", "setGateway", address(m, r, "gateway"))),
      ...(retry ? [fulfil("tee", 0, k, 1_000n)] : []),
    ]));
  const target = (names: readonly string[]) => fc.constantFrom(...names);
  const admin = fc.oneof(
    fc.tuple(privileged, target(["u3", "admin", "zero"]), delay).map(([s, to, d]): Cmd => new ProbeCall(`setAdmin(${to})`, s, d, (m, r) => callOf(m, "gateway", "setAdmin", address(m, r, to)))),
    fc.tuple(privileged, target(["u4", "tee", "zero"]), delay).map(([s, to, d]): Cmd => new ProbeCall(`setUpdater(${to})`, s, d, (m, r) => callOf(m, "gateway", "setUpdater", address(m, r, to)))),
    fc.tuple(privileged, target(["probe", "u1", "zero"]), delay).map(([s, c, d]): Cmd => new ProbeCall(`addAllowedCallback(${c})`, s, d, (m, r) => callOf(m, "gateway", "addAllowedCallback", address(m, r, c)))),
    fc.tuple(privileged, target(["probe", "u1"]), delay).map(([s, c, d]): Cmd => new ProbeCall(`removeAllowedCallback(${c})`, s, d, (m, r) => callOf(m, "gateway", "removeAllowedCallback", address(m, r, c)))),
    fc.tuple(privileged, delay).map(([s, d]): Cmd => new ProbeCall("update(00, {})", s, d, (m) => callOf(m, "gateway", "update", arg.bytes("00"), arg.str("{}")))),
    // A real update with the gateway's own code: its _deploy(null, true) runs (issue #15).
    fc.tuple(privileged, delay).map(([s, d]): Cmd => new ProbeCall("update(own code)", s, d, (m) => callOf(m, "gateway", "update", arg.bytes(m.code.gateway.nef), arg.str(m.code.gateway.manifest)))),
  );
  const reads = fc.nat(3).map((pick): Cmd => new ProbeRead<PlatformSequence>("gateway", (m, r) => [
    callOf(m, "gateway", "admin"), callOf(m, "gateway", "updater"), callOf(m, "gateway", "isAllowedCallback", address(m, r, "probe")),
    callOf(m, "gateway", "isAllowedCallback", address(m, r, "u1")), callOf(m, "gateway", "getRequest", arg.int(pickId(m.requests, pick))),
  ]));
  // fast-check picks among these uniformly: repeating one raises its weight.
  // ADMIN's address refusals once each (issue #15: "invalid updater" came four times in 100 sequences).
  const refusals = fc.constant(null).map((): Cmd => new ProbeSteps<PlatformSequence>("address refusals", [
    new ProbeCall<PlatformSequence>("setAdmin(zero)", "admin", 1_000n, (m, r) => callOf(m, "gateway", "setAdmin", address(m, r, "zero"))),
    new ProbeCall<PlatformSequence>("setUpdater(zero)", "admin", 1_000n, (m, r) => callOf(m, "gateway", "setUpdater", address(m, r, "zero"))),
    new ProbeCall<PlatformSequence>("addAllowedCallback(zero)", "admin", 1_000n, (m, r) => callOf(m, "gateway", "addAllowedCallback", address(m, r, "zero"))),
  ]));
  return [requests, requests, requestThenFulfil, requestThenFulfil, fulfilments, fulfilments, twice, faultingCallback, direct, admin, admin, reads, deployCalledDirectly("gateway"), refusals];
}
