import { UNKNOWN } from "../../../lib/core/model";
import { peeringDualBgp } from "../../../lib/core/rules/peering-dual-bgp";
import {
  CIRCUIT,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  microsoftModel,
  privatePeeringModel,
  run,
} from "./fixtures";

const ruleId = "peering-dual-bgp";
const V6 = {
  primaryPeerAddressPrefix: "2001:db8:0:1::/126",
  secondaryPeerAddressPrefix: "2001:db8:0:1::4/126",
};

describe("peering-dual-bgp", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(peeringDualBgp, m)).toEqual([]);
  });

  it("accepts two /30s that are not halves of the same /29", () => {
    const m = privatePeeringModel({
      primaryPeerAddressPrefix: "10.0.0.0/30",
      secondaryPeerAddressPrefix: "10.0.1.0/30",
    });
    expect(run(peeringDualBgp, m)).toEqual([]);
  });

  it("accepts an IPv6 pair of distinct aligned /126s next to the IPv4 pair", () => {
    expect(run(peeringDualBgp, privatePeeringModel({ ipv6: V6 }))).toEqual([]);
  });

  it("accepts an IPv6-only private peering (both /126s, no IPv4)", () => {
    const m = privatePeeringModel({
      primaryPeerAddressPrefix: undefined,
      secondaryPeerAddressPrefix: undefined,
      ipv6: V6,
    });
    expect(run(peeringDualBgp, m)).toEqual([]);
  });

  it("refuses an IPv6-only private peering missing its secondary /126", () => {
    const m = privatePeeringModel({
      primaryPeerAddressPrefix: undefined,
      secondaryPeerAddressPrefix: undefined,
      ipv6: { ...V6, secondaryPeerAddressPrefix: undefined },
    });
    expectOnly(run(peeringDualBgp, m), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.ipv6.secondaryPeerAddressPrefix",
    });
  });

  it("refuses a private peering with an IPv6 pair and only one IPv4 link", () => {
    const m = privatePeeringModel({ secondaryPeerAddressPrefix: undefined, ipv6: V6 });
    expectOnly(run(peeringDualBgp, m), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.secondaryPeerAddressPrefix",
    });
  });

  it("refuses a Microsoft peering without IPv4 links even when it has IPv6", () => {
    const m = microsoftModel({
      primaryPeerAddressPrefix: undefined,
      secondaryPeerAddressPrefix: undefined,
      ipv6: V6,
    });
    expect(run(peeringDualBgp, m).map((f) => f.path)).toEqual([
      "microsoftPeering.primaryPeerAddressPrefix",
      "microsoftPeering.secondaryPeerAddressPrefix",
    ]);
  });

  it("accepts public /30s on a Microsoft peering", () => {
    expect(run(peeringDualBgp, microsoftModel())).toEqual([]);
  });

  it.each([
    { what: "a peering without a primary prefix", primary: undefined, field: "primary", bad: undefined },
    {
      what: "a peering without a secondary prefix",
      secondary: undefined,
      field: "secondary",
      bad: undefined,
    },
    {
      what: "a primary prefix with an invalid address",
      primary: "192.168.100.300/30",
      field: "primary",
      bad: "192.168.100.300/30",
    },
    {
      what: "a secondary prefix without a prefix length",
      secondary: "192.168.100.132",
      field: "secondary",
      bad: "192.168.100.132",
    },
    {
      what: "an IPv6 prefix in an IPv4 link field",
      primary: "2001:db8:0:1::/126",
      field: "primary",
      bad: "2001:db8:0:1::/126",
    },
    {
      what: "a primary prefix that is a whole /29",
      primary: "192.168.100.128/29",
      field: "primary",
      bad: "192.168.100.128/29",
    },
    {
      what: "a secondary prefix that is a /31",
      secondary: "192.168.100.132/31",
      field: "secondary",
      bad: "192.168.100.132/31",
    },
    {
      what: "a primary /30 that is not aligned",
      primary: "192.168.100.129/30",
      field: "primary",
      bad: "192.168.100.129/30",
    },
    {
      what: "a secondary prefix that overlaps the primary",
      secondary: "192.168.100.128/30",
      field: "secondary",
      bad: "192.168.100.128/30",
    },
  ])("rejects $what", ({ field, bad, ...prefixes }) => {
    const m = privatePeeringModel({
      ...("primary" in prefixes ? { primaryPeerAddressPrefix: prefixes.primary } : {}),
      ...("secondary" in prefixes ? { secondaryPeerAddressPrefix: prefixes.secondary } : {}),
    });
    const f = expectOnly(run(peeringDualBgp, m), {
      ruleId,
      severity: "mandatory",
      path: `privatePeering.${field}PeerAddressPrefix`,
      resource: CIRCUIT,
    });
    expectValueShows(f, bad);
  });

  it.each([
    {
      what: "without a secondary prefix",
      ipv6: { ...V6, secondaryPeerAddressPrefix: undefined },
      field: "secondary",
    },
    {
      what: "with an IPv4 prefix",
      ipv6: { ...V6, primaryPeerAddressPrefix: "192.168.100.128/30" },
      field: "primary",
    },
    {
      what: "with a /125 link",
      ipv6: { ...V6, primaryPeerAddressPrefix: "2001:db8:0:1::/125" },
      field: "primary",
    },
    {
      what: "with an unaligned /126",
      ipv6: { ...V6, secondaryPeerAddressPrefix: "2001:db8:0:1::5/126" },
      field: "secondary",
    },
    {
      what: "whose secondary prefix overlaps the primary",
      ipv6: { ...V6, secondaryPeerAddressPrefix: "2001:db8:0:1::/126" },
      field: "secondary",
    },
  ])("rejects an IPv6 pair $what", ({ ipv6, field }) => {
    const f = expectOnly(run(peeringDualBgp, privatePeeringModel({ ipv6 })), {
      ruleId,
      severity: "mandatory",
      path: `privatePeering.ipv6.${field}PeerAddressPrefix`,
      resource: CIRCUIT,
    });
    const bad = field === "primary" ? ipv6.primaryPeerAddressPrefix : ipv6.secondaryPeerAddressPrefix;
    expectValueShows(f, bad);
  });

  it("rejects both links of a peering that has no prefixes at all", () => {
    const m = privatePeeringModel({
      primaryPeerAddressPrefix: undefined,
      secondaryPeerAddressPrefix: undefined,
    });
    expect(run(peeringDualBgp, m).map((f) => [f.path, f.severity])).toEqual([
      ["privatePeering.primaryPeerAddressPrefix", "mandatory"],
      ["privatePeering.secondaryPeerAddressPrefix", "mandatory"],
    ]);
  });

  it("suggests the aligned /30 for an unaligned one", () => {
    const [f] = run(peeringDualBgp, privatePeeringModel({ primaryPeerAddressPrefix: "192.168.100.129/30" }));
    expect(f.fix).toContain("192.168.100.128/30");
  });

  it("reports the argument the user wrote when the link prefixes came from one /29", () => {
    const m = privatePeeringModel({
      origin: {
        resource: CIRCUIT,
        path: "privatePeering",
        fields: {
          primaryPeerAddressPrefix: "privatePeering.peerAddressPrefix",
          secondaryPeerAddressPrefix: "privatePeering.peerAddressPrefix",
          "ipv6.primaryPeerAddressPrefix": "privatePeering.ipv6.peerAddressPrefix",
        },
      },
      secondaryPeerAddressPrefix: "192.168.100.128/30",
      ipv6: { ...V6, primaryPeerAddressPrefix: undefined },
    });
    expect(run(peeringDualBgp, m).map((f) => f.path)).toEqual([
      "privatePeering.peerAddressPrefix",
      "privatePeering.ipv6.peerAddressPrefix",
    ]);
  });

  it.each([
    { field: "primaryPeerAddressPrefix", overrides: { primaryPeerAddressPrefix: UNKNOWN } },
    { field: "secondaryPeerAddressPrefix", overrides: { secondaryPeerAddressPrefix: UNKNOWN } },
    {
      field: "ipv6.primaryPeerAddressPrefix",
      overrides: { ipv6: { ...V6, primaryPeerAddressPrefix: UNKNOWN } },
    },
    {
      field: "ipv6.secondaryPeerAddressPrefix",
      overrides: { ipv6: { ...V6, secondaryPeerAddressPrefix: UNKNOWN } },
    },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, overrides }) => {
    expectOnlyUnverifiable(
      run(peeringDualBgp, privatePeeringModel(overrides)),
      ruleId,
      `privatePeering.${field}`,
    );
  });
});
