import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { plan, type PlanResult } from "../../lib/plan/plan";
import { estateSummaries } from "../../lib/plan/estate-report";
import { stableGuid } from "../../lib/plan/arm-ids";
import { htmlOfView, planHtml } from "../../lib/report/html-report";
import { mermaidOf, planMermaid } from "../../lib/report/mermaid";
import { topologyView } from "../../lib/report/topology-view";
import { launchChromium, measure, openFile, SCREENSHOTS } from "./browser";
import { syntheticEstate } from "./synthetic-estate";

// Issue 14: the root example's and an org template's plans as reports, violations drawn on what they concern,
// secrets kept out, and the Mermaid flowchart accepted by Mermaid's own parser (in the browser).

const ROOT = path.resolve(__dirname, "../..");
let browser: Browser;
let root: PlanResult;
beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, root] = await Promise.all([launchChromium(), plan(ROOT, { typeCheck: false })]);
});
afterAll(() => browser?.close());

async function open(name: string, html: string) {
  const file = path.join(SCREENSHOTS, `${name}.html`);
  fs.writeFileSync(file, html);
  return openFile(browser, file);
}

describe("the root example's report", () => {
  it("draws both circuits with their links, the gateway and Global Reach, with no secret in the file", async () => {
    const html = await planHtml(root);
    const serviceKeys = root.run.resources
      .filter((r) => r.type === "azure-native:network:ExpressRouteCircuit")
      .map((r) => stableGuid(`service-key:${r.id}`));
    expect(serviceKeys).toHaveLength(2);
    for (const key of serviceKeys) expect(html).not.toContain(key);
    expect(html).toContain("[secret]");
    const { page, record } = await open("root-example", html);
    try {
      expect(record).toEqual({ errors: [], requests: [] });
      const count = (kind: string) => page.locator(`[data-kind="${kind}"]`).count();
      expect(await count("circuit")).toBe(2);
      // Amsterdam has private and Microsoft peering, London private: three peerings, two links each.
      expect(await count("link")).toBe(6);
      expect(await count("gateway")).toBe(1);
      expect(await count("vnetLink")).toBe(2);
      expect(await count("globalReach")).toBe(1);
      await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe("pass");
      expect(await measure(page)).toEqual({ overlaps: [], textOutside: [] });
      await page.screenshot({ path: path.join(SCREENSHOTS, "root-example.png"), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe("violations on the drawing", () => {
  it("colours the circuit, link and gateway a violation names, with its rule id, and lists every violation", async () => {
    const model = syntheticEstate(10);
    const urn = (type: string, name: string) =>
      `urn:pulumi:dev::synthetic::azure-native:network:${type}::${name}`;
    const violations = [
      {
        policy: "peering-dual-bgp",
        level: "mandatory",
        message: "one /30",
        urn: urn("ExpressRouteCircuit", "er-3"),
      },
      {
        policy: "gateway-zone-redundant",
        level: "advisory",
        message: "zones",
        urn: urn("VirtualNetworkGateway", "gw-1"),
      },
      {
        policy: "connection-routing-weight",
        level: "advisory",
        message: "weight",
        urn: urn("VirtualNetworkGatewayConnection", "link-2"),
      },
      { policy: "subscription-circuit-limits", level: "advisory", message: "the stack" },
    ];
    const view = topologyView(model, violations);
    const { page, record } = await open(
      "violations",
      await htmlOfView(view, { title: "violations", verdict: "fail", violations }),
    );
    try {
      expect(record.errors).toEqual([]);
      const marked = await page
        .locator("[data-rules]")
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute("data-id"), e.getAttribute("data-rules"), e.getAttribute("class")]),
        );
      expect(marked).toEqual([
        ["circuit-er-3", "peering-dual-bgp", "node circuit has-mandatory"],
        ["gateway-gw-1", "gateway-zone-redundant", "node gateway has-advisory"],
      ]);
      const edge = page.locator('[data-id="connection-link-2"]');
      expect(await edge.getAttribute("class")).toBe("edge vnetLink has-advisory");
      expect(await edge.locator("text").allTextContents()).toContain("! advisory: connection-routing-weight");
      // All four in the list below the drawing, the stack's one too.
      expect(await page.locator("tbody tr.mandatory, tbody tr.advisory").count()).toBe(4);
      expect(await measure(page)).toEqual({ overlaps: [], textOutside: [] });
    } finally {
      await page.close();
    }
  });
});

describe("an org template's estate", () => {
  it("draws its sites with their named edge routers and the circuits they hold", async () => {
    const result = await plan(path.join(ROOT, "examples/org-template"), { typeCheck: false, stack: "dev" });
    const [estate] = estateSummaries(result.run.resources);
    const { page, record } = await open("org-template", await planHtml(result));
    try {
      expect(record.errors).toEqual([]);
      const routers = await page.locator('[data-kind="router"] .title').allTextContents();
      expect(routers.sort()).toEqual(estate.sites.flatMap((s) => s.edgeRouters).sort());
      expect(await page.locator('[data-kind="circuit"]').count()).toBe(
        estate.sites.reduce((n, s) => n + s.circuits.length, 0),
      );
      expect(await measure(page)).toEqual({ overlaps: [], textOutside: [] });
    } finally {
      await page.close();
    }
  });
});

describe("the Mermaid flowchart", () => {
  // One page with Mermaid loaded serves every parse (loading its 3 MB bundle is most of the cost).
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
    await page.setContent("<!DOCTYPE html><html><body></body></html>");
    await page.addScriptTag({ path: require.resolve("mermaid/dist/mermaid.min.js") });
    await page.evaluate(() => (globalThis as any).mermaid.initialize({ startOnLoad: false }));
  });
  afterAll(() => page?.close());

  /**
   * Mermaid's parser (and renderer, when asked), in the page: resolves to the diagram type, or rejects with
   * Mermaid's error.
   */
  async function parseMermaid(text: string, render = false): Promise<string> {
    return page.evaluate(
      async ([t, draw]) => {
        const m = (globalThis as any).mermaid;
        const parsed = await m.parse(t);
        if (draw) await m.render("diagram", t);
        return parsed.diagramType as string;
      },
      [text, render] as const,
    );
  }

  it("of the root example (rendered too) and of 40 circuits with violations parses with Mermaid", async () => {
    expect(await parseMermaid(planMermaid(root), true)).toMatch(/^flowchart/);
    const violations = [
      { policy: "peering-dual-bgp", level: "mandatory", message: "m", urn: "urn:x::er-3" },
      { policy: "connection-routing-weight", level: "advisory", message: "w", urn: "urn:x::link-2" },
    ];
    const text = mermaidOf(topologyView(syntheticEstate(40), violations));
    expect(text).toContain("! mandatory: peering-dual-bgp");
    expect(text).toMatch(/style n\d+ stroke:#cf222e/);
    expect(await parseMermaid(text)).toMatch(/^flowchart/);
  });

  it("is checked by a parser that refuses a broken flowchart", async () => {
    await expect(parseMermaid('flowchart LR\n  a["unclosed\n  a --> ')).rejects.toThrow();
  });
});
