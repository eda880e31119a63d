import { RULES } from "../../lib/core/rules";
import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import {
  expectStandaloneEstateLinked,
  expectViolation,
  nameOf,
  names,
  planScenario,
  startAnalyzer,
  violationCase,
} from "./support";

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

describe("compliant raw azure-native stacks pass the whole pack", () => {
  it.each([
    ["standalone peerings and a standalone GatewaySubnet", "compliant-estate-standalone"],
    ["inline peerings and an inline GatewaySubnet", "compliant-estate-inline"],
  ])(
    "an estate of two circuits, Microsoft peering, gateway, VNet links and Global Reach with %s has no violation at all",
    async (_what, scenario) => {
      const result = await planScenario(analyzer, scenario);
      expect(result.pack.policies).toBe(RULES.length + 1); // and location-catalog, which carries the catalog
      expect(result.violations).toEqual([]);
    },
  );

  it("the standalone estate passes because everything is linked, not because rules skipped it", async () => {
    const { model } = await planScenario(analyzer, "compliant-estate-standalone");
    expectStandaloneEstateLinked(model);
  });

  it("the inline estate passes because everything is linked, not because rules skipped it", async () => {
    const { model } = await planScenario(analyzer, "compliant-estate-inline");
    expect(model.circuits.filter((c) => c.external)).toEqual([]);
    expect(model.circuits.map((c) => [nameOf(c.key), c.peerings.length]).sort()).toEqual([
      ["er-ams", 2],
      ["er-lon", 1],
    ]);
    const microsoft = model.circuits
      .flatMap((c) => c.peerings)
      .find((p) => p.peeringType === "MicrosoftPeering");
    expect(names([microsoft?.routeFilter])).toEqual(["ams-filter"]);
    expect(names((model.gateways ?? []).map((g) => g.subnetKey))).toEqual(["hub-vnet#subnets/GatewaySubnet"]);
    expect((model.connections ?? []).map((x) => names([x.gatewayKey, x.circuitKey])).sort()).toEqual([
      ["hub-gateway", "er-ams"],
      ["hub-gateway", "er-lon"],
    ]);
    expect((model.globalReach ?? []).map((g) => names([g.circuitKey, g.peerCircuitKey]))).toEqual([
      ["er-ams", "er-lon"],
    ]);
  });

  it("an ExpressRoute Direct port (10 Gbps, Dot1Q, MACsec XPN from Key Vault, identity) with a 5 Gbps circuit has no violation at all", async () => {
    const { violations, model } = await planScenario(analyzer, "compliant-direct");
    expect(violations).toEqual([]);
    expect(
      model.circuits.map((c) => [nameOf(c.key), names([c.direct?.portKey])[0], c.peerings.length]),
    ).toEqual([["ams-direct", "ams-port", 1]]);
  });
});

const CIRCUITS = [
  violationCase("the circuit has both provider properties and a Direct port", "circuit-provider-and-direct", {
    policy: "circuit-provider-or-direct",
    level: "mandatory",
    resource: "er-ams",
    path: "expressRoutePort.id",
  }),
  violationCase(
    "the circuit has neither provider properties nor a Direct port",
    "circuit-neither-provider-nor-direct",
    {
      policy: "circuit-provider-or-direct",
      level: "mandatory",
      resource: "er-ams",
      path: "serviceProviderProperties",
    },
  ),
  violationCase("the SKU tier is the legacy Basic", "circuit-basic-tier", {
    policy: "circuit-sku-valid",
    level: "mandatory",
    resource: "er-ams",
    path: "sku.tier",
  }),
  violationCase("the SKU tier is not one Azure offers", "circuit-unknown-tier", {
    policy: "circuit-sku-valid",
    level: "mandatory",
    resource: "er-ams",
    path: "sku.tier",
  }),
  violationCase("the SKU family is not one Azure offers", "circuit-unknown-family", {
    policy: "circuit-sku-valid",
    level: "mandatory",
    resource: "er-ams",
    path: "sku.family",
  }),
  violationCase("the SKU name does not match tier and family", "circuit-sku-name-mismatch", {
    policy: "circuit-sku-valid",
    level: "mandatory",
    resource: "er-ams",
    path: "sku.name",
  }),
  violationCase("a Local circuit is metered", "circuit-local-metered", {
    policy: "local-circuit-unlimited",
    level: "mandatory",
    resource: "er-ams",
    path: "sku.family",
  }),
  violationCase(
    "a Local circuit is at a location without a Local region (Atlanta)",
    "circuit-local-without-local-region",
    {
      policy: "local-circuit-location",
      level: "mandatory",
      resource: "er-atl",
      path: "serviceProviderProperties.peeringLocation",
    },
  ),
  violationCase("the peering location is not in the catalog", "circuit-unknown-location", {
    policy: "peering-location-known",
    level: "mandatory",
    resource: "er-ams",
    path: "serviceProviderProperties.peeringLocation",
  }),
  violationCase("a provider circuit has no peering location", "circuit-no-location", {
    policy: "peering-location-known",
    level: "mandatory",
    resource: "er-ams",
    path: "serviceProviderProperties.peeringLocation",
  }),
  violationCase("the bandwidth is not offered (300 Mbps)", "circuit-bandwidth-not-offered", {
    policy: "provider-bandwidth-offered",
    level: "mandatory",
    resource: "er-ams",
    path: "serviceProviderProperties.bandwidthInMbps",
  }),
  violationCase("a provider circuit has no bandwidth", "circuit-no-bandwidth", {
    policy: "provider-bandwidth-offered",
    level: "mandatory",
    resource: "er-ams",
    path: "serviceProviderProperties.bandwidthInMbps",
  }),
];

describe("circuit policies", () => {
  it.each(CIRCUITS)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("accepts a Local UnlimitedData circuit at Amsterdam, which has a Local region", async () => {
    expect((await planScenario(analyzer, "circuit-local-compliant")).violations).toEqual([]);
  });
});
