import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import {
  expectViolation,
  mandatory,
  names,
  planScenario,
  policiesOf,
  startAnalyzer,
  violationCase,
} from "./support";

// Issue 10: ExpressRoute through Virtual WAN, as raw azure-native programs write it (a VirtualWan, a VirtualHub,
// the hub's ExpressRouteGateway, and ExpressRouteConnections standalone or inline on the gateway).

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

const CASES = [
  violationCase("the Virtual WAN is Basic", "vwan-basic", {
    policy: "virtual-wan-type-expressroute",
    level: "mandatory",
    resource: "estate-wan",
    path: "type",
  }),
  violationCase("the hub's sku is basic (any case)", "vwan-hub-basic-sku", {
    policy: "virtual-wan-type-expressroute",
    level: "mandatory",
    resource: "weu-hub",
    path: "sku",
  }),
  violationCase("the hub gateway's minimum is 11 scale units", "vwan-scale-11", {
    policy: "hub-gateway-scale-units",
    level: "mandatory",
    resource: "weu-hub-er",
    path: "autoScaleConfiguration.bounds.min",
  }),
  violationCase(
    "the hub gateway's maximum is 20 scale units (ErGwScale's 40 is not a hub's)",
    "vwan-scale-max-20",
    {
      policy: "hub-gateway-scale-units",
      level: "mandatory",
      resource: "weu-hub-er",
      path: "autoScaleConfiguration.bounds.max",
    },
  ),
  violationCase("the hub gateway has one scale unit", "vwan-scale-one-unit", {
    policy: "virtual-wan-hub-advice",
    level: "advisory",
    resource: "weu-hub-er",
    path: "autoScaleConfiguration.bounds.min",
  }),
  violationCase("the hub gateway's maximum is below its minimum", "vwan-scale-max-below-min", {
    policy: "virtual-wan-hub-advice",
    level: "advisory",
    resource: "weu-hub-er",
    path: "autoScaleConfiguration.bounds.max",
  }),
  violationCase("the hub is a /25", "vwan-hub-prefix-25", {
    policy: "virtual-hub-address-prefix",
    level: "mandatory",
    resource: "weu-hub",
    path: "addressPrefix",
  }),
  violationCase("the hub's /23 is not aligned", "vwan-hub-prefix-unaligned", {
    policy: "virtual-hub-address-prefix",
    level: "mandatory",
    resource: "weu-hub",
    path: "addressPrefix",
  }),
  violationCase(
    "a Standard Washington DC circuit connects to a West Europe hub",
    "vwan-standard-circuit-other-geo",
    {
      policy: "circuit-reaches-gateway",
      level: "mandatory",
      resource: "wdc-hub-connection",
      path: "expressRouteGatewayName",
    },
  ),
  violationCase(
    "a Local Amsterdam circuit connects to a North Europe hub",
    "vwan-local-circuit-other-region",
    {
      policy: "circuit-reaches-gateway",
      level: "mandatory",
      resource: "ams-hub-connection",
      path: "expressRouteGatewayName",
    },
  ),
  violationCase("the connection names the circuit's Microsoft peering", "vwan-microsoft-peering", {
    policy: "connection-circuit-private-peering",
    level: "mandatory",
    resource: "ams-hub-connection",
    path: "expressRouteCircuitPeering.id",
  }),
  violationCase("the connected circuit has no private peering", "vwan-circuit-without-private-peering", {
    policy: "connection-circuit-private-peering",
    level: "mandatory",
    resource: "ams-hub-connection",
    path: "expressRouteCircuitPeering.id",
  }),
  violationCase("five Amsterdam circuits connect to one hub", "vwan-five-circuits-one-location", {
    policy: "hub-circuit-limits",
    level: "mandatory",
    resource: "weu-hub-er",
    path: "expressRouteConnections",
  }),
  violationCase("nine circuits connect to one hub", "vwan-nine-circuits", {
    policy: "hub-circuit-limits",
    level: "mandatory",
    resource: "weu-hub-er",
    path: "expressRouteConnections",
  }),
  violationCase("two hub connections redeem one authorization key", "vwan-authorization-reused", {
    policy: "authorization-single-use",
    level: "mandatory",
    resource: "partner-b-connection",
    path: "authorizationKey",
  }),
  violationCase("a standalone hub connection's routing weight is 40000", "vwan-routing-weight-40000", {
    policy: "connection-routing-weight",
    level: "mandatory",
    resource: "ams-hub-connection",
    path: "routingWeight",
  }),
  violationCase("an inline hub connection's routing weight is 40000", "vwan-inline-routing-weight-40000", {
    policy: "connection-routing-weight",
    level: "mandatory",
    resource: "weu-hub-er",
    path: "expressRouteConnections[0].routingWeight",
    also: ["maximum-resiliency"],
  }),
  violationCase(
    "a Standard circuit has 10 VNet links and a hub connection",
    "vwan-10-links-and-hub-connection",
    { policy: "circuit-vnet-link-limit", level: "mandatory", resource: "er-ams", path: "sku.tier" },
  ),
  violationCase("FastPath is asked for over a provider circuit", "vwan-fastpath-provider-circuit", {
    policy: "virtual-wan-hub-advice",
    level: "advisory",
    resource: "ams-hub-connection",
    path: "expressRouteGatewayBypass",
  }),
];

describe("Virtual WAN hubs in the gate", () => {
  it.each(CASES)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("hub-gateway-scale-units names autoScaleConfiguration.bounds.min in its fix on a raw hub gateway", async () => {
    const { violations } = await planScenario(analyzer, "vwan-scale-11");
    expect(violations.find((v) => v.policy === "hub-gateway-scale-units")!.message).toContain(
      "Fix: Set autoScaleConfiguration.bounds.min between 1 and 10",
    );
  });

  it("circuit-reaches-gateway refuses every public-cloud circuit connected to a hub in US Government", async () => {
    const { violations } = await planScenario(analyzer, "vwan-hub-in-government-cloud");
    expect(policiesOf(violations)).toEqual(["circuit-reaches-gateway"]);
    expect(violations.map((v) => v.message.split("\n").pop()!.split(":")[0]).sort()).toEqual([
      "ams-hub-connection",
      "lon-hub-connection",
    ]);
  });

  it.each([
    ["vwan-compliant-standalone", "two sites with standalone connections"],
    ["vwan-compliant-inline", "two sites with inline connections"],
    ["vwan-scale-ten-units", "a 10-unit hub gateway"],
    ["vwan-premium-circuit-other-geo", "a Premium Washington DC circuit on a West Europe hub"],
    ["vwan-local-circuit-same-region", "a Local Amsterdam circuit on a West Europe hub"],
    ["vwan-fastpath-direct-circuit", "FastPath over a Direct circuit on a 5-unit gateway"],
  ])("%s (%s) has no violation", async (scenario) => {
    expect((await planScenario(analyzer, scenario)).violations).toEqual([]);
  });

  it("links the hub, its Virtual WAN, the gateway and each connection's circuit, standalone and inline", async () => {
    for (const scenario of ["vwan-compliant-standalone", "vwan-compliant-inline"]) {
      const { model } = await planScenario(analyzer, scenario);
      const [gateway] = (model.gateways ?? []).filter((g) => g.hubKey !== undefined);
      expect(names([gateway.hubKey])).toEqual(["weu-hub"]);
      expect(names((model.virtualHubs ?? []).map((h) => h.wanKey))).toEqual(["estate-wan"]);
      expect(
        (model.connections ?? [])
          .map((x) => [...names([x.gatewayKey, x.circuitKey]), x.circuitPeering])
          .sort(),
      ).toEqual([
        ["weu-hub-er", "er-ams", "AzurePrivatePeering"],
        ["weu-hub-er", "er-lon", "AzurePrivatePeering"],
      ]);
    }
  });

  it("at preview, standalone connections are linked by property dependencies and pass", async () => {
    const { model, violations } = await planScenario(analyzer, "vwan-compliant-standalone", {
      preview: true,
    });
    expect(violations).toEqual([]);
    expect((model.connections ?? []).map((x) => names([x.gatewayKey, x.circuitKey])).sort()).toEqual([
      ["weu-hub-er", "er-ams"],
      ["weu-hub-er", "er-lon"],
    ]);
  });

  it("at preview, inline connections to two circuits whose ids are unknown are reported as unverifiable, never passed", async () => {
    const { violations } = await planScenario(analyzer, "vwan-compliant-inline", { preview: true });
    expect(mandatory(violations)).toEqual([]);
    const privatePeering = violations.find((v) => v.policy === "connection-circuit-private-peering");
    expect(privatePeering?.level).toBe("advisory");
    expect(privatePeering?.message).toContain("during preview");
    expect(privatePeering?.message).toContain(
      "weu-hub-er: expressRouteConnections[0].expressRouteCircuitPeering.id: Cannot verify expressRouteConnections[0].expressRouteCircuitPeering.id",
    );
    expect(policiesOf(violations)).toEqual([
      "circuit-vnet-link-limit",
      "connection-circuit-private-peering",
      "hub-circuit-limits",
      "maximum-resiliency",
    ]);
  });
});
