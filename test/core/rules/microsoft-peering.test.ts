import { UNKNOWN } from "../../../lib/core/model";
import { microsoftPeering as microsoftPeeringRule } from "../../../lib/core/rules/microsoft-peering";
import {
  CIRCUIT,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  microsoftConfig,
  microsoftModel,
  privatePeeringModel,
  run,
} from "./fixtures";

const ruleId = "microsoft-peering-public";
const advertised = "microsoftPeering.microsoftPeeringConfig.advertisedPublicPrefixes";

/** `n` distinct public /24s. */
function publicPrefixes(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `123.${1 + Math.floor(i / 256)}.${i % 256}.0/24`);
}

describe("microsoft-peering-public", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(microsoftPeeringRule, m)).toEqual([]);
  });

  it("leaves private addresses on a private peering alone", () => {
    const m = privatePeeringModel({
      primaryPeerAddressPrefix: "10.0.0.0/30",
      secondaryPeerAddressPrefix: "10.0.0.4/30",
    });
    expect(run(microsoftPeeringRule, m)).toEqual([]);
  });

  it.each([
    ["200 advertised prefixes, the most a session takes", { advertisedPublicPrefixes: publicPrefixes(200) }],
    ["a public IPv6 advertised prefix", { advertisedPublicPrefixes: ["2a01:111:f400::/48"] }],
    ["no routing registry", { routingRegistryName: undefined }],
    ["the RIPENCC routing registry", { routingRegistryName: "RIPENCC" }],
  ])("accepts a Microsoft peering with %s", (_what, config) => {
    expect(run(microsoftPeeringRule, microsoftModel({ microsoft: microsoftConfig(config) }))).toEqual([]);
  });

  it.each([
    {
      what: "a primary link prefix in RFC 1918 space",
      peering: { primaryPeerAddressPrefix: "10.0.0.0/30" },
      path: "microsoftPeering.primaryPeerAddressPrefix",
      bad: "10.0.0.0/30",
    },
    {
      what: "a secondary link prefix in RFC 1918 space",
      peering: { secondaryPeerAddressPrefix: "192.168.1.4/30" },
      path: "microsoftPeering.secondaryPeerAddressPrefix",
      bad: "192.168.1.4/30",
    },
    {
      what: "a primary link prefix in carrier-grade NAT space",
      peering: { primaryPeerAddressPrefix: "100.64.0.0/30" },
      path: "microsoftPeering.primaryPeerAddressPrefix",
      bad: "100.64.0.0/30",
    },
    {
      what: "a primary link prefix in a documentation range",
      peering: { primaryPeerAddressPrefix: "192.0.2.0/30" },
      path: "microsoftPeering.primaryPeerAddressPrefix",
      bad: "192.0.2.0/30",
    },
    {
      what: "a link prefix that is not a prefix",
      peering: { secondaryPeerAddressPrefix: "123.1.0.4" },
      path: "microsoftPeering.secondaryPeerAddressPrefix",
      bad: "123.1.0.4",
    },
    {
      what: "no advertised prefixes",
      peering: { microsoft: microsoftConfig({ advertisedPublicPrefixes: [] }) },
      path: advertised,
      bad: [],
    },
    {
      what: "an unset advertised prefix list",
      peering: { microsoft: microsoftConfig({ advertisedPublicPrefixes: undefined }) },
      path: advertised,
      bad: undefined,
    },
    {
      what: "no microsoftPeeringConfig at all",
      peering: { microsoft: undefined },
      path: advertised,
      bad: undefined,
    },
    {
      what: "more than 200 advertised prefixes",
      peering: { microsoft: microsoftConfig({ advertisedPublicPrefixes: publicPrefixes(201) }) },
      path: advertised,
      bad: "201",
    },
    {
      what: "a private advertised prefix",
      peering: { microsoft: microsoftConfig({ advertisedPublicPrefixes: ["123.1.0.0/24", "10.1.0.0/24"] }) },
      path: `${advertised}[1]`,
      bad: "10.1.0.0/24",
    },
    {
      what: "an IPv6 documentation prefix as advertised prefix",
      peering: { microsoft: microsoftConfig({ advertisedPublicPrefixes: ["2001:db8::/48"] }) },
      path: `${advertised}[0]`,
      bad: "2001:db8::/48",
    },
    {
      what: "an advertised prefix that does not parse",
      peering: { microsoft: microsoftConfig({ advertisedPublicPrefixes: ["123.1.0.0/33"] }) },
      path: `${advertised}[0]`,
      bad: "123.1.0.0/33",
    },
    {
      what: "a routing registry Microsoft does not validate against",
      peering: { microsoft: microsoftConfig({ routingRegistryName: "RIPE" }) },
      path: "microsoftPeering.microsoftPeeringConfig.routingRegistryName",
      bad: "RIPE",
    },
  ])("rejects $what", ({ peering, path, bad }) => {
    const f = expectOnly(run(microsoftPeeringRule, microsoftModel(peering)), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CIRCUIT,
    });
    expectValueShows(f, bad);
  });

  it("accepts public IPv6 link prefixes", () => {
    const ipv6 = {
      primaryPeerAddressPrefix: "2a01:111:f400::/126",
      secondaryPeerAddressPrefix: "2a01:111:f400::4/126",
    };
    expect(run(microsoftPeeringRule, microsoftModel({ ipv6 }))).toEqual([]);
  });

  it.each([
    {
      what: "a primary IPv6 link prefix in unique-local space",
      ipv6: { primaryPeerAddressPrefix: "fd00:1::/126", secondaryPeerAddressPrefix: "2a01:111:f400::4/126" },
      field: "primary",
      bad: "fd00:1::/126",
    },
    {
      what: "a secondary IPv6 link prefix in the documentation range",
      ipv6: {
        primaryPeerAddressPrefix: "2a01:111:f400::/126",
        secondaryPeerAddressPrefix: "2001:db8::4/126",
      },
      field: "secondary",
      bad: "2001:db8::4/126",
    },
    {
      what: "a secondary IPv6 link prefix that is link-local",
      ipv6: { primaryPeerAddressPrefix: "2a01:111:f400::/126", secondaryPeerAddressPrefix: "fe80::4/126" },
      field: "secondary",
      bad: "fe80::4/126",
    },
    {
      what: "a primary IPv6 link prefix that does not parse",
      ipv6: {
        primaryPeerAddressPrefix: "2a01:111:f400::/129",
        secondaryPeerAddressPrefix: "2a01:111:f400::4/126",
      },
      field: "primary",
      bad: "2a01:111:f400::/129",
    },
  ])("rejects $what", ({ ipv6, field, bad }) => {
    const f = expectOnly(run(microsoftPeeringRule, microsoftModel({ ipv6 })), {
      ruleId,
      severity: "mandatory",
      path: `microsoftPeering.ipv6.${field}PeerAddressPrefix`,
      resource: CIRCUIT,
    });
    expectValueShows(f, bad);
  });

  it("rejects both IPv6 link prefixes when both are private", () => {
    const ipv6 = { primaryPeerAddressPrefix: "fd00:1::/126", secondaryPeerAddressPrefix: "fd00:1::4/126" };
    expect(run(microsoftPeeringRule, microsoftModel({ ipv6 })).map((f) => [f.path, f.severity])).toEqual([
      ["microsoftPeering.ipv6.primaryPeerAddressPrefix", "mandatory"],
      ["microsoftPeering.ipv6.secondaryPeerAddressPrefix", "mandatory"],
    ]);
  });

  it("leaves private IPv6 link prefixes on a private peering alone", () => {
    const ipv6 = { primaryPeerAddressPrefix: "fd00:1::/126", secondaryPeerAddressPrefix: "fd00:1::4/126" };
    expect(run(microsoftPeeringRule, privatePeeringModel({ ipv6 }))).toEqual([]);
  });

  it("reports the properties as the user wrote them when the origin maps the fields", () => {
    const m = microsoftModel({
      origin: {
        resource: CIRCUIT,
        path: "microsoftPeering",
        fields: {
          primaryPeerAddressPrefix: "microsoftPeering.peerAddressPrefix",
          "microsoftPeeringConfig.advertisedPublicPrefixes": "microsoftPeering.advertisedPublicPrefixes",
        },
      },
      primaryPeerAddressPrefix: "172.16.0.0/30",
      microsoft: microsoftConfig({ advertisedPublicPrefixes: ["123.1.0.0/24", "172.16.0.0/24"] }),
    });
    expect(run(microsoftPeeringRule, m).map((f) => f.path)).toEqual([
      "microsoftPeering.peerAddressPrefix",
      "microsoftPeering.advertisedPublicPrefixes[1]",
    ]);
  });

  it.each([
    { field: "primaryPeerAddressPrefix", peering: { primaryPeerAddressPrefix: UNKNOWN } },
    { field: "secondaryPeerAddressPrefix", peering: { secondaryPeerAddressPrefix: UNKNOWN } },
    {
      field: "ipv6.primaryPeerAddressPrefix",
      peering: {
        ipv6: { primaryPeerAddressPrefix: UNKNOWN, secondaryPeerAddressPrefix: "2a01:111:f400::4/126" },
      },
    },
    {
      field: "ipv6.secondaryPeerAddressPrefix",
      peering: {
        ipv6: { primaryPeerAddressPrefix: "2a01:111:f400::/126", secondaryPeerAddressPrefix: UNKNOWN },
      },
    },
    {
      field: "microsoftPeeringConfig.advertisedPublicPrefixes",
      peering: { microsoft: microsoftConfig({ advertisedPublicPrefixes: UNKNOWN }) },
    },
    {
      field: "microsoftPeeringConfig.routingRegistryName",
      peering: { microsoft: microsoftConfig({ routingRegistryName: UNKNOWN }) },
    },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, peering }) => {
    expectOnlyUnverifiable(
      run(microsoftPeeringRule, microsoftModel(peering)),
      ruleId,
      `microsoftPeering.${field}`,
    );
  });
});
