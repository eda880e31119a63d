import * as fs from "node:fs";
import * as path from "node:path";
import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { plan } from "../../lib/plan/plan";
import { FIXTURE_DIR, startAnalyzer, withoutOperationsAdvice } from "../policies/support";

// Issue 11: the location catalog is extended once, and the extension reaches the components and every policy
// that reads the catalog: from the pack's config, and from a program's extendLocationCatalog under the plan.

const catalogProgram = path.resolve(__dirname, "../fixtures/catalog-program");
const extension = JSON.parse(fs.readFileSync(path.join(catalogProgram, "catalog.json"), "utf8"));

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

// The raw scenarios' circuits have no alerts; that advice is judged in test/policies/operations.test.ts.
const planned = async (scenario: string, policyConfig?: Record<string, unknown>) =>
  withoutOperationsAdvice(
    await plan(FIXTURE_DIR, {
      config: { scenario },
      typeCheck: false,
      analyzer,
      policyConfig: policyConfig as never,
    }),
  );

const policiesOf = async (scenario: string, policyConfig?: Record<string, unknown>) =>
  (await planned(scenario, policyConfig)).violations.map((v) => v.policy);

describe("extending the location catalog once", () => {
  it("given once in the location-catalog policy's config, it reaches each policy that reads the catalog", async () => {
    expect(await policiesOf("circuit-new-location")).toContain("peering-location-known");
    expect(await policiesOf("circuit-new-location", { "location-catalog": extension })).toEqual([]);
    expect(await policiesOf("circuit-provider-not-at-location")).toContain("provider-at-location");
    const providers = { providers: { Amsterdam: ["Vocus Group NZ"] } };
    expect(await policiesOf("circuit-provider-not-at-location", { "location-catalog": providers })).toEqual(
      [],
    );
  });

  it("a program's extendLocationCatalog reaches the components and the pack under the plan", async () => {
    const result = await plan(catalogProgram, { typeCheck: false, analyzer });
    expect(result.run.catalogExtensions).toEqual([extension]);
    expect(result.run.resources.map((r) => r.type)).toContain("azure-native:network:ExpressRouteCircuit");
    expect(result.violations).toEqual([]);
  });
});
