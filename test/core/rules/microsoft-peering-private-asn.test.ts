import { UNKNOWN } from "../../../lib/core/model";
import { microsoftPeeringPrivateAsn } from "../../../lib/core/rules/microsoft-peering-private-asn";
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

const ruleId = "microsoft-peering-private-asn";

describe("microsoft-peering-private-asn", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(microsoftPeeringPrivateAsn, m)).toEqual([]);
  });

  it.each([
    ["a public 2-byte ASN", 20000],
    ["a public 4-byte ASN", 131072],
    ["the reserved ASN just below the private 2-byte range, left to peer-asn-valid,", 64511],
    ["the reserved ASN just above the private 2-byte range, left to peer-asn-valid,", 65535],
  ])("accepts %s (%d) on a Microsoft peering", (_what, peerAsn) => {
    expect(run(microsoftPeeringPrivateAsn, microsoftModel({ peerAsn }))).toEqual([]);
  });

  it("leaves a private ASN on a private peering alone", () => {
    expect(run(microsoftPeeringPrivateAsn, privatePeeringModel({ peerAsn: 65010 }))).toEqual([]);
  });

  it("leaves an unset peer ASN to peer-asn-valid", () => {
    expect(run(microsoftPeeringPrivateAsn, microsoftModel({ peerAsn: undefined }))).toEqual([]);
  });

  it.each([
    ["the first private 2-byte", 64512],
    ["a private 2-byte", 65010],
    ["the last private 2-byte", 65534],
    ["the first private 4-byte", 4200000000],
    ["a private 4-byte", 4200000001],
    ["the last private 4-byte", 4294967294],
  ])("advises against %s peer ASN (%d) on a Microsoft peering", (_what, peerAsn) => {
    const f = expectOnly(run(microsoftPeeringPrivateAsn, microsoftModel({ peerAsn })), {
      ruleId,
      severity: "advisory",
      path: "microsoftPeering.peerASN",
      resource: CIRCUIT,
    });
    expect(f.unverifiable).toBeUndefined();
    expectValueShows(f, peerAsn);
  });

  it.each([
    ["a private 2-byte", 65010],
    ["a private 4-byte", 4200000000],
  ])("advises against %s customer ASN (%d) on a Microsoft peering, not refuses it", (_what, customerAsn) => {
    const m = microsoftModel({ microsoft: microsoftConfig({ customerAsn }) });
    const f = expectOnly(run(microsoftPeeringPrivateAsn, m), {
      ruleId,
      severity: "advisory",
      path: "microsoftPeering.microsoftPeeringConfig.customerASN",
      resource: CIRCUIT,
    });
    expectValueShows(f, customerAsn);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = microsoftModel({
      origin: {
        resource: CIRCUIT,
        path: "microsoftPeering",
        fields: { peerASN: "microsoftPeering.peerAsn" },
      },
      peerAsn: 65010,
    });
    expectOnly(run(microsoftPeeringPrivateAsn, m), {
      ruleId,
      severity: "advisory",
      path: "microsoftPeering.peerAsn",
    });
  });

  it("reports an unknown peer ASN on a Microsoft peering as unverifiable", () => {
    expectOnlyUnverifiable(
      run(microsoftPeeringPrivateAsn, microsoftModel({ peerAsn: UNKNOWN })),
      ruleId,
      "microsoftPeering.peerASN",
      CIRCUIT,
    );
  });
});
