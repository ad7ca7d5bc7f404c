import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleSummary } from "../test-support/sample-summary.js";
import { renderHtml } from "./html.js";
import { sampleCoverage } from "../../contract-coverage/sample-coverage.js";
import { belowMinCoverage } from "../../contract-coverage/min-coverage.js";

// Debian's chromium, never a downloaded browser; setup.mjs installs it when run as root.
const CHROMIUM = "/usr/bin/chromium";
const OUT = join(process.cwd(), "reports", "out");
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`html.browser.test: skipped, ${CHROMIUM} is missing. Install it with \`sudo apt-get install -y chromium\` (or run \`npm run setup\` as root).`);
}

describe.skipIf(!hasChromium)("the HTML report in headless Chromium", () => {
  let browser: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));

  beforeAll(async () => {
    // A fresh profile directory per run (Playwright passes it as --user-data-dir); the flags keep
    // the browser offline and quiet: no network services, no updates, no sync.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it("renders its tables and charts offline, with no request leaving the file", async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "sample-report.html");
    writeFileSync(file, renderHtml(sampleSummary()));
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href);
    await page.screenshot({ path: join(OUT, "sample-report.png"), fullPage: true });

    expect(await page.locator("#outcome").textContent()).toBe("FAIL (exit 1)");
    expect(await page.locator("table.verdicts tbody tr").count()).toBe(3);
    expect(await page.locator('table.verdicts tr[data-verdict="fail"]').textContent()).toContain("DD-P2");
    const steps = page.locator("#cx-doomsday-clock-dd-p2 table.steps tbody tr");
    expect(await steps.count()).toBe(3);
    expect(await steps.nth(2).textContent()).toContain('FAULT "cost mismatch"');
    expect(await page.locator("#cx-doomsday-clock-dd-p2 pre.replay").textContent()).toContain("--seed -702117489");
    const charts = page.locator("#gas .chart svg");
    expect(await charts.count()).toBe(2);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await charts.first().locator("path").count()).toBeGreaterThan(10);
    expect(await page.locator("#gas").textContent()).toContain("buyKeysWithCost (hybrid)");
    expect(await page.locator("table.contracts").textContent()).toContain(sampleSummary().contracts[0]!.nefSha256);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("shows each contract's C# source with hit counts, unreached lines and branch marks", async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "sample-coverage.html");
    const coverage = [sampleCoverage([[0, 4], [1, 4], [3, 4]], [[3, 4, 0]])];
    writeFileSync(file, renderHtml({ ...sampleSummary(), coverage, coverageGate: { minBranchPercent: 90, below: belowMinCoverage(coverage, 90) } }));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.locator("#coverage details.source summary").first().click();
    await page.locator("#coverage").screenshot({ path: join(OUT, "sample-coverage.png") });
    expect(await page.locator("#coverage .gate-fail").textContent()).toContain("C: branch coverage 50 % < 90 %");
    const rows = page.locator("#coverage table.source-table tbody tr");
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(1).getAttribute("class")).toBe("cov-part");
    expect(await rows.nth(1).locator(".br").textContent()).toBe("[+−]");
    expect(await rows.nth(2).getAttribute("class")).toBe("cov-miss");
    expect(await rows.nth(2).locator("td.src").isVisible()).toBe(true);
    expect(await page.locator("#coverage ul.unreached").textContent()).toContain("no");
    await page.close();
  });
});
