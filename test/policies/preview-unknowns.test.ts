import type { PolicyAnalyzer, Violation } from "../../lib/plan/analyzer";
import {
  type Expected,
  mandatory,
  nameOf,
  names,
  planScenario,
  policiesOf,
  seen,
  startAnalyzer,
  expectStandaloneEstateLinked,
} from "./support";

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

const preview = { preview: true };

/** The "cannot verify at preview" advisory of a policy: the engine's wording plus the rule's resource and path. */
function expectCannotVerify(
  violations: readonly Violation[],
  policy: string,
  named: readonly string[],
): Violation {
  const found = violations.filter((v) => v.policy === policy);
  expect(found).toHaveLength(1);
  const [v] = found;
  expect(v.level).toBe("advisory");
  expect(v.message).toContain(`can't run policy '${policy}'`);
  expect(v.message).toContain("during preview");
  expect(v.message).toMatch(/Cannot verify \S+: its value is unknown at preview/);
  for (const n of named) expect(v.message).toContain(n);
  return v;
}

describe("compliant estates at preview (every id and computed output unknown)", () => {
  it.each(["compliant-estate-standalone", "compliant-estate-inline", "compliant-direct"])(
    "%s has no violation at all",
    async (scenario) => {
      const { run, violations } = await planScenario(analyzer, scenario, preview);
      // It really is a preview: no azure-native resource has an id.
      expect(run.resources.filter((r) => r.type.startsWith("azure-native:") && r.id !== undefined)).toEqual(
        [],
      );
      expect(mandatory(violations)).toEqual([]);
      expect(violations).toEqual([]);
    },
  );

  it("the standalone estate is linked through property dependencies although every id is unknown", async () => {
    const { model } = await planScenario(analyzer, "compliant-estate-standalone", preview);
    expectStandaloneEstateLinked(model);
  });

  it("the inline estate links its route filter, VNet links and Global Reach through property dependencies", async () => {
    const { model } = await planScenario(analyzer, "compliant-estate-inline", preview);
    expect(model.circuits.filter((c) => c.external)).toEqual([]);
    const microsoft = model.circuits
      .flatMap((c) => c.peerings)
      .find((p) => p.peeringType === "MicrosoftPeering");
    expect(names([microsoft?.routeFilter])).toEqual(["ams-filter"]);
    expect((model.connections ?? []).map((x) => names([x.gatewayKey, x.circuitKey])).sort()).toEqual([
      ["hub-gateway", "er-ams"],
      ["hub-gateway", "er-lon"],
    ]);
    expect((model.globalReach ?? []).map((g) => names([g.circuitKey, g.peerCircuitKey]))).toEqual([
      ["er-ams", "er-lon"],
    ]);
    // The gateway's subnet id is unknown, but a gateway only deploys into the VNet's GatewaySubnet.
    expect(names((model.gateways ?? []).map((g) => g.subnetKey))).toEqual(["hub-vnet#subnets/GatewaySubnet"]);
  });

  it("the Direct circuit is linked to its port through property dependencies", async () => {
    const { model } = await planScenario(analyzer, "compliant-direct", preview);
    expect(
      model.circuits.map((c) => [nameOf(c.key), names([c.direct?.portKey])[0], c.peerings.length]),
    ).toEqual([["ams-direct", "ams-port", 1]]);
  });
});

/** Violations that need resources linked across the stack, which a preview must still find. */
const LINKED: { title: string; scenario: string; expected: Omit<Expected, "also" | "count"> }[] = [
  {
    title: "peering-dual-bgp still fails a single-/30 standalone peering",
    scenario: "single-30-standalone",
    expected: {
      policy: "peering-dual-bgp",
      level: "mandatory",
      resource: "ams-private",
      path: "secondaryPeerAddressPrefix",
    },
  },
  {
    title: "peering-dual-bgp still fails a single-/30 inline peering",
    scenario: "single-30-inline",
    expected: {
      policy: "peering-dual-bgp",
      level: "mandatory",
      resource: "er-ams",
      path: "peerings[0].secondaryPeerAddressPrefix",
    },
  },
  {
    title: "peering-one-per-type attaches standalone peerings to their circuit by dependency",
    scenario: "peering-two-private-standalone",
    expected: {
      policy: "peering-one-per-type",
      level: "mandatory",
      resource: "ams-private-2",
      path: "peeringType",
    },
  },
  {
    title: "microsoft-peering-route-filter follows a standalone peering's routeFilter.id to the filter",
    scenario: "peering-route-filter-no-rules-standalone",
    expected: {
      policy: "microsoft-peering-route-filter",
      level: "mandatory",
      resource: "ams-filter",
      path: "rules",
    },
  },
  {
    title: "microsoft-peering-route-filter follows an inline peering's routeFilter.id to the filter",
    scenario: "peering-route-filter-no-rules-inline",
    expected: {
      policy: "microsoft-peering-route-filter",
      level: "mandatory",
      resource: "ams-filter",
      path: "rules",
    },
  },
  {
    title: "global-reach-circuits resolves standalone peerings to their circuits",
    scenario: "reach-self-standalone",
    expected: {
      policy: "global-reach-circuits",
      level: "mandatory",
      resource: "ams-lon-reach",
      path: "peerExpressRouteCircuitPeering.id",
    },
  },
  {
    title: "global-reach-circuits resolves inline peering ids to their circuits",
    scenario: "reach-both-sides-inline",
    expected: {
      policy: "global-reach-circuits",
      level: "mandatory",
      resource: "lon-ams-reach",
      path: "peerExpressRouteCircuitPeering.id",
    },
  },
  {
    title: "global-reach-circuits finds the peer circuit's location and tier",
    scenario: "reach-cross-geo-standard-standalone",
    expected: {
      policy: "global-reach-circuits",
      level: "mandatory",
      resource: "ams-lon-reach",
      path: "peerExpressRouteCircuitPeering.id",
    },
  },
  {
    title: "direct-circuit-bandwidth finds the port's speed",
    scenario: "direct-circuit-40g-on-10g-port",
    expected: {
      policy: "direct-circuit-bandwidth",
      level: "mandatory",
      resource: "ams-direct",
      path: "bandwidthInGbps",
    },
  },
  {
    title: "peering-vlan-valid groups the circuits of one Dot1Q port",
    scenario: "direct-dot1q-vlan-clash-standalone",
    expected: { policy: "peering-vlan-valid", level: "mandatory", resource: "test-private", path: "vlanId" },
  },
  {
    title: "gateway-subnet-size finds the gateway's standalone GatewaySubnet",
    scenario: "gateway-subnet-30",
    expected: {
      policy: "gateway-subnet-size",
      level: "mandatory",
      resource: "hub-gateway",
      path: "ipConfigurations[0].subnet.id",
    },
  },
  {
    title: "gateway-subnet-size finds the VNet's inline GatewaySubnet",
    scenario: "gateway-inline-subnet-30",
    expected: {
      policy: "gateway-subnet-size",
      level: "mandatory",
      resource: "hub-gateway",
      path: "ipConfigurations[0].subnet.id",
    },
  },
  {
    title: "gateway-connection-limit counts the gateway's connections",
    scenario: "gateway-too-many-links",
    expected: {
      policy: "gateway-connection-limit",
      level: "mandatory",
      resource: "hub-gateway",
      path: "sku.name",
    },
  },
  {
    title: "circuit-reaches-gateway finds both ends of a VNet link",
    scenario: "link-standard-circuit-other-geo",
    expected: {
      policy: "circuit-reaches-gateway",
      level: "mandatory",
      resource: "ams-link",
      path: "virtualNetworkGateway1.id",
    },
  },
  {
    title: "resiliency-same-metro finds the locations of a gateway's circuits",
    scenario: "links-one-metro",
    expected: {
      policy: "resiliency-same-metro",
      level: "advisory",
      resource: "hub-gateway",
      path: "connections",
    },
  },
];

describe("violations that need linked resources are still found at preview", () => {
  it.each(LINKED)("$title", async ({ scenario, expected: e }) => {
    const { violations } = await planScenario(analyzer, scenario, preview);
    expect(violations.filter((v) => v.policy === e.policy).map(seen)).toEqual([
      { policy: e.policy, level: e.level, urn: e.resource, names: `${e.resource}: ${e.path}` },
    ]);
    expect(policiesOf(mandatory(violations)).filter((p) => p !== e.policy)).toEqual([]);
  });
});

describe("a value a rule needs is genuinely unknown at preview", () => {
  it.each([
    ["standalone", "preview-allocated-prefixes-standalone", "ams-private", ""],
    ["inline", "preview-allocated-prefixes-inline", "er-ams", "peerings[0]."],
  ])(
    "peering-dual-bgp reports 'cannot verify' (advisory, not a pass nor mandatory) for prefixes computed with .apply (%s peering)",
    async (_style, scenario, name, at) => {
      const { violations } = await planScenario(analyzer, scenario, preview);
      const v = expectCannotVerify(violations, "peering-dual-bgp", [
        `${name}: ${at}primaryPeerAddressPrefix`,
        `${name}: ${at}secondaryPeerAddressPrefix`,
      ]);
      expect(nameOf(v.urn)).toBe(name);
      expect(policiesOf(violations)).toEqual(["peering-dual-bgp"]);
    },
  );

  it.each(["preview-allocated-prefixes-standalone", "preview-allocated-prefixes-inline"])(
    "%s passes once the computed prefixes are known (a plan that is not a preview)",
    async (scenario) => {
      expect((await planScenario(analyzer, scenario)).violations).toEqual([]);
    },
  );

  it.each([
    ["standalone", "preview-allocated-vlan-standalone", "ams-private: vlanId"],
    ["inline", "preview-allocated-vlan-inline", "er-ams: peerings[0].vlanId"],
  ])(
    "peering-vlan-valid reports 'cannot verify' (advisory) for a VLAN id computed with .apply (%s peering)",
    async (_style, scenario, named) => {
      const { violations } = await planScenario(analyzer, scenario, preview);
      expectCannotVerify(violations, "peering-vlan-valid", [named]);
      expect(policiesOf(violations)).toEqual(["peering-vlan-valid"]);
    },
  );

  it("global-reach-prefix reports 'cannot verify' (advisory) for a Global Reach /29 computed with .apply", async () => {
    const { violations } = await planScenario(analyzer, "preview-allocated-reach-prefix", preview);
    expectCannotVerify(violations, "global-reach-prefix", ["ams-lon-reach: addressPrefix"]);
    expect(policiesOf(violations)).toEqual(["global-reach-prefix"]);
  });
});
