// Prints the line coverage of each harness folder measured by `vitest run --coverage`
// (coverage/coverage-summary.json; the thresholds are in vitest.config.ts).
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const FOLDERS = ["simulator/", "properties/harness/", "cli/", "reports/"];
const summary = JSON.parse(readFileSync(new URL("../coverage/coverage-summary.json", import.meta.url), "utf8"));
const root = new URL("..", import.meta.url).pathname;
for (const folder of FOLDERS) {
  let [covered, total] = [0, 0];
  for (const [file, s] of Object.entries(summary)) {
    if (file === "total" || !relative(root, file).startsWith(folder)) continue;
    covered += s.lines.covered;
    total += s.lines.total;
  }
  console.log(`coverage ${folder.padEnd(20)} lines ${total ? ((100 * covered) / total).toFixed(2) : "—"} % (${covered}/${total})`);
}
