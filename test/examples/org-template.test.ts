import * as fs from "node:fs";
import * as path from "node:path";
import { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { estateSummaries } from "../../lib/plan/estate-report";
import { defaultPolicyPack, plan } from "../../lib/plan/plan";
import { planText } from "../../lib/plan/report";

// Issue 9: Contoso's org template, published in one file and instantiated in another, plans clean for each
// stack, with the environment from the stack's config file and the addresses from the committed file.

const dir = path.resolve(__dirname, "../../examples/org-template");
const allocations = path.join(dir, "expressroute.allocations.json");

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await PolicyAnalyzer.start(defaultPolicyPack());
});
afterAll(() => analyzer.stop());

describe("examples/org-template", () => {
  it.each([
    ["prod", 4, 8, 6],
    ["dev", 1, 2, 0],
  ])(
    "plans stack %s clean: %i site(s), %i circuits, %i Global Reach pairs",
    async (stack, sites, circuits, pairs) => {
      const before = fs.readFileSync(allocations, "utf8");
      // In a worker thread, as `expressroute plan --stack` runs it (each stack runs the program afresh).
      const result = await plan(dir, { stack, typeCheck: false, analyzer, isolate: {} });
      expect(result.violations).toEqual([]);
      const [estate] = estateSummaries(result.run.resources);
      expect(estate.sites).toHaveLength(sites);
      expect(estate.sites.flatMap((s) => s.circuits)).toHaveLength(circuits);
      expect(estate.globalReach).toHaveLength(pairs);
      expect(estate.rules).toEqual(
        stack === "prod"
          ? ["site-resiliency", "contoso-two-providers", "contoso-prod-premium"]
          : ["site-resiliency", "contoso-two-providers"],
      );
      // Every address comes from the committed file: nothing new, nothing renumbered, the file untouched.
      expect(estate.changes).toBe(0);
      expect(fs.readFileSync(allocations, "utf8")).toBe(before);
      const recorded = JSON.parse(before).peering;
      for (const c of estate.sites.flatMap((s) => s.circuits))
        expect({ prefix: c.peeringPrefix, vlan: c.vlan }).toEqual(recorded[c.path]);
      expect(planText(result)).toContain(`Org template:\n  Estate Contoso`);
    },
  );
});
