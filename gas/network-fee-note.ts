import type { FeePolicy } from "../neo-express/driver/fee-policy.js";
import { breakEvenN } from "./complexity-fit.js";
import type { MeasuredPair } from "./measured-pair.js";

/**
 * What the user signs also carries a network fee: size × FeePerByte plus the witness check. The
 * witness is the same for both paths, so the network fees differ by exactly the entry scripts'
 * length difference × FeePerByte (a script under 253 bytes keeps a 1-byte length prefix). This
 * note says by how much, and from which n the hybrid is cheaper counting it.
 */
export function networkFeeNote(m: MeasuredPair, policy: FeePolicy): string {
  const extra = m.hybrid.map((h, i) => BigInt(h.scriptBytes - m.deprecated[i]!.scriptBytes));
  if (m.plan.kind === "test-invocation") {
    const [longer, bytes] = extra.every((b) => b < 0n) ? ["shorter", extra.map((b) => -b)] : ["longer", extra];
    return `test invocations pay no network fee (as a transaction, ${m.plan.hybrid}'s script would be ${range(bytes)} bytes ${longer})`;
  }
  const withFee = (series: MeasuredPair["hybrid"]) => series.map((p) => ({ ...p, total: p.total + BigInt(p.scriptBytes) * policy.feePerByte }));
  const n = breakEvenN(withFee(m.hybrid), withFee(m.deprecated));
  return `the ${m.plan.hybrid} transaction is ${range(extra)} bytes longer, so its network fee is ${range(extra.map((b) => b * policy.feePerByte))} datoshi higher; ` +
    (n === null ? "counting it, the hybrid is never cheaper" : `counting it, the hybrid is cheaper from n = ${n}`);
}

function range(values: readonly bigint[]): string {
  const sorted = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const show = (v: bigint) => v.toLocaleString("en-US");
  return sorted.length <= 1 ? show(sorted[0] ?? 0n) : `${show(sorted[0]!)}–${show(sorted.at(-1)!)}`;
}
