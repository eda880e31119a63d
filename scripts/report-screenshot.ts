import * as fs from "node:fs";
import * as path from "node:path";
import { plan } from "../lib/plan/plan";
import { planHtml } from "../lib/report/html-report";
import { launchChromium } from "../test/report/browser";

// Regenerates the README's picture of the root example's report: plans the root program, writes the report,
// and screenshots its drawing in headless Chromium (Debian's, as the tests use). Run: npm run report:screenshot
const ROOT = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const result = await plan(ROOT, { typeCheck: false });
  const html = path.join(ROOT, ".test-output", "root-example-report.html");
  fs.mkdirSync(path.dirname(html), { recursive: true });
  fs.writeFileSync(html, await planHtml(result));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
    await page.goto(`file://${html}`);
    const drawing = page.locator("svg").first();
    const box = await drawing.boundingBox();
    await page.setViewportSize({ width: Math.ceil((box?.width ?? 1760) + 80), height: 900 });
    await drawing.screenshot({ path: path.join(ROOT, "docs", "root-example-report.png") });
  } finally {
    await browser.close();
  }
  process.stdout.write("docs/root-example-report.png written (from .test-output/root-example-report.html)\n");
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
