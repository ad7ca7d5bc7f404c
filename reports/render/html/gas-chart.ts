import { createRequire } from "node:module";
import type * as Echarts from "echarts";
import type { GasPair } from "../../run-summary.js";
import { gasNumber } from "../format-gas.js";

/**
 * zrender names the SVG's classes and clip paths from process-wide counters (`zr3-cls-17`), so
 * the same chart would differ from run to run and two charts could collide in one page. The
 * names are renumbered in order of appearance under a prefix of the caller's choosing.
 */
function renumberIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-[a-z]+-?\d+\b/g, (name) => {
    if (!names.has(name)) names.set(name, `${prefix}-${names.size}`);
    return names.get(name)!;
  });
}

/**
 * GAS over n for one hybrid/deprecated pair as an SVG string, drawn on the server by ECharts
 * (no script, no CDN: the report stays one file that reads offline). Animation is off, so the
 * SVG is the final picture and the same summary gives the same bytes.
 */
function gasChart(pair: GasPair, idPrefix: string, width = 760, height = 340): string {
  // Loaded on first use: ECharts costs about a second of start-up, which commands that draw no
  // chart (a rejected input, --help) should not pay.
  const echarts = createRequire(import.meta.url)("echarts") as typeof Echarts;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  const series = (name: string, pts: GasPair["hybridSeries"], color: string) =>
    ({ name, type: "line" as const, color, symbolSize: 7, data: pts.map((p) => [p.n, gasNumber(p.total)]) });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: "DejaVu Sans, sans-serif" },
    title: { text: `GAS of ${pair.hybrid} vs ${pair.deprecated}`, left: "center", top: 6, textStyle: { fontSize: 14 } },
    // Server-side text widths are estimates: a wide gap keeps the browser's wider glyphs apart.
    legend: { top: 34, itemGap: 48 },
    grid: { left: 80, right: 30, top: 72, bottom: 50 },
    xAxis: { type: "value", name: `n (${pair.nMeans})`, nameLocation: "middle", nameGap: 28 },
    yAxis: { type: "value", name: "GAS", scale: false },
    series: [series(`${pair.hybrid} (hybrid)`, pair.hybridSeries, "#1f6feb"), series(`${pair.deprecated} (deprecated)`, pair.deprecatedSeries, "#d1242f")],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return renumberIds(svg, idPrefix);
}

export { gasChart, renumberIds };
