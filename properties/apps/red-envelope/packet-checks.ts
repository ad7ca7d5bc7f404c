import { arg, type AbiArg } from "../../../neo-express/driver/abi-arg.js";
import type { ContractCall } from "../../../neo-express/driver/contract-call.js";
import type { StackItem } from "../../../simulator/runtime/stack-item.js";
import { MODE, STATE } from "../../../simulator/apps/red-envelope/constants.js";
import { distribution } from "../../../simulator/apps/red-envelope/distribution.js";
import type { EnvelopeStateForFrontend } from "../../../simulator/apps/red-envelope/frontend.js";
import { ReadStep } from "../../patterns/call-step/call-step.js";
import { PerturbationError } from "../../patterns/frontend-perturbation/perturbation-error.js";
import { envelopeOf, envelopeState, type EnvelopeSequence } from "./sequence-model.js";

interface Check {
  readonly call: ContractCall;
  readonly label: string;
  readonly expected: StackItem;
}

/**
 * RE-P4 and RE-P10 with the spec as a third party: for one envelope, the O(1) check
 * `verifyPacket(id, k, a)` at the packet boundary (k = claimedCount − 1, claimedCount,
 * claimedCount + 1, n, 2^32; −1 when claimedCount = 0) with the honest amount D[k] and its neighbours D[k] ± 1; then
 * `verifyDistribution` with D and with perturbed arrays, `getNextPacketAmount` and
 * `getPacketAmount` beyond 2^32. D comes from the seed the users saw (EnvelopeInitiated, or the
 * RNG result of the callback), never from the model's storage: each answer must be the spec's.
 */
export function packetChecks(pick: number, j: number): ReadStep<EnvelopeSequence> {
  let checks: Check[] = [];
  return new ReadStep<EnvelopeSequence>(`packet checks(#${pick})`, (m) => {
    const id = envelopeOf(m, pick);
    checks = plan(m, id, envelopeState(m, id), j);
    // Last, the frontend's read (isExpired at the tinv the command chose: RE-P8), model ≡ chain only.
    return [...checks.map((c) => c.call), { contract: m.app, method: "getEnvelopeStateForFrontend", args: [arg.int(id)] }];
  }, (_m, outcomes) => {
    outcomes.slice(0, checks.length).forEach((o, i) => {
      const c = checks[i]!;
      const got = o.state === "HALT" ? o.stack[0] : undefined;
      if (!got || JSON.stringify(got, big) !== JSON.stringify(c.expected, big)) {
        throw new PerturbationError(c.label, JSON.stringify(c.expected, big), o.state === "HALT" ? JSON.stringify(got, big) : `FAULT ${o.exception}`);
      }
    });
  });
}

const big = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);

function plan(m: EnvelopeSequence, id: bigint, s: EnvelopeStateForFrontend, j: number): Check[] {
  const seed = m.seeds.get(id);
  const n = s.packetCount;
  const d = s.exists && seed !== undefined ? distribution(seed, s.totalAmount, n) : [];
  const stored = s.exists && (s.mode === MODE.rng || s.mode === MODE.eager) && d.length > 0;
  const live = s.seed !== null;
  const verifiable = (k: bigint) => k >= 0n && k < n && (stored || (s.mode !== MODE.rng && s.mode !== MODE.eager && (k < s.claimedCount || (k === s.claimedCount && live))));
  const call = (method: string, ...args: AbiArg[]): ContractCall => ({ contract: m.app, method, args });
  const checks: Check[] = [];
  const cc = s.claimedCount;
  for (const k of new Set([cc - 1n, cc, cc + 1n, n, 2n ** 32n])) {
    const honest = d[Number(k)] ?? 1_000_000n;
    for (const a of [honest, honest + 1n, honest - 1n]) {
      const ok = verifiable(k) && d[Number(k)] === a;
      checks.push({ call: call("verifyPacket", arg.int(id), arg.int(k), arg.int(a)), label: `verifyPacket(${id}, ${k}, ${a})`, expected: { type: "Boolean", value: ok } });
    }
  }
  const whole = stored || live;
  const arrays: [string, bigint[]][] = [["D", d]];
  if (d.length >= 2) {
    const i = j % d.length, other = (i + 1) % d.length;
    arrays.push([`D with a_${i} + 1, a_${other} − 1`, d.map((a, k) => (k === i ? a + 1n : k === other ? a - 1n : a))]);
    if (d[i] !== d[other]) arrays.push([`D with a_${i} ↔ a_${other}`, d.map((a, k) => (k === i ? d[other]! : k === other ? d[i]! : a))]);
  }
  if (d.length >= 1) arrays.push(["D without its last packet", d.slice(0, -1)]);
  arrays.forEach(([label, a], i) => checks.push({
    call: call("verifyDistribution", arg.int(id), arg.array(a.map((x) => arg.int(x)))), label: `verifyDistribution(${id}, ${label})`,
    expected: { type: "Boolean", value: i === 0 && whole && d.length > 0 },
  }));
  const next = s.exists && s.state !== STATE.refunded && cc < n && (stored || live) ? d[Number(cc)]! : 0n;
  checks.push({ call: call("getNextPacketAmount", arg.int(id)), label: `getNextPacketAmount(${id})`, expected: { type: "Integer", value: next } });
  checks.push({ call: call("getPacketAmount", arg.int(id), arg.int(2n ** 32n)), label: `getPacketAmount(${id}, 2^32)`, expected: { type: "Integer", value: 0n } });
  return checks;
}
