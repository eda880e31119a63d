import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { type Expected, expectViolation, planScenario, startAnalyzer, violationCase } from "./support";

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

/**
 * Each Global Reach case with the circuits' private peerings inline (the connection names
 * `<circuit id>/peerings/AzurePrivatePeering`) and as standalone peering resources (it names their ids).
 */
function bothStyles(cases: readonly [string, string, Omit<Expected, "level">][]) {
  return cases.flatMap(([reachCase, when, expected]) =>
    (["inline", "standalone"] as const).map((style) =>
      violationCase(`${when} (${style} peerings)`, `reach-${reachCase}-${style}`, {
        ...expected,
        level: "mandatory",
      }),
    ),
  );
}

const PREFIX = bothStyles([
  [
    "no-prefix",
    "the connection has no addressPrefix",
    { policy: "global-reach-prefix", resource: "ams-lon-reach", path: "addressPrefix" },
  ],
  [
    "prefix-30",
    "the addressPrefix is a /30",
    { policy: "global-reach-prefix", resource: "ams-lon-reach", path: "addressPrefix" },
  ],
  [
    "prefix-unaligned",
    "the /29 has host bits set",
    { policy: "global-reach-prefix", resource: "ams-lon-reach", path: "addressPrefix" },
  ],
  [
    "prefix-overlaps-peering",
    "the /29 overlaps both /30s of a private peering",
    { policy: "global-reach-prefix", resource: "ams-lon-reach", path: "addressPrefix", count: 2 },
  ],
  [
    "prefix-overlaps-vnet",
    "the /29 is inside a VNet's address space",
    { policy: "global-reach-prefix", resource: "ams-lon-reach", path: "addressPrefix" },
  ],
  [
    "prefix-overlaps-other-reach",
    "a second connection reuses the first one's /29",
    { policy: "global-reach-prefix", resource: "ams-fra-reach", path: "addressPrefix" },
  ],
  [
    "ipv6-prefix-126",
    "the IPv6 prefix is a /126",
    {
      policy: "global-reach-prefix",
      resource: "ams-lon-reach",
      path: "ipv6CircuitConnectionConfig.addressPrefix",
    },
  ],
]);

const CIRCUITS = bothStyles([
  [
    "no-peer",
    "the connection names no peer peering",
    { policy: "global-reach-circuits", resource: "ams-lon-reach", path: "peerExpressRouteCircuitPeering.id" },
  ],
  [
    "self",
    "the connection joins a circuit to itself",
    { policy: "global-reach-circuits", resource: "ams-lon-reach", path: "peerExpressRouteCircuitPeering.id" },
  ],
  [
    "both-sides",
    "the pair is configured on both circuits",
    { policy: "global-reach-circuits", resource: "lon-ams-reach", path: "peerExpressRouteCircuitPeering.id" },
  ],
  [
    "peer-without-private-peering",
    "the peer circuit has no private peering",
    { policy: "global-reach-circuits", resource: "ams-lon-reach", path: "peerExpressRouteCircuitPeering.id" },
  ],
  [
    "peer-local",
    "the peer circuit is ExpressRoute Local",
    { policy: "global-reach-circuits", resource: "ams-lon-reach", path: "peerExpressRouteCircuitPeering.id" },
  ],
  [
    "same-location",
    "both circuits are at Amsterdam",
    { policy: "global-reach-circuits", resource: "ams-lon-reach", path: "peerExpressRouteCircuitPeering.id" },
  ],
  [
    "cross-geo-standard",
    "Standard circuits in Europe and North America are joined",
    { policy: "global-reach-circuits", resource: "ams-lon-reach", path: "peerExpressRouteCircuitPeering.id" },
  ],
]);

describe("global-reach-prefix", () => {
  it.each(PREFIX)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });
});

describe("global-reach-circuits", () => {
  it.each(CIRCUITS)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it.each(["inline", "standalone"])(
    "global-reach-circuits accepts Premium circuits in Europe and North America (%s peerings)",
    async (style) => {
      expect((await planScenario(analyzer, `reach-cross-geo-premium-${style}`)).violations).toEqual([]);
    },
  );
});
