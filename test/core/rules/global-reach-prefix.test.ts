import { UNKNOWN } from "../../../lib/core/model";
import { globalReachPrefix } from "../../../lib/core/rules/global-reach-prefix";
import {
  GLOBAL_REACH,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  globalReach,
  globalReachModel,
  privatePeering,
  run,
  usedRange,
  vnet,
} from "./fixtures";

const ruleId = "global-reach-prefix";
const V6_PATH = "ipv6CircuitConnectionConfig.addressPrefix";
const SECOND = "ams:global-reach:dub";

/** The base Global Reach pair plus a second connection (to a circuit at Dublin) with these overrides. */
function twoConnections(
  second: Parameters<typeof globalReach>[0],
  first: Parameters<typeof globalReach>[0] = {},
) {
  const m = globalReachModel({ globalReach: first });
  return {
    ...m,
    globalReach: [
      ...(m.globalReach ?? []),
      globalReach({
        key: SECOND,
        origin: { resource: SECOND },
        peerCircuitKey: "dub",
        addressPrefix: "10.200.0.8/29",
        ...second,
      }),
    ],
  };
}

describe("global-reach-prefix", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(globalReachPrefix, m)).toEqual([]);
  });

  it("accepts a model without Global Reach", () => {
    expect(run(globalReachPrefix, globalReachModel({}))).toEqual([]);
  });

  it("accepts two Global Reach connections on adjacent /29s", () => {
    expect(run(globalReachPrefix, twoConnections({}))).toEqual([]);
  });

  it("accepts an aligned IPv6 /125 next to the /29", () => {
    const m = globalReachModel({ globalReach: { ipv6AddressPrefix: "fd00:200::/125" } });
    expect(run(globalReachPrefix, m)).toEqual([]);
  });

  it("accepts two connections on adjacent IPv6 /125s", () => {
    const m = twoConnections(
      { ipv6AddressPrefix: "fd00:200::8/125" },
      { ipv6AddressPrefix: "fd00:200::/125" },
    );
    expect(run(globalReachPrefix, m)).toEqual([]);
  });

  it("accepts a /29 next to, but outside, a VNet and an on-premises range", () => {
    const m = {
      ...globalReachModel(),
      vnets: [vnet({ addressPrefixes: ["10.200.0.8/29", "10.10.0.0/16"] })],
      usedRanges: [usedRange("10.199.0.0/16")],
    };
    expect(run(globalReachPrefix, m)).toEqual([]);
  });

  it.each([
    { what: "a /30", prefix: "10.200.0.0/30" },
    { what: "a /28", prefix: "10.200.0.0/28" },
    { what: "a bare address without a length", prefix: "10.200.0.0" },
    { what: "an address that does not parse", prefix: "10.200.0.300/29" },
    { what: "an IPv6 /125 in the IPv4 field", prefix: "fd00:200::/125" },
  ])("rejects $what as the Global Reach /29", ({ prefix }) => {
    const f = expectOnly(
      run(globalReachPrefix, globalReachModel({ globalReach: { addressPrefix: prefix } })),
      {
        ruleId,
        severity: "mandatory",
        path: "addressPrefix",
        resource: GLOBAL_REACH,
      },
    );
    expectValueShows(f, prefix);
  });

  it("rejects a misaligned /29 and suggests the aligned one", () => {
    const f = expectOnly(
      run(globalReachPrefix, globalReachModel({ globalReach: { addressPrefix: "10.200.0.4/29" } })),
      { ruleId, severity: "mandatory", path: "addressPrefix", resource: GLOBAL_REACH },
    );
    expectValueShows(f, "10.200.0.4/29");
    expect(f.fix).toContain("10.200.0.0/29");
  });

  it.each([
    { what: "a /126", prefix: "fd00:200::/126" },
    { what: "a /124", prefix: "fd00:200::/124" },
    { what: "an IPv4 /29", prefix: "10.201.0.0/29" },
    { what: "a misaligned /125", prefix: "fd00:200::4/125" },
  ])("rejects $what as the IPv6 Global Reach /125", ({ prefix }) => {
    const m = globalReachModel({ globalReach: { ipv6AddressPrefix: prefix } });
    const f = expectOnly(run(globalReachPrefix, m), {
      ruleId,
      severity: "mandatory",
      path: V6_PATH,
      resource: GLOBAL_REACH,
    });
    expectValueShows(f, prefix);
  });

  it("rejects a /29 that another Global Reach connection already uses, on the later connection", () => {
    const f = expectOnly(run(globalReachPrefix, twoConnections({ addressPrefix: "10.200.0.0/29" })), {
      ruleId,
      severity: "mandatory",
      path: "addressPrefix",
      resource: SECOND,
    });
    expectValueShows(f, "10.200.0.0/29");
    expect(f.message).toContain(GLOBAL_REACH);
  });

  it("rejects a /125 that another Global Reach connection already uses", () => {
    const m = twoConnections(
      { ipv6AddressPrefix: "fd00:200::/125" },
      { ipv6AddressPrefix: "fd00:200::/125" },
    );
    expectOnly(run(globalReachPrefix, m), { ruleId, severity: "mandatory", path: V6_PATH, resource: SECOND });
  });

  it("rejects a /29 that overlaps a peering /30", () => {
    const m = globalReachModel({
      circuit: {
        peerings: [
          privatePeering({
            primaryPeerAddressPrefix: "10.200.0.4/30",
            secondaryPeerAddressPrefix: "192.168.100.132/30",
          }),
        ],
      },
    });
    const f = expectOnly(run(globalReachPrefix, m), {
      ruleId,
      severity: "mandatory",
      path: "addressPrefix",
      resource: GLOBAL_REACH,
    });
    expectValueShows(f, "10.200.0.0/29");
    expect(f.message).toContain("primaryPeerAddressPrefix");
  });

  it("rejects a /29 that holds both /30s of a peering once for each /30", () => {
    const m = globalReachModel({ globalReach: { addressPrefix: "192.168.200.128/29" } });
    const findings = run(globalReachPrefix, m);
    expect(findings.map((f) => [f.path, f.severity, f.resource])).toEqual([
      ["addressPrefix", "mandatory", GLOBAL_REACH],
      ["addressPrefix", "mandatory", GLOBAL_REACH],
    ]);
    expect(findings.map((f) => f.message).join(" ")).toMatch(/primary.*secondary/);
  });

  it("rejects a /125 that overlaps a peering's IPv6 /126", () => {
    const ipv6 = { primaryPeerAddressPrefix: "fd00:200::/126", secondaryPeerAddressPrefix: "fd00:300::/126" };
    const m = globalReachModel({
      globalReach: { ipv6AddressPrefix: "fd00:200::/125" },
      circuit: { peerings: [privatePeering({ ipv6 })] },
    });
    expectOnly(run(globalReachPrefix, m), {
      ruleId,
      severity: "mandatory",
      path: V6_PATH,
      resource: GLOBAL_REACH,
    });
  });

  it("rejects a /29 inside a VNet's address space", () => {
    const m = {
      ...globalReachModel(),
      vnets: [vnet({ addressPrefixes: ["10.10.0.0/16", "10.200.0.0/16"] })],
    };
    const f = expectOnly(run(globalReachPrefix, m), {
      ruleId,
      severity: "mandatory",
      path: "addressPrefix",
      resource: GLOBAL_REACH,
    });
    expect(f.message).toContain("10.200.0.0/16");
  });

  it("rejects a /29 inside a declared on-premises range", () => {
    const m = { ...globalReachModel(), usedRanges: [usedRange("10.200.0.0/24")] };
    const f = expectOnly(run(globalReachPrefix, m), {
      ruleId,
      severity: "mandatory",
      path: "addressPrefix",
      resource: GLOBAL_REACH,
    });
    expect(f.message).toContain("10.200.0.0/24");
  });

  it("rejects a /29 that contains a small declared range", () => {
    const m = { ...globalReachModel(), usedRanges: [usedRange("10.200.0.6/31")] };
    expectOnly(run(globalReachPrefix, m), {
      ruleId,
      severity: "mandatory",
      path: "addressPrefix",
      resource: GLOBAL_REACH,
    });
  });

  it("leaves overlaps between ranges that are not Global Reach prefixes to other rules", () => {
    const m = {
      ...globalReachModel(),
      vnets: [vnet({ addressPrefixes: ["10.50.0.0/16"] })],
      usedRanges: [usedRange("10.50.0.0/24")],
    };
    expect(run(globalReachPrefix, m)).toEqual([]);
  });

  it("does not compare a prefix it has already rejected", () => {
    const m = twoConnections({ addressPrefix: "10.200.0.1/29" });
    expectOnly(run(globalReachPrefix, m), {
      ruleId,
      severity: "mandatory",
      path: "addressPrefix",
      resource: SECOND,
    });
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = globalReachModel({
      globalReach: {
        origin: {
          resource: GLOBAL_REACH,
          path: "globalReach[0]",
          fields: { addressPrefix: "globalReach[0].prefix" },
        },
        addressPrefix: "10.200.0.0/30",
      },
    });
    expectOnly(run(globalReachPrefix, m), { ruleId, severity: "mandatory", path: "globalReach[0].prefix" });
  });

  it.each([
    { field: "addressPrefix", gr: { addressPrefix: UNKNOWN } },
    { field: V6_PATH, gr: { ipv6AddressPrefix: UNKNOWN } },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, gr }) => {
    expectOnlyUnverifiable(
      run(globalReachPrefix, globalReachModel({ globalReach: gr })),
      ruleId,
      field,
      GLOBAL_REACH,
    );
  });

  it("does not compare an unknown /29 with the prefixes around it", () => {
    const m = { ...twoConnections({ addressPrefix: UNKNOWN }), usedRanges: [usedRange("10.200.0.0/16")] };
    const findings = run(globalReachPrefix, m);
    expect(findings.map((f) => [f.resource, f.severity, f.unverifiable ?? false])).toEqual([
      [SECOND, "advisory", true],
      [GLOBAL_REACH, "mandatory", false],
    ]);
  });
});

describe("global-reach-prefix with ranges unknown at preview", () => {
  it("cannot verify (advisory) a /29 against a peering prefix only known at deploy time, and never passes it silently", () => {
    const m = globalReachModel({
      circuit: { peerings: [privatePeering({ primaryPeerAddressPrefix: UNKNOWN })] },
    });
    const findings = run(globalReachPrefix, m);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "global-reach-prefix",
        severity: "advisory",
        unverifiable: true,
        path: "addressPrefix",
      }),
    ]);
    expect(findings[0].message).toContain("circuit ams's primaryPeerAddressPrefix");
  });
});
