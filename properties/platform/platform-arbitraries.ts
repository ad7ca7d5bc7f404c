import fc from "fast-check";
import { arg } from "../../neo-express/driver/abi-arg.js";
import { NO_WITNESS } from "../harness/sender-name.js";
import { flexible } from "../harness/differential-run.js";
import type { DifferentialCommand } from "../harness/run-property.js";
import { ProbeCall } from "../apps/base-probe/probe-call.js";
import { callOf, type PlatformRole, type PlatformSequence } from "./platform-sequence.js";

/**
 * Block delays: the platform contracts keep no clocks, so any gap will do (timestamps are stored).
 * Hence every gap is flexible (issue #16): in lane equivalence a step takes a shared block's time
 * up to a minute later, and its outcome is compared in full at that time; alone it comes exactly
 * the drawn gap later, as before.
 */
export const delay = fc.bigInt({ min: 1n, max: 20_000n }).map((ms) => flexible(ms));

/**
 * The signer of a privileged call (R5 "witness/owner"): mostly the fixture's ADMIN, also another
 * account, ADMIN without a witness (`/none`), and `u3`, the account `setAdmin` hands over to, so
 * that after a hand-over ADMIN is a former admin and `u3` the right signer.
 */
export const privileged = fc.oneof(
  { weight: 10, arbitrary: fc.constant("admin") },
  { weight: 1, arbitrary: fc.constant("u1") },
  { weight: 1, arbitrary: fc.constant(`admin${NO_WITNESS}`) },
  { weight: 1, arbitrary: fc.constant("u3") },
);

/** App ids at the length boundary (README §7: UTF-8 bytes, at most 63): ASCII and two-byte characters. */
export const BOUNDARY_APP_IDS = ["a".repeat(63), "é".repeat(31) + "a", "a".repeat(64), "é".repeat(32), ""] as const;

/**
 * `_deploy(null, false)` called by an account (every ABI method is generated): System.Contract.Call
 * refuses a method name starting with `_`, so only ContractManagement runs it (a hijack of the
 * admin that the contracts' `update == false` branch would otherwise allow).
 */
export const deployCalledDirectly = (role: PlatformRole) => fc.tuple(fc.constantFrom("u1", "admin"), delay)
  .map(([s, d]): DifferentialCommand<PlatformSequence> => new ProbeCall<PlatformSequence>("_deploy(null, false) called directly", s, d, (m) => callOf(m, role, "_deploy", arg.any(), arg.bool(false))));
