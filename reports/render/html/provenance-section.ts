import type { RunSummary } from "../../run-summary.js";
import { esc } from "./escape.js";

const row = (k: string, v: string) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;

/** What an auditor needs to tie the verdicts to exact artefacts: hashes, versions, fees, seeds. */
function provenanceSection(s: RunSummary): string {
  const contracts = s.contracts.map((c) =>
    `<tr><td>${esc(c.app)}</td><td>${esc(c.contractName)}<br><code class="hash">${esc(c.hash ?? "not deployed")}</code></td><td><code>${esc(c.nefPath)}</code></td>` +
    `<td><code class="hash">${esc(c.nefSha256)}</code><br>checksum ${c.nefChecksum}</td><td><code class="hash">${esc(c.manifestSha256)}</code></td>` +
    `<td>${c.scripts.map((sc) => `${esc(sc.name)}: <code class="hash">${esc(sc.sha256)}</code>`).join("<br>") || "—"}</td></tr>`);
  const fee = s.chain.feePolicy;
  return `<section id="provenance"><h2>Contracts, tools and chain</h2>
<table class="contracts"><thead><tr><th>App</th><th>Contract / hash</th><th>NEF</th><th>NEF SHA-256</th><th>Manifest SHA-256</th><th>Registered scripts (SHA-256)</th></tr></thead><tbody>
${contracts.join("\n")}</tbody></table>
<table class="environment"><tbody>
${row("Tool", `${esc(s.tool.name)} ${esc(s.tool.version)} · neo-express ${esc(s.tool.neoExpress)} · Node ${esc(s.tool.node)}`)}
${row("Chain", `${esc(s.chain.userAgent)} · magic ${s.chain.magic} · ${s.chain.msPerBlock} ms per block · lane ${esc(s.lane)}`)}
${row("Fee policy", `fee per byte ${esc(fee.feePerByte)} datoshi · exec fee factor ${esc(fee.execFeeFactor)} · storage price ${esc(fee.storagePrice)} datoshi/byte`)}
${row("Run", `${esc(s.startedAt)} → ${esc(s.finishedAt)}${s.shard ? ` · shard ${s.shard.index}/${s.shard.count}` : ""}`)}
</tbody></table>
<h3>Seeds</h3>
<table class="seeds"><thead><tr><th>App</th><th>Property</th><th class="num">Seed</th></tr></thead><tbody>
${s.properties.map((p) => `<tr><td>${esc(p.app)}</td><td>${esc(p.property)}</td><td class="num mono">${p.seed}</td></tr>`).join("\n")}</tbody></table></section>`;
}

export { provenanceSection };
