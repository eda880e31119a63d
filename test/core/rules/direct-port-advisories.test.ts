import { UNKNOWN } from "../../../lib/core/model";
import { directPortEnrolment, directPortLocationKnown, directPortMacsecXpn } from "../../../lib/core/rules";
import {
  PORT,
  VALID_MODELS,
  directModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  macSec,
  portLink,
  run,
} from "./fixtures";

describe("direct-port-400g-enrolment", () => {
  const ruleId = "direct-port-400g-enrolment";

  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directPortEnrolment, m)).toEqual([]);
  });

  it.each([10, 100])("accepts a %d Gbps port, which needs no enrolment", (bandwidthInGbps) => {
    expect(run(directPortEnrolment, directModel({ bandwidthInGbps }))).toEqual([]);
  });

  it.each([
    ["a port speed that is not offered", 40],
    ["a port without a speed", undefined],
  ])("leaves %s to direct-port-valid", (_what, bandwidthInGbps) => {
    expect(run(directPortEnrolment, directModel({ bandwidthInGbps }))).toEqual([]);
  });

  it("advises that a 400 Gbps port needs an enrolled subscription", () => {
    const f = expectOnly(run(directPortEnrolment, directModel({ bandwidthInGbps: 400 })), {
      ruleId,
      severity: "advisory",
      path: "bandwidthInGbps",
      resource: PORT,
    });
    expect(f.unverifiable).toBeUndefined();
    expectValueShows(f, 400);
  });

  it("reports an unknown port speed as unverifiable", () => {
    expectOnlyUnverifiable(
      run(directPortEnrolment, directModel({ bandwidthInGbps: UNKNOWN })),
      ruleId,
      "bandwidthInGbps",
      PORT,
    );
  });
});

describe("direct-port-location-known", () => {
  const ruleId = "direct-port-location-known";

  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directPortLocationKnown, m)).toEqual([]);
  });

  it.each([
    ["a facility in the London metro", "Equinix-London-LD5"],
    ["a peering location named without its facility", "Amsterdam"],
    [
      "a facility in a metro that offers no Direct (direct-port-valid rejects it)",
      "Interxion-Marseille-MRS1",
    ],
  ])("accepts %s", (_what, peeringLocation) => {
    expect(run(directPortLocationKnown, directModel({ peeringLocation }))).toEqual([]);
  });

  it.each([
    ["an unset peering location", undefined],
    ["an unknown peering location", UNKNOWN],
  ])("says nothing about %s", (_what, peeringLocation) => {
    expect(run(directPortLocationKnown, directModel({ peeringLocation }))).toEqual([]);
  });

  it("advises when the port's facility is in no metro of the catalog", () => {
    const f = expectOnly(
      run(directPortLocationKnown, directModel({ peeringLocation: "Nowhere-Facility-XY1" })),
      {
        ruleId,
        severity: "advisory",
        path: "peeringLocation",
        resource: PORT,
      },
    );
    expect(f.unverifiable).toBeUndefined();
    expectValueShows(f, "Nowhere-Facility-XY1");
  });
});

describe("direct-port-macsec-xpn", () => {
  const ruleId = "direct-port-macsec-xpn";

  /** A port whose first link has these MACsec settings; the second link stays valid. */
  function firstLinkMacSec(overrides: Parameters<typeof macSec>[0]) {
    return directModel({ links: [portLink({ macSec: macSec(overrides) }), portLink()] });
  }

  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directPortMacsecXpn, m)).toEqual([]);
  });

  it.each(["GcmAesXpn128", "GcmAesXpn256"])("accepts the XPN cipher %s", (cipher) => {
    expect(run(directPortMacsecXpn, firstLinkMacSec({ cipher }))).toEqual([]);
  });

  it("accepts links without MACsec", () => {
    const m = directModel({ links: [portLink({ macSec: undefined }), portLink({ macSec: undefined })] });
    expect(run(directPortMacsecXpn, m)).toEqual([]);
  });

  it.each([
    ["an unsupported cipher", "Aes128Cbc"],
    ["an unset cipher", undefined],
    ["an unknown cipher", UNKNOWN],
  ])("leaves %s to direct-port-macsec", (_what, cipher) => {
    expect(run(directPortMacsecXpn, firstLinkMacSec({ cipher }))).toEqual([]);
  });

  it.each(["GcmAes128", "GcmAes256"])("advises an XPN cipher instead of %s", (cipher) => {
    const f = expectOnly(run(directPortMacsecXpn, firstLinkMacSec({ cipher })), {
      ruleId,
      severity: "advisory",
      path: "links[0].macSecConfig.cipher",
      resource: PORT,
    });
    expect(f.unverifiable).toBeUndefined();
    expectValueShows(f, cipher);
  });

  it("advises on each link with a non-XPN cipher", () => {
    const m = directModel({
      links: [
        portLink({ macSec: macSec({ cipher: "GcmAes128" }) }),
        portLink({ macSec: macSec({ cipher: "GcmAes256" }) }),
      ],
    });
    expect(run(directPortMacsecXpn, m).map((f) => [f.path, f.severity])).toEqual([
      ["links[0].macSecConfig.cipher", "advisory"],
      ["links[1].macSecConfig.cipher", "advisory"],
    ]);
  });

  it("reports unknown links as unverifiable", () => {
    expectOnlyUnverifiable(run(directPortMacsecXpn, directModel({ links: UNKNOWN })), ruleId, "links", PORT);
  });
});
