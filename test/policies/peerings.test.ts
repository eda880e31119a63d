import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import {
  expectViolation,
  inBothStyles,
  nameOf,
  type PeeringCase,
  planScenario,
  startAnalyzer,
} from "./support";

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

describe("acceptance: a raw azure-native program with a single-/30 private peering", () => {
  it.each([
    [
      "a standalone ExpressRouteCircuitPeering",
      "single-30-standalone",
      "ams-private",
      "secondaryPeerAddressPrefix",
    ],
    [
      "an inline peering of the circuit",
      "single-30-inline",
      "er-ams",
      "peerings[0].secondaryPeerAddressPrefix",
    ],
  ])(
    "fails the plan with a mandatory peering-dual-bgp violation on %s",
    async (_what, scenario, name, path) => {
      const { violations } = await planScenario(analyzer, scenario);
      expect(violations).toHaveLength(1);
      const [v] = violations;
      expect(v.policy).toBe("peering-dual-bgp");
      expect(v.level).toBe("mandatory");
      expect(v.urn).toMatch(new RegExp(`::${name}$`));
      expect(v.urn).toContain(
        scenario.endsWith("standalone")
          ? "azure-native:network:ExpressRouteCircuitPeering"
          : "azure-native:network:ExpressRouteCircuit",
      );
      expect(v.message).toContain(`${name}: ${path}: Dual BGP needs both links`);
      expect(v.message).toContain("[peering-dual-bgp]");
    },
  );
});

const DUAL_BGP: PeeringCase[] = [
  {
    case: "no-secondary",
    when: "the private peering has no secondary /30",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "secondaryPeerAddressPrefix" },
  },
  {
    case: "no-primary",
    when: "the private peering has no primary /30",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "primaryPeerAddressPrefix" },
  },
  {
    case: "not-a-prefix",
    when: "the primary prefix is not an address/length",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "primaryPeerAddressPrefix" },
  },
  {
    case: "ipv6-in-ipv4-field",
    when: "an IPv6 /126 is in the IPv4 secondary field",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "secondaryPeerAddressPrefix" },
  },
  {
    case: "not-a-30",
    when: "the primary link is a /29 instead of a /30",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "primaryPeerAddressPrefix" },
  },
  {
    case: "unaligned",
    when: "the primary /30 has host bits set",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "primaryPeerAddressPrefix" },
  },
  {
    case: "same-prefix-twice",
    when: "both links use the same /30",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "secondaryPeerAddressPrefix" },
  },
  {
    case: "ipv6-no-secondary",
    when: "the IPv6 config has only a primary /126",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "ipv6PeeringConfig.secondaryPeerAddressPrefix" },
  },
  {
    case: "microsoft-no-secondary",
    when: "the Microsoft peering has no secondary /30",
    policy: "peering-dual-bgp",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-microsoft", field: "secondaryPeerAddressPrefix" },
  },
];

const TYPES: PeeringCase[] = [
  {
    case: "public-peering",
    when: "the retired AzurePublicPeering is configured",
    policy: "peering-type-supported",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-public", field: "peeringType" },
  },
  {
    case: "unknown-type",
    when: "the peering type is not one Azure offers",
    policy: "peering-type-supported",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-custom", field: "peeringType" },
  },
  {
    case: "no-type-name-not-a-type",
    when: "the peering has no type and its name is not one",
    policy: "peering-type-supported",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "peeringType" },
  },
  {
    case: "two-private",
    when: "the circuit has a second private peering",
    policy: "peering-one-per-type",
    level: "mandatory",
    peering: { index: 1, standalone: "ams-private-2", field: "peeringType" },
  },
];

const ASNS_AND_KEYS: PeeringCase[] = [
  {
    case: "no-peer-asn",
    when: "the peering has no peer ASN",
    policy: "peer-asn-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "peerASN" },
  },
  {
    case: "azure-reserved-asn",
    when: "the peer ASN is reserved by Azure (65515)",
    policy: "peer-asn-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "peerASN" },
  },
  {
    case: "microsoft-asn",
    when: "the peer ASN is Microsoft's 12076",
    policy: "peer-asn-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "peerASN" },
  },
  {
    case: "asn-out-of-range",
    when: "the peer ASN is above 4294967295",
    policy: "peer-asn-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "peerASN" },
  },
  {
    case: "asn-zero",
    when: "the peer ASN is 0 (reserved by IANA)",
    policy: "peer-asn-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "peerASN" },
  },
  {
    case: "asn-last-4-byte",
    when: "the peer ASN is 4294967295 (reserved by IANA)",
    policy: "peer-asn-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "peerASN" },
  },
  {
    case: "md5-key-too-long",
    when: "the BGP MD5 key has 26 characters",
    policy: "bgp-md5-key-format",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "sharedKey" },
  },
  {
    case: "md5-key-not-alphanumeric",
    when: "the BGP MD5 key has punctuation",
    policy: "bgp-md5-key-format",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "sharedKey" },
  },
];

const VLANS: PeeringCase[] = [
  {
    case: "no-vlan",
    when: "the peering has no VLAN id",
    policy: "peering-vlan-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "vlanId" },
  },
  {
    case: "vlan-zero",
    when: "the VLAN id is 0",
    policy: "peering-vlan-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "vlanId" },
  },
  {
    case: "vlan-4095",
    when: "the VLAN id is 4095",
    policy: "peering-vlan-valid",
    level: "mandatory",
    peering: { index: 0, standalone: "ams-private", field: "vlanId" },
  },
  {
    case: "vlan-clash",
    when: "the Microsoft peering reuses the private peering's VLAN",
    policy: "peering-vlan-valid",
    level: "mandatory",
    peering: { index: 1, standalone: "ams-microsoft", field: "vlanId" },
  },
];

describe("peering-dual-bgp", () => {
  it.each(inBothStyles(DUAL_BGP))("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });
});

describe("peering-type-supported and peering-one-per-type", () => {
  it.each(inBothStyles(TYPES))("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("peering-one-per-type names the standalone peering when the circuit already has an inline private peering", async () => {
    expectViolation((await planScenario(analyzer, "peering-two-private-mixed")).violations, {
      policy: "peering-one-per-type",
      level: "mandatory",
      resource: "ams-private-2",
      path: "peeringType",
    });
  });

  it("peering-one-per-type links a standalone peering to its circuit by a literal circuitName", async () => {
    expectViolation((await planScenario(analyzer, "peering-two-private-by-name")).violations, {
      policy: "peering-one-per-type",
      level: "mandatory",
      resource: "ams-private-2",
      path: "peeringType",
    });
  });
});

describe("peer-asn-valid and bgp-md5-key-format", () => {
  it.each(inBothStyles(ASNS_AND_KEYS))("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it.each([
    ["md5-key-too-long", "abcdefghijklmnopqrstuvwxyz"],
    ["md5-key-not-alphanumeric", "s3cret-key!"],
  ])("bgp-md5-key-format never echoes the key (%s)", async (name, key) => {
    for (const style of ["inline", "standalone"]) {
      const { violations } = await planScenario(analyzer, `peering-${name}-${style}`);
      expect(violations).toHaveLength(1);
      expect(violations[0].message).toContain(`a secret of ${key.length} characters`);
      expect(violations[0].message).not.toContain(key);
    }
  });
});

describe("peering-vlan-valid", () => {
  it.each(inBothStyles(VLANS))("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("peering-vlan-valid names the VLAN's first user in its message", async () => {
    const { violations } = await planScenario(analyzer, "peering-vlan-clash-standalone");
    expect(violations.map((v) => nameOf(v.urn))).toEqual(["ams-microsoft"]);
    expect(violations[0].message).toContain(
      "VLAN 100 is already used by the AzurePrivatePeering of this circuit",
    );
  });
});

const MS = "ams-microsoft";

const PUBLIC: PeeringCase[] = [
  {
    case: "microsoft-private-link-prefix",
    when: "a link /30 is in RFC 1918 space",
    policy: "microsoft-peering-public",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "primaryPeerAddressPrefix" },
  },
  {
    case: "microsoft-private-ipv6-link-prefix",
    when: "an IPv6 link /126 is unique-local",
    policy: "microsoft-peering-public",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "ipv6PeeringConfig.primaryPeerAddressPrefix" },
  },
  {
    case: "microsoft-no-advertised-prefixes",
    when: "no public prefix is advertised",
    policy: "microsoft-peering-public",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "microsoftPeeringConfig.advertisedPublicPrefixes" },
  },
  {
    case: "microsoft-no-config",
    when: "the peering has no microsoftPeeringConfig",
    policy: "microsoft-peering-public",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "microsoftPeeringConfig.advertisedPublicPrefixes" },
  },
  {
    case: "microsoft-too-many-prefixes",
    when: "201 prefixes are advertised",
    policy: "microsoft-peering-public",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "microsoftPeeringConfig.advertisedPublicPrefixes" },
  },
  {
    case: "microsoft-private-advertised-prefix",
    when: "an advertised prefix is private",
    policy: "microsoft-peering-public",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "microsoftPeeringConfig.advertisedPublicPrefixes[0]" },
  },
  {
    case: "microsoft-unknown-registry",
    when: "the routing registry is not one Microsoft uses",
    policy: "microsoft-peering-public",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "microsoftPeeringConfig.routingRegistryName" },
  },
];

const PRIVATE_ASN: PeeringCase[] = [
  {
    case: "microsoft-private-peer-asn",
    when: "the Microsoft peering uses a private peer ASN",
    policy: "microsoft-peering-private-asn",
    level: "advisory",
    peering: { index: 0, standalone: MS, field: "peerASN" },
  },
  {
    case: "microsoft-private-customer-asn",
    when: "the Microsoft peering's customer ASN is private (manual validation, not a refusal)",
    policy: "microsoft-peering-private-asn",
    level: "advisory",
    peering: { index: 0, standalone: MS, field: "microsoftPeeringConfig.customerASN" },
  },
];

const ROUTE_FILTER: PeeringCase[] = [
  {
    case: "microsoft-no-route-filter",
    when: "no route filter is attached",
    policy: "microsoft-peering-route-filter",
    level: "mandatory",
    peering: { index: 0, standalone: MS, field: "routeFilter.id" },
  },
  {
    case: "route-filter-deny-only",
    when: "the attached filter only has a Deny rule",
    policy: "microsoft-peering-route-filter",
    level: "mandatory",
    target: { resource: "ams-filter", path: "rules" },
    also: ["route-filter-rules"],
  },
  {
    case: "route-filter-no-rules",
    when: "the attached filter has no rules",
    policy: "microsoft-peering-route-filter",
    level: "mandatory",
    target: { resource: "ams-filter", path: "rules" },
  },
  {
    case: "route-filter-other-region",
    when: "the attached filter is in another region than the circuit",
    policy: "microsoft-peering-route-filter",
    level: "mandatory",
    target: { resource: "ams-filter", path: "location" },
  },
];

describe("microsoft-peering-public", () => {
  it.each(inBothStyles(PUBLIC))("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });
});

describe("microsoft-peering-private-asn", () => {
  it.each(inBothStyles(PRIVATE_ASN))("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });
});

describe("microsoft-peering-route-filter", () => {
  it.each(inBothStyles(ROUTE_FILTER))("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  // Issue 15: the value says what the filter holds, and the fix names the raw property.
  it.each(["inline", "standalone"])(
    "describes the attached filter's rules as held, and names rules in its fix (%s peering)",
    async (style) => {
      const message = async (scenario: string) =>
        (await planScenario(analyzer, `peering-${scenario}-${style}`)).violations.find(
          (v) => v.policy === "microsoft-peering-route-filter",
        )!.message;
      expect(await message("route-filter-no-rules")).toContain("Got no rule;");
      expect(await message("route-filter-deny-only")).toContain("Got Deny Community rule with 1 community;");
      expect(await message("route-filter-no-rules")).toContain("the services you need in rules");
    },
  );
});
