import { UNKNOWN } from "../../../lib/core/model";
import { peerAsn } from "../../../lib/core/rules/peer-asn";
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

const ruleId = "peer-asn-valid";
const customerAsnPath = "microsoftPeering.microsoftPeeringConfig.customerASN";

describe("peer-asn-valid", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(peerAsn, m)).toEqual([]);
  });

  it.each([
    ["the smallest ASN", 1],
    ["a public 2-byte ASN", 20000],
    ["the last ASN before the documentation range", 64495],
    ["the first private 2-byte ASN", 64512],
    ["the last private ASN below Azure's reserved range", 65514],
    ["a public 4-byte ASN", 131072],
    ["a private 4-byte ASN", 4200000000],
    ["the last private 4-byte ASN", 4294967294],
  ])("accepts %s (%d) on a private peering", (_what, asn) => {
    expect(run(peerAsn, privatePeeringModel({ peerAsn: asn }))).toEqual([]);
  });

  it("accepts a Microsoft peering whose customer ASN is public", () => {
    expect(run(peerAsn, microsoftModel({ microsoft: microsoftConfig({ customerAsn: 20001 }) }))).toEqual([]);
  });

  it.each([
    { what: "an unset peer ASN", asn: undefined },
    { what: "ASN 0, reserved by IANA", asn: 0 },
    { what: "ASN 4294967295, reserved by IANA", asn: 4294967295 },
    { what: "a negative ASN", asn: -1 },
    { what: "a fractional ASN", asn: 65010.5 },
    { what: "an ASN beyond 4 bytes", asn: 4294967296 },
    { what: "ASN 8074, used by Azure", asn: 8074 },
    { what: "ASN 8075, used by Azure", asn: 8075 },
    { what: "Microsoft's ExpressRoute ASN 12076", asn: 12076 },
    { what: "AS_TRANS 23456", asn: 23456 },
    { what: "the first documentation ASN 64496", asn: 64496 },
    { what: "the last documentation ASN 64511", asn: 64511 },
    { what: "the first Azure-reserved ASN 65515", asn: 65515 },
    { what: "the last Azure-reserved ASN 65520", asn: 65520 },
    { what: "the IANA-reserved ASN 65535", asn: 65535 },
    { what: "the last IANA-reserved ASN 65551", asn: 65551 },
  ])("rejects $what", ({ asn }) => {
    const f = expectOnly(run(peerAsn, privatePeeringModel({ peerAsn: asn })), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.peerASN",
      resource: CIRCUIT,
    });
    expectValueShows(f, asn);
  });

  it.each([
    ["a private 2-byte", 65010],
    ["a private 4-byte", 4200000001],
  ])(
    "accepts %s peer ASN on a Microsoft peering, leaving the advice to microsoft-peering-private-asn",
    (_what, asn) => {
      expect(run(peerAsn, microsoftModel({ peerAsn: asn }))).toEqual([]);
    },
  );

  it.each([
    ["a private 2-byte", 65010],
    ["a private 4-byte", 4200000000],
  ])(
    "accepts a %s customer ASN on a Microsoft peering, leaving the advice to microsoft-peering-private-asn",
    (_what, customerAsn) => {
      const m = microsoftModel({ peerAsn: 65010, microsoft: microsoftConfig({ customerAsn }) });
      expect(run(peerAsn, m)).toEqual([]);
    },
  );

  it("checks the peerings of a circuit declared outside the model", () => {
    const m = privatePeeringModel({ peerAsn: 12076 });
    const external = { ...m, circuits: m.circuits.map((c) => ({ ...c, external: true })) };
    expectOnly(run(peerAsn, external), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.peerASN",
      resource: CIRCUIT,
    });
  });

  it.each([
    { what: "Microsoft's own ASN as customer ASN", customerAsn: 12076 },
    { what: "the reserved ASN 4294967295 as customer ASN", customerAsn: 4294967295 },
    { what: "an Azure-reserved customer ASN", customerAsn: 65515 },
    { what: "customer ASN 0", customerAsn: 0 },
  ])("rejects $what on a Microsoft peering", ({ customerAsn }) => {
    const f = expectOnly(run(peerAsn, microsoftModel({ microsoft: microsoftConfig({ customerAsn }) })), {
      ruleId,
      severity: "mandatory",
      path: customerAsnPath,
      resource: CIRCUIT,
    });
    expectValueShows(f, customerAsn);
  });

  it("reports the properties as the user wrote them when the origin maps the fields", () => {
    const m = microsoftModel({
      origin: {
        resource: CIRCUIT,
        path: "microsoftPeering",
        fields: {
          peerASN: "microsoftPeering.peerAsn",
          "microsoftPeeringConfig.customerASN": "microsoftPeering.customerAsn",
        },
      },
      peerAsn: 12076,
      microsoft: microsoftConfig({ customerAsn: 65515 }),
    });
    expect(run(peerAsn, m).map((f) => [f.path, f.severity])).toEqual([
      ["microsoftPeering.peerAsn", "mandatory"],
      ["microsoftPeering.customerAsn", "mandatory"],
    ]);
  });

  it("reports an unknown peer ASN as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(peerAsn, privatePeeringModel({ peerAsn: UNKNOWN })),
      ruleId,
      "privatePeering.peerASN",
    );
  });

  it("reports an unknown peer ASN on a Microsoft peering as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(peerAsn, microsoftModel({ peerAsn: UNKNOWN })),
      ruleId,
      "microsoftPeering.peerASN",
    );
  });

  it("reports an unknown customer ASN as unverifiable, never as a violation", () => {
    const m = microsoftModel({ microsoft: microsoftConfig({ customerAsn: UNKNOWN }) });
    expectOnlyUnverifiable(run(peerAsn, m), ruleId, customerAsnPath);
  });
});
