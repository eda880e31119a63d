import * as path from "node:path";
import { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { defaultPolicyPack, plan } from "../../lib/plan/plan";
import { resolvePolicyConfig, type PolicyPackConfigFile } from "../../lib/plan/policy-config";
import { planText } from "../../lib/plan/report";
import { ProgramError } from "../../lib/plan/program-project";
import { withoutOperationsAdvice } from "../policies/support";

const fixture = path.resolve(__dirname, "../fixtures/raw-program");
let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await PolicyAnalyzer.start(defaultPolicyPack());
});
afterAll(() => analyzer.stop());

// The raw scenario's circuit has no alerts; that advice is judged in test/policies/operations.test.ts.
const singleThirty = async (policyConfig?: PolicyPackConfigFile) =>
  withoutOperationsAdvice(
    await plan(fixture, {
      config: { scenario: "single-30-standalone" },
      typeCheck: false,
      analyzer,
      policyConfig,
    }),
  );

describe("policy pack config", () => {
  it("reports the single-/30 peering as mandatory by default", async () => {
    const r = await singleThirty();
    expect(r.violations.map((v) => [v.policy, v.level])).toEqual([["peering-dual-bgp", "mandatory"]]);
  });

  it("lowers a policy to advisory, or every policy through `all`", async () => {
    expect((await singleThirty({ "peering-dual-bgp": "advisory" })).violations.map((v) => v.level)).toEqual([
      "advisory",
    ]);
    expect(
      (await singleThirty({ all: { enforcementLevel: "advisory" } })).violations.map((v) => v.level),
    ).toEqual(["advisory"]);
  });

  it("disables a policy", async () => {
    expect((await singleThirty({ "peering-dual-bgp": "disabled" })).violations).toEqual([]);
  });

  it("exempts a resource by name pattern when the exemption gives a reason", async () => {
    const r = await singleThirty({
      "peering-dual-bgp": {
        exemptions: [{ resource: "ams-*", reason: "Lab peering, single link by design" }],
      },
    });
    expect(r.violations).toEqual([]);
    expect(r.exemptions).toEqual([
      { policy: "peering-dual-bgp", resource: "ams-*", reason: "Lab peering, single link by design" },
    ]);
    expect(planText(r)).toContain(
      "Exemptions in force: 1\n    [peering-dual-bgp] ams-*: Lab peering, single link by design",
    );
  });

  it("exempts only the resources the exemption names", async () => {
    const r = await singleThirty({
      "peering-dual-bgp": { exemptions: [{ resource: "other-*", reason: "Only the other lab is exempt" }] },
    });
    expect(r.violations.map((v) => v.policy)).toEqual(["peering-dual-bgp"]);
  });

  it("rejects an exemption without a written reason, as the engine validates the schema", async () => {
    await expect(
      singleThirty({ "peering-dual-bgp": { exemptions: [{ resource: "ams-*" }] } }),
    ).rejects.toThrow(
      /policy config: "peering-dual-bgp" is invalid: \/exemptions\/0 must have required property 'reason'/,
    );
    await expect(
      singleThirty({ "peering-dual-bgp": { exemptions: [{ resource: "ams-*", reason: "lab" }] } }),
    ).rejects.toThrow(/must NOT have fewer than 10 characters/);
  });

  it("refuses an exemption reason that is only spaces, and a bare * without the explicit opt-in", async () => {
    await expect(
      singleThirty({ "peering-dual-bgp": { exemptions: [{ resource: "ams-*", reason: "            " }] } }),
    ).rejects.toThrow(
      /policy config: "peering-dual-bgp" is invalid: \/exemptions\/0\/reason must match pattern/,
    );
    await expect(
      singleThirty({
        "peering-dual-bgp": { exemptions: [{ resource: "*", reason: "Everything is a lab here" }] },
      }),
    ).rejects.toThrow(/\/exemptions\/0 must have required property 'allResources'/);
    const all = await singleThirty({
      "peering-dual-bgp": {
        exemptions: [{ resource: "*", reason: "Everything is a lab here", allResources: true }],
      },
    });
    expect(all.violations).toEqual([]);
  });

  it("refuses an inverted VLAN range and a config file that is not an object", () => {
    const policies = [
      {
        name: "peering-vlan-valid",
        description: "d",
        enforcementLevel: "mandatory" as const,
        configSchema: { properties: { vlanRange: { type: "object" } } },
      },
    ];
    expect(() =>
      resolvePolicyConfig(policies, { "peering-vlan-valid": { vlanRange: { min: 300, max: 200 } } }),
    ).toThrow(/vlanRange \{ min: 300, max: 200 \}: min is above max/);
    expect(() => resolvePolicyConfig(policies, null as unknown as PolicyPackConfigFile)).toThrow(
      /the file holds null; it must be an object of policy names/,
    );
  });

  it("shows every level the config changes, through `all` too, beside the exemptions", async () => {
    const r = await singleThirty({ all: "advisory", "maximum-resiliency": "disabled" });
    expect(r.levelChanges).toContainEqual({ policy: "peering-dual-bgp", from: "mandatory", to: "advisory" });
    expect(r.levelChanges).toContainEqual({ policy: "maximum-resiliency", from: "advisory", to: "disabled" });
    expect(r.levelChanges.find((c) => c.policy === "gateway-zone-redundant")).toBeUndefined(); // advisory already
    expect(planText(r)).toContain("[peering-dual-bgp] mandatory -> advisory");
    expect(planText(r)).toContain("[maximum-resiliency] advisory -> disabled");
  });

  it("narrows the VLAN range a peering may use (ExpressRoute documents none)", async () => {
    const plain = { config: { scenario: "compliant-standalone" }, typeCheck: false, analyzer };
    expect(withoutOperationsAdvice(await plan(fixture, plain)).violations).toEqual([]);
    const narrowed = withoutOperationsAdvice(
      await plan(fixture, {
        ...plain,
        policyConfig: { "peering-vlan-valid": { vlanRange: { min: 200, max: 299 } } },
      }),
    );
    expect(narrowed.violations.map((v) => [v.policy, v.level])).toEqual([
      ["peering-vlan-valid", "mandatory"],
    ]);
    expect(narrowed.violations[0].message).toContain("allowed: an integer in 200..299");
  });

  it("rejects config for a policy the pack does not have, and an unknown level", () => {
    const policies = [{ name: "peering-dual-bgp", description: "d", enforcementLevel: "mandatory" as const }];
    expect(() => resolvePolicyConfig(policies, { "no-such-policy": "advisory" })).toThrow(ProgramError);
    expect(() => resolvePolicyConfig(policies, { "peering-dual-bgp": "loud" as "advisory" })).toThrow(
      /allowed: advisory, mandatory/,
    );
  });

  it("fills in each policy's schema defaults and keeps its own level when unconfigured", () => {
    const policies = [
      {
        name: "p",
        description: "d",
        enforcementLevel: "advisory" as const,
        configSchema: { properties: { exemptions: { type: "array", default: [] } } },
      },
    ];
    expect(resolvePolicyConfig(policies)).toEqual({
      p: { enforcementLevel: "advisory", properties: { exemptions: [] } },
    });
  });
});
