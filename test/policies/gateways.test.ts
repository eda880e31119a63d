import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { expectViolation, planScenario, policiesOf, startAnalyzer, violationCase } from "./support";

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

/** A gateway linked to one Amsterdam circuit is not maximally resilient: that advisory comes along. */
const ONE_SITE = ["maximum-resiliency"];

const GATEWAYS = [
  violationCase("a VPN-type gateway is linked to a circuit", "gateway-vpn-type", {
    policy: "gateway-sku-valid",
    level: "mandatory",
    resource: "hub-gateway",
    path: "gatewayType",
  }),
  violationCase("an ExpressRoute gateway has the VPN SKU VpnGw1", "gateway-vpn-sku", {
    policy: "gateway-sku-valid",
    level: "mandatory",
    resource: "hub-gateway",
    path: "sku.name",
  }),
  violationCase("the gateway SKU is the non-AZ Standard", "gateway-not-zone-redundant", {
    policy: "gateway-zone-redundant",
    level: "advisory",
    resource: "hub-gateway",
    path: "sku.name",
  }),
  violationCase("the gateway's subnet is not named GatewaySubnet", "gateway-subnet-misnamed", {
    policy: "gateway-subnet-size",
    level: "mandatory",
    resource: "hub-gateway",
    path: "ipConfigurations[0].subnet.id",
  }),
  violationCase(
    "the standalone GatewaySubnet is a /28 (accepted by Azure, below the /27 it recommends)",
    "gateway-subnet-28",
    {
      policy: "gateway-subnet-recommended-size",
      level: "advisory",
      resource: "hub-gateway",
      path: "ipConfigurations[0].subnet.id",
    },
  ),
  violationCase("the VNet's inline GatewaySubnet is a /28", "gateway-inline-subnet-28", {
    policy: "gateway-subnet-recommended-size",
    level: "advisory",
    resource: "hub-gateway",
    path: "ipConfigurations[0].subnet.id",
  }),
  violationCase("the standalone GatewaySubnet is a /30, smaller than Azure accepts", "gateway-subnet-30", {
    policy: "gateway-subnet-size",
    level: "mandatory",
    resource: "hub-gateway",
    path: "ipConfigurations[0].subnet.id",
  }),
  violationCase("the VNet's inline GatewaySubnet is a /30", "gateway-inline-subnet-30", {
    policy: "gateway-subnet-size",
    level: "mandatory",
    resource: "hub-gateway",
    path: "ipConfigurations[0].subnet.id",
  }),
  violationCase("the GatewaySubnet's prefix is not a prefix", "gateway-subnet-not-a-prefix", {
    policy: "gateway-subnet-size",
    level: "mandatory",
    resource: "hub-gateway",
    path: "ipConfigurations[0].subnet.id",
  }),
  violationCase("an ErGwScale gateway sits in a /27", "gateway-scale-subnet-27", {
    policy: "gateway-subnet-size",
    level: "mandatory",
    resource: "hub-gateway",
    path: "ipConfigurations[0].subnet.id",
  }),
  violationCase("ErGwScale bounds.min is 0", "gateway-scale-min-zero", {
    policy: "gateway-scale-bounds",
    level: "mandatory",
    resource: "hub-gateway",
    path: "autoScaleConfiguration.bounds.min",
  }),
  violationCase("ErGwScale bounds.max is below min", "gateway-scale-max-below-min", {
    policy: "gateway-scale-bounds",
    level: "mandatory",
    resource: "hub-gateway",
    path: "autoScaleConfiguration.bounds.max",
  }),
  violationCase("ErGwScale bounds.max is 41", "gateway-scale-max-41", {
    policy: "gateway-scale-bounds",
    level: "mandatory",
    resource: "hub-gateway",
    path: "autoScaleConfiguration.bounds.max",
  }),
  violationCase("ErGwScale autoscales from 1 unit", "gateway-scale-autoscale-from-one-unit", {
    policy: "gateway-scale-bounds",
    level: "mandatory",
    resource: "hub-gateway",
    path: "autoScaleConfiguration.bounds.min",
  }),
  violationCase("an ErGwScale gateway has no autoscale bounds", "gateway-scale-no-bounds", {
    policy: "gateway-scale-bounds",
    level: "mandatory",
    resource: "hub-gateway",
    path: "autoScaleConfiguration.bounds.min",
  }),
  violationCase("an ErGw1AZ gateway has 5 circuit connections", "gateway-too-many-links", {
    policy: "gateway-connection-limit",
    level: "mandatory",
    resource: "hub-gateway",
    path: "sku.name",
  }),
  violationCase(
    "a gateway links 5 circuits from one peering location",
    "gateway-five-circuits-one-location",
    {
      policy: "gateway-circuits-per-location",
      level: "mandatory",
      resource: "hub-gateway",
      path: "connections",
    },
  ),
  violationCase(
    "a VNet link goes to a circuit with only Microsoft peering",
    "link-circuit-without-private-peering",
    {
      policy: "connection-circuit-private-peering",
      level: "mandatory",
      resource: "ams-link",
      path: "peer.id",
    },
  ),
  violationCase(
    "a 1-unit ErGwScale gateway has 5 circuit connections",
    "gateway-scale-one-unit-too-many-links",
    {
      policy: "gateway-connection-limit",
      level: "mandatory",
      resource: "hub-gateway",
      path: "sku.name",
    },
  ),
];

const LINKS = [
  violationCase("a connection to a circuit is of type Vnet2Vnet", "link-not-expressroute", {
    policy: "connection-type-expressroute",
    level: "mandatory",
    resource: "ams-link",
    path: "connectionType",
  }),
  violationCase("an ExpressRoute connection names no circuit", "link-no-circuit", {
    policy: "connection-type-expressroute",
    level: "mandatory",
    resource: "ams-link",
    path: "peer.id",
  }),
  violationCase("an ExpressRoute connection names no gateway", "link-no-gateway", {
    policy: "connection-type-expressroute",
    level: "mandatory",
    resource: "ams-link",
    path: "virtualNetworkGateway1.id",
  }),
  violationCase("the routing weight is 32001", "link-weight-too-high", {
    policy: "connection-routing-weight",
    level: "mandatory",
    resource: "ams-link",
    path: "routingWeight",
  }),
  violationCase("the routing weight is negative", "link-weight-negative", {
    policy: "connection-routing-weight",
    level: "mandatory",
    resource: "ams-link",
    path: "routingWeight",
  }),
  violationCase("the routing weight is not an integer", "link-weight-fraction", {
    policy: "connection-routing-weight",
    level: "mandatory",
    resource: "ams-link",
    path: "routingWeight",
  }),
  violationCase("FastPath is on with an ErGw1AZ gateway", "link-fastpath-on-ergw1az", {
    policy: "connection-fastpath-eligible",
    level: "mandatory",
    resource: "partner-link",
    path: "expressRouteGatewayBypass",
  }),
  violationCase("FastPath is on with a 2-unit ErGwScale gateway", "link-fastpath-on-two-scale-units", {
    policy: "connection-fastpath-eligible",
    level: "mandatory",
    resource: "partner-link",
    path: "expressRouteGatewayBypass",
  }),
  violationCase(
    "Private Link FastPath is on without FastPath",
    "link-private-link-fastpath-without-fastpath",
    {
      policy: "connection-fastpath-eligible",
      level: "mandatory",
      resource: "partner-link",
      path: "enablePrivateLinkFastPath",
    },
  ),
  violationCase(
    "Private Link FastPath is on over a provider circuit",
    "link-private-link-fastpath-provider-circuit",
    {
      policy: "connection-fastpath-eligible",
      level: "mandatory",
      resource: "ams-link",
      path: "enablePrivateLinkFastPath",
      also: ONE_SITE,
    },
  ),
  violationCase(
    "a Standard Amsterdam circuit is linked to a gateway in eastus",
    "link-standard-circuit-other-geo",
    {
      policy: "circuit-reaches-gateway",
      level: "mandatory",
      resource: "ams-link",
      path: "virtualNetworkGateway1.id",
      also: ONE_SITE,
    },
  ),
  violationCase(
    "a Local Amsterdam circuit is linked to a gateway in northeurope",
    "link-local-circuit-outside-local-region",
    {
      policy: "circuit-reaches-gateway",
      level: "mandatory",
      resource: "ams-link",
      path: "virtualNetworkGateway1.id",
      also: ONE_SITE,
    },
  ),
  violationCase("a Standard circuit has 11 VNet links", "circuit-11-links", {
    policy: "circuit-vnet-link-limit",
    level: "mandatory",
    resource: "er-ams",
    path: "sku.tier",
  }),
  violationCase(
    "a Standard circuit has 10 VNet links and a Global Reach connection",
    "circuit-10-links-and-global-reach",
    { policy: "circuit-vnet-link-limit", level: "mandatory", resource: "er-ams", path: "sku.tier" },
  ),
  violationCase("the gateway's only circuit is at Amsterdam", "links-one-location", {
    policy: "maximum-resiliency",
    level: "advisory",
    resource: "hub-gateway",
    path: "connections",
  }),
  violationCase(
    "the gateway's circuits are at Amsterdam and Amsterdam2 (maximum resiliency in one metro)",
    "links-one-metro",
    {
      policy: "resiliency-same-metro",
      level: "advisory",
      resource: "hub-gateway",
      path: "connections",
    },
  ),
];

describe("gateways", () => {
  it.each(GATEWAYS)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("gateway-scale-bounds names autoScaleConfiguration.bounds.min in its fix on a raw gateway", async () => {
    const { violations } = await planScenario(analyzer, "gateway-scale-min-zero");
    expect(violations.find((v) => v.policy === "gateway-scale-bounds")!.message).toContain(
      "Fix: Set autoScaleConfiguration.bounds.min between 1 and 40.",
    );
  });

  it("gateway-scale-bounds accepts ErGwScale autoscaling from 2 to 4 units", async () => {
    expect((await planScenario(analyzer, "gateway-scale-compliant")).violations).toEqual([]);
  });
});

describe("VNet links", () => {
  it.each(LINKS)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("connection-fastpath-eligible accepts FastPath and Private Link FastPath on ErGw3AZ over a Direct circuit", async () => {
    // Only the single-site advisory remains: the gateway has one circuit, at Amsterdam.
    expect(policiesOf((await planScenario(analyzer, "link-fastpath-direct-circuit")).violations)).toEqual(
      ONE_SITE,
    );
  });

  it("circuit-reaches-gateway accepts a Premium Amsterdam circuit linked to a gateway in eastus", async () => {
    expect(policiesOf((await planScenario(analyzer, "link-premium-circuit-other-geo")).violations)).toEqual(
      ONE_SITE,
    );
  });
});
