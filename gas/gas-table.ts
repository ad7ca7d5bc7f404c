import type { GasPair } from "../reports/run-summary.js";
import type { FeePolicy } from "../neo-express/driver/fee-policy.js";
import { appBySlug } from "../simulator/registry.js";

const d = (v: string | undefined) => (v === undefined ? "–" : BigInt(v).toLocaleString("en-US"));

/**
 * The sweep as Markdown: per pair one row per n (total = what the user pays, entry script
 * included; method = total minus the entry script; storage = the storage fee inside it), then the
 * fits, the ratio at n = 100, the break-even n, notes per pair (execution line, network fee) and
 * the limit that stopped a larger n.
 */
export function gasTable(pairs: readonly GasPair[], policy: FeePolicy, contractCallPrice: bigint, notes: readonly (readonly string[])[] = []): string {
  const out: string[] = [
    `Fee policy read from the chain: ExecFeeFactor ${policy.execFeeFactor}, StoragePrice ${policy.storagePrice} datoshi/byte, FeePerByte ${policy.feePerByte} datoshi; ` +
    `System.Contract.Call measured at ${d(contractCallPrice.toString())} datoshi. All figures in datoshi (1 GAS = 10^8).`,
  ];
  pairs.forEach((p, i) => {
    const name = appBySlug(p.app)?.contractName ?? p.app;
    out.push("", `### ${name}: \`${p.hybrid}\` (hybrid) ↔ \`${p.deprecated}\` (deprecated), n = ${p.nMeans}`, "");
    out.push(`| n | ${p.hybrid} total | method | of which storage | ${p.deprecated} total | method | of which storage | deprecated − hybrid |`);
    out.push("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    p.hybridSeries.forEach((h, i) => {
      const dep = p.deprecatedSeries[i]!;
      out.push(`| ${h.n.toLocaleString("en-US")} | ${d(h.total)} | ${d(h.method)} | ${d(h.storageFee)} | ${d(dep.total)} | ${d(dep.method)} | ${d(dep.storageFee)} | ${d((BigInt(dep.total) - BigInt(h.total)).toString())} |`);
    });
    out.push("");
    out.push(`- \`${p.hybrid}\`: **${p.hybridFit.class}**, total ≈ ${p.hybridFit.intercept} + ${p.hybridFit.slopePerN} × n`);
    out.push(`- \`${p.deprecated}\`: **${p.deprecatedFit.class}**, total ≈ ${p.deprecatedFit.intercept} + ${p.deprecatedFit.slopePerN} × n`);
    out.push(`- ratio deprecated / hybrid at n = 100: ${p.ratioAt100 ?? "not measured"}; ${p.breakEvenN === null ? "the hybrid is never cheaper" : `hybrid cheaper from n = ${p.breakEvenN}`}`);
    for (const note of notes[i] ?? []) out.push(`- ${note}`);
    if (p.limitNote) out.push(`- larger n: ${p.limitNote}`);
    out.push(`- snapshot: ${p.verdict}`);
  });
  return out.join("\n") + "\n";
}
