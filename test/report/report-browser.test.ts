import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { htmlOfView } from "../../lib/report/html-report";
import { topologyView } from "../../lib/report/topology-view";
import { launchChromium, measure, openFile, SCREENSHOTS } from "./browser";
import { syntheticEstate } from "./synthetic-estate";

// Issue 14: the report, opened from disk in headless Chromium: nothing fails or is fetched, every circuit,
// link, gateway and violation is drawn, and no box or label overlaps another at the sizes tested.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser?.close());

async function reportOf(n: number): Promise<string> {
  const model = syntheticEstate(n);
  const file = path.join(SCREENSHOTS, `estate-${n}.html`);
  fs.writeFileSync(
    file,
    await htmlOfView(topologyView(model), { title: `${n} circuits`, verdict: "pass", violations: [] }),
  );
  return file;
}

describe.each([1, 10, 40])("a report of %i circuit(s)", (n) => {
  it("loads without errors or requests, draws each element once, and nothing overlaps", async () => {
    const { page, record } = await openFile(browser, await reportOf(n));
    try {
      expect(record.errors).toEqual([]);
      expect(record.requests).toEqual([]);
      const count = (kind: string) => page.locator(`[data-kind="${kind}"]`).count();
      expect(await count("circuit")).toBe(n);
      expect(await count("link")).toBe(2 * n); // both links of each circuit's private peering
      expect(await count("gateway")).toBe(Math.ceil(n / 8));
      expect(await count("vnetLink")).toBe(n);
      expect(await count("globalReach")).toBe(Math.floor(n / 2));
      const { overlaps, textOutside } = await measure(page);
      expect(overlaps).toEqual([]);
      expect(textOutside).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `estate-${n}.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe("the overlap check", () => {
  it("finds two boxes drawn over each other, and text that leaves its box", async () => {
    const file = path.join(SCREENSHOTS, "overlap-control.html");
    fs.writeFileSync(
      file,
      `<!DOCTYPE html><html><body><svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" font-family="monospace" font-size="12">
<g class="node" data-id="a"><rect data-box="leaf" x="10" y="10" width="100" height="40"/><g data-text-of="a"><text x="14" y="30">a</text></g></g>
<g class="node" data-id="b"><rect data-box="leaf" x="60" y="30" width="100" height="40"/><g data-text-of="b"><text x="64" y="50">a line far longer than its box is wide</text></g></g>
</svg></body></html>`,
    );
    const { page } = await openFile(browser, file);
    try {
      const { overlaps, textOutside } = await measure(page);
      expect(overlaps).toEqual([{ a: "a", b: "b" }]);
      expect(textOutside).toEqual(["b: a line far longer than its box is wide"]);
    } finally {
      await page.close();
    }
  });
});
