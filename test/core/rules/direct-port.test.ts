import { UNKNOWN } from "../../../lib/core/model";
import { directPort } from "../../../lib/core/rules/direct-port";
import {
  PORT,
  VALID_MODELS,
  directModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  portLink,
  run,
} from "./fixtures";

const ruleId = "direct-port-valid";

describe("direct-port-valid", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directPort, m)).toEqual([]);
  });

  it.each([
    ["a 100 Gbps QinQ port", { bandwidthInGbps: 100, encapsulation: "QinQ" }],
    ["a port at a peering location named without its facility", { peeringLocation: "Amsterdam" }],
    ["a port at a London facility", { peeringLocation: "Equinix-London-LD5" }],
    ["a port whose links are not given", { links: undefined }],
    [
      "a new port whose links are both Disabled until the cross-connects exist",
      { links: [portLink({ adminState: "Disabled" }), portLink({ adminState: "Disabled" })] },
    ],
    [
      "a port whose links leave the admin state to Azure",
      { links: [portLink({ adminState: undefined }), portLink()] },
    ],
    ["a port at a Digital Realty (Interxion) facility", { peeringLocation: "Interxion-Amsterdam-AMS8" }],
  ])("accepts %s", (_what, overrides) => {
    expect(run(directPort, directModel(overrides))).toEqual([]);
  });

  it.each([
    {
      what: "a port speed that is not offered",
      port: { bandwidthInGbps: 40 },
      path: "bandwidthInGbps",
      bad: 40,
    },
    {
      what: "a port without a speed",
      port: { bandwidthInGbps: undefined },
      path: "bandwidthInGbps",
      bad: undefined,
    },
    {
      what: "an encapsulation that is not offered",
      port: { encapsulation: "Dot1AD" },
      path: "encapsulation",
      bad: "Dot1AD",
    },
    {
      what: "a port without an encapsulation",
      port: { encapsulation: undefined },
      path: "encapsulation",
      bad: undefined,
    },
    {
      what: "a port without a peering location",
      port: { peeringLocation: undefined },
      path: "peeringLocation",
      bad: undefined,
    },
    {
      what: "a port at a peering location that offers no Direct",
      port: { peeringLocation: "Marseille" },
      path: "peeringLocation",
      bad: "Marseille",
    },
    {
      what: "a port at a facility in a metro that offers no Direct",
      port: { peeringLocation: "Interxion-Marseille-MRS1" },
      path: "peeringLocation",
      bad: "Interxion-Marseille-MRS1",
    },
    { what: "a port with a single link", port: { links: [portLink()] }, path: "links", bad: "1" },
    {
      what: "a port with three links",
      port: { links: [portLink(), portLink(), portLink()] },
      path: "links",
      bad: "3",
    },
    {
      what: "a link admin state that is neither Enabled nor Disabled",
      port: { links: [portLink(), portLink({ adminState: "Up" })] },
      path: "links[1].adminState",
      bad: "Up",
    },
  ])("rejects $what", ({ port, path, bad }) => {
    const f = expectOnly(run(directPort, directModel(port)), {
      ruleId,
      severity: "mandatory",
      path,
      resource: PORT,
    });
    expectValueShows(f, bad);
  });

  it.each([
    ["a 400 Gbps port, leaving the enrolment advice to direct-port-400g-enrolment", { bandwidthInGbps: 400 }],
    [
      "a facility in no metro of the catalog, leaving the advice to direct-port-location-known",
      { peeringLocation: "Nowhere-Facility-XY1" },
    ],
  ])("accepts %s", (_what, overrides) => {
    expect(run(directPort, directModel(overrides))).toEqual([]);
  });

  it("reports the properties as the user wrote them when the origin maps the fields", () => {
    const m = directModel({
      origin: {
        resource: PORT,
        fields: { "links[1].adminState": "linksEnabled", encapsulation: "port.encap" },
      },
      encapsulation: "VLAN",
      links: [portLink(), portLink({ adminState: "Off" })],
    });
    expect(run(directPort, m).map((f) => [f.path, f.severity])).toEqual([
      ["port.encap", "mandatory"],
      ["linksEnabled", "mandatory"],
    ]);
  });

  it("maps an element's path through an override of its parent field", () => {
    const m = directModel({
      origin: { resource: PORT, fields: { links: "ports[0].links" } },
      links: [portLink({ adminState: "Off" }), portLink()],
    });
    expectOnly(run(directPort, m), { ruleId, severity: "mandatory", path: "ports[0].links[0].adminState" });
  });

  it.each([
    { field: "bandwidthInGbps", port: { bandwidthInGbps: UNKNOWN } },
    { field: "encapsulation", port: { encapsulation: UNKNOWN } },
    { field: "peeringLocation", port: { peeringLocation: UNKNOWN } },
    { field: "links", port: { links: UNKNOWN } },
    { field: "links[0].adminState", port: { links: [portLink({ adminState: UNKNOWN }), portLink()] } },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, port }) => {
    expectOnlyUnverifiable(run(directPort, directModel(port)), ruleId, field, PORT);
  });
});
