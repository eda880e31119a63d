import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import {
  expectViolation,
  inBothStyles,
  mandatory,
  planScenario,
  policiesOf,
  startAnalyzer,
  violationCase,
  type PeeringCase,
} from "./support";

// Issue 7: configurations taken from public estates, where the pack must agree with Azure both ways.

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

/** A gateway linked to one Amsterdam circuit is not maximally resilient: that advisory comes along. */
const ONE_SITE = ["maximum-resiliency"];

describe("valid configurations Azure accepts pass the gate", () => {
  it.each([
    [
      "a new Direct port whose links are Disabled until the cross-connects exist",
      "direct-port-links-disabled",
    ],
    ["a Local circuit on ExpressRoute Direct billed MeteredData", "direct-local-metered"],
    ["a circuit at an ExpressRoute Metro location (Amsterdam Metro)", "circuit-metro-location"],
    ["a US Government circuit at Washington DC in usgovvirginia", "circuit-usgov-compliant"],
    [
      "Global Reach between Amsterdam and a Direct circuit at Interxion AMS8 (Amsterdam2)",
      "reach-direct-ams8",
    ],
    ["two VNet links that each redeem their own authorization", "links-own-authorizations"],
    [
      "eleven authorizations on a Premium 1 Gbps circuit (50 connections)",
      "circuit-11-authorizations-premium",
    ],
  ])("%s", async (_what, scenario) => {
    expect((await planScenario(analyzer, scenario)).violations).toEqual([]);
  });

  it.each(["inline", "standalone"])(
    "an IPv6-only private peering, with both /126s (%s peering)",
    async (style) => {
      expect((await planScenario(analyzer, `peering-ipv6-only-${style}`)).violations).toEqual([]);
    },
  );

  it.each(["inline", "standalone"])(
    "a peering without peeringType whose name sets it (%s peering)",
    async (style) => {
      expect((await planScenario(analyzer, `peering-no-type-${style}`)).violations).toEqual([]);
    },
  );

  it.each(["inline", "standalone"])("a peering type written in lower case (%s peering)", async (style) => {
    expect((await planScenario(analyzer, `peering-type-lower-case-${style}`)).violations).toEqual([]);
  });

  it("SKU, tier, family, gateway SKU and type names in any case (ErGw1Az, as the landing zones write it)", async () => {
    expect(policiesOf((await planScenario(analyzer, "names-in-any-case")).violations)).toEqual(ONE_SITE);
  });

  it("a dual-stack gateway linked to a circuit whose private peering has IPv6", async () => {
    const { violations } = await planScenario(analyzer, "link-dual-stack-gateway-dual-stack-circuit");
    expect(policiesOf(violations)).toEqual(ONE_SITE);
  });

  it("a private customer ASN on Microsoft peering is advice (manual validation), not a refusal", async () => {
    const { violations } = await planScenario(analyzer, "peering-microsoft-private-customer-asn-standalone");
    expect(mandatory(violations)).toEqual([]);
  });
});

const REFUSED = [
  violationCase("a Premium circuit at Amsterdam links a gateway in usgovvirginia", "link-across-clouds", {
    policy: "circuit-reaches-gateway",
    level: "mandatory",
    resource: "ams-link",
    path: "virtualNetworkGateway1.id",
    also: ONE_SITE,
  }),
  violationCase("the circuit's region is misspelt westeurop", "circuit-unknown-region", {
    policy: "azure-region-known",
    level: "mandatory",
    resource: "er-ams",
    path: "location",
  }),
  violationCase("the gateway's region is eastus22", "gateway-unknown-region", {
    policy: "azure-region-known",
    level: "mandatory",
    resource: "hub-gateway",
    path: "location",
  }),
  violationCase("two VNet links redeem one authorization resource's key", "links-share-authorization", {
    policy: "authorization-single-use",
    level: "mandatory",
    resource: "spoke-link-2",
    path: "authorizationKey",
  }),
  violationCase("two VNet links redeem the same authorization key", "links-share-authorization-key", {
    policy: "authorization-single-use",
    level: "mandatory",
    resource: "spoke-link-2",
    path: "authorizationKey",
  }),
  violationCase("eleven authorizations on a Standard circuit", "circuit-11-authorizations", {
    policy: "circuit-authorization-limit",
    level: "mandatory",
    resource: "er-ams",
    path: "authorizations",
  }),
  violationCase("eleven inline authorizations on a Standard circuit", "circuit-11-inline-authorizations", {
    policy: "circuit-authorization-limit",
    level: "mandatory",
    resource: "er-ams",
    path: "authorizations",
  }),
  violationCase("a Direct circuit is created UnlimitedData", "direct-circuit-unlimited", {
    policy: "direct-circuit-metered",
    level: "mandatory",
    resource: "ams-direct",
    path: "sku.family",
  }),
  violationCase(
    "an ErGwScale gateway is in westeurope, which does not offer it",
    "gateway-scale-unavailable-region",
    {
      policy: "gateway-scale-region",
      level: "mandatory",
      resource: "hub-gateway",
      path: "sku.name",
    },
  ),
  violationCase(
    "a dual-stack gateway links a circuit with IPv4-only private peering",
    "link-dual-stack-gateway-ipv4-circuit",
    {
      policy: "connection-dual-stack",
      level: "mandatory",
      resource: "ams-link",
      path: "peer.id",
      also: ONE_SITE,
    },
  ),
  violationCase(
    "Global Reach joins an Amsterdam circuit and a Direct circuit at Equinix AM5 (also Amsterdam)",
    "reach-direct-am5",
    {
      policy: "global-reach-circuits",
      level: "mandatory",
      resource: "ams-lon-reach",
      path: "peerExpressRouteCircuitPeering.id",
    },
  ),
  violationCase("the stack declares 11 circuits in westeurope", "circuits-11-in-one-region", {
    policy: "subscription-circuit-limits",
    level: "advisory",
    resource: "er-ams-11",
    path: "location",
  }),
  violationCase("the peering location is misspelt Amsterdm", "circuit-location-typo", {
    policy: "peering-location-known",
    level: "mandatory",
    resource: "er-ams",
    path: "serviceProviderProperties.peeringLocation",
  }),
  violationCase("the provider is not listed at the peering location", "circuit-provider-not-at-location", {
    policy: "provider-at-location",
    level: "advisory",
    resource: "er-ams",
    path: "serviceProviderProperties.serviceProviderName",
  }),
  violationCase("the Direct port's facility is misspelt", "direct-port-facility-typo", {
    policy: "direct-port-location-known",
    level: "advisory",
    resource: "ams-port",
    path: "peeringLocation",
  }),
  violationCase("the gateway's only circuit is an ExpressRoute Metro circuit", "links-metro-circuit", {
    policy: "maximum-resiliency",
    level: "advisory",
    resource: "hub-gateway",
    path: "connections",
  }),
];

describe("undeployable configurations are refused", () => {
  it.each(REFUSED)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it.each([
    ["circuit-location-typo", 'Did you mean "Amsterdam"'],
    ["circuit-unknown-region", 'Did you mean "westeurope"'],
    ["direct-port-facility-typo", 'Did you mean "Equinix-Amsterdam-AM5"'],
    ["circuit-provider-not-at-location", "Microsoft lists it at Auckland"],
  ])("names the closest catalog names for the mistyped %s", async (scenario, hint) => {
    const { violations } = await planScenario(analyzer, scenario);
    expect(violations[0].message).toContain(hint);
  });

  it.each(["inline", "standalone"])(
    "global-reach-location refuses Global Reach to a circuit at Dubai2 (UAE, no Global Reach) (%s peering)",
    async (style) => {
      expectViolation((await planScenario(analyzer, `reach-outside-countries-${style}`)).violations, {
        policy: "global-reach-location",
        level: "mandatory",
        resource: "ams-lon-reach",
        path: "peerExpressRouteCircuitPeering.id",
      });
    },
  );
});

const PEERINGS: PeeringCase[] = [
  {
    case: "name-not-its-type",
    when: "a private peering is named MicrosoftPeering",
    policy: "peering-type-supported",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "name" },
  },
  {
    case: "route-filter-two-rules",
    when: "the route filter has two rules",
    policy: "route-filter-rules",
    level: "mandatory",
    target: { resource: "ams-filter", path: "rules" },
  },
  {
    case: "route-filter-not-microsoft-community",
    when: "the route filter allows a community that is not Microsoft's",
    policy: "route-filter-rules",
    level: "mandatory",
    target: { resource: "ams-filter", path: "rules[0].communities[1]" },
  },
];

describe("peerings and route filters Azure refuses", () => {
  it.each(
    inBothStyles(PEERINGS).map((c) =>
      c.expected.policy === "peering-type-supported" && c.scenario.endsWith("standalone")
        ? { ...c, expected: { ...c.expected, path: "peeringName" } }
        : c,
    ),
  )("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });
});

describe("the plan does not invent values the mocks cannot know", () => {
  it("a VNet link whose circuit id is an AVS private cloud's computed output is 'cannot verify', never a missing circuit", async () => {
    const { violations } = await planScenario(analyzer, "link-avs-circuit");
    expect(mandatory(violations)).toEqual([]);
    expect(violations.length).toBeGreaterThan(0);
    for (const v of violations) {
      expect(v.level).toBe("advisory");
      expect(v.message).toContain("avs-link: peer.id: Cannot verify");
    }
  });
});
