import * as fs from "node:fs";
import * as path from "node:path";
import { RULES } from "../../lib/core/rules";
import { expressRoutePolicies } from "../../lib/policy-pack";
import { rulesTable } from "../../lib/policy-pack";

/** The pack's policies that run a rule: all but the first, location-catalog, which carries the catalog. */
const rulePolicies = expressRoutePolicies.slice(1);

describe("the policy pack and its documentation", () => {
  it("has the location catalog's policy first, then exactly one policy per rule, named after it", () => {
    expect(expressRoutePolicies[0].name).toBe("location-catalog");
    expect(rulePolicies.map((p) => p.name).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("takes the catalog extension in location-catalog's config, with extendLocationCatalog's fields", () => {
    const fields = Object.keys(expressRoutePolicies[0].configSchema?.properties ?? {});
    expect(fields).toEqual(["locations", "azureRegions", "regions", "providers", "directPortLocations"]);
    expect(expressRoutePolicies[0].enforcementLevel).toBe("advisory");
    for (const p of rulePolicies)
      expect(Object.keys(p.configSchema?.properties ?? {})).not.toContain("additionalLocations");
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    "documents %s with full sentences, a kebab-case id and a source",
    (_id, rule) => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description).toMatch(/^[A-Z].*\.$/);
      expect(rule.why).toMatch(/^[A-Z].*\.$/);
      expect(rule.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\/(azure|powershell)\/[a-z0-9/.#-]+$/);
    },
  );

  it("gives every policy its rule's level, description, remediation and an exemption schema", () => {
    for (const p of rulePolicies) {
      const rule = RULES.find((r) => r.id === p.name)!;
      expect(p.enforcementLevel).toBe(rule.severity);
      expect(p.description).toContain(rule.description);
      expect(p.remediationSteps).toContain(rule.source.url);
      const exemptions = (p.configSchema?.properties as Record<string, any>).exemptions;
      expect(exemptions.items.required).toEqual(["resource", "reason"]);
      expect(exemptions.items.properties.reason.minLength).toBeGreaterThanOrEqual(10);
    }
  });

  it("keeps policies/RULES.md in step with the rules (run npm run rules:doc)", () => {
    const file = fs.readFileSync(path.join(__dirname, "../../policies/RULES.md"), "utf8");
    expect(file).toBe(rulesTable());
  });

  it("keeps the pack's entry file to constructing the PolicyPack from the library's policies", () => {
    const entry = fs.readFileSync(path.join(__dirname, "../../policies/index.js"), "utf8");
    expect(entry).toContain('require("pulumi-expressroute/policy-pack")');
    expect(entry).toContain("new PolicyPack(POLICY_PACK_NAME, { policies: expressRoutePolicies });");
    // The pack reaches nothing outside its directory but its dependencies (`pulumi policy publish` uploads it alone).
    expect(entry).not.toMatch(/require\("\.\.?\//);
  });

  it("declares the library as the pack's dependency, at this library's version", () => {
    const pack = JSON.parse(fs.readFileSync(path.join(__dirname, "../../policies/package.json"), "utf8"));
    const library = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
    expect(pack.main).toBe("index.js");
    expect(pack.dependencies["pulumi-expressroute"]).toBe(`^${library.version}`);
    expect(pack.dependencies["@pulumi/policy"]).toBe(library.peerDependencies["@pulumi/policy"]);
  });
});
