import { UNKNOWN } from "../../../lib/core/model";
import { globalReachCircuits } from "../../../lib/core/rules/global-reach-circuits";
import {
  CIRCUIT,
  GLOBAL_REACH,
  LONDON_CIRCUIT,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  globalReach,
  globalReachModel,
  microsoftPeering,
  provider,
  run,
  sku,
} from "./fixtures";

const ruleId = "global-reach-circuits";
const LOCAL_PATH = "expressRouteCircuitPeering.id";
const PEER_PATH = "peerExpressRouteCircuitPeering.id";
const PREMIUM = sku({ tier: "Premium", name: "Premium_MeteredData" });
const LOCAL = sku({ tier: "Local", family: "UnlimitedData", name: "Local_UnlimitedData" });
const AT_WASHINGTON = { provider: provider({ peeringLocation: "Washington DC" }) };

describe("global-reach-circuits", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(globalReachCircuits, m)).toEqual([]);
  });

  it.each([
    [
      "circuits at Amsterdam and Amsterdam2, two locations of one metro",
      { provider: provider({ peeringLocation: "Amsterdam2" }) },
    ],
    [
      "Standard circuits at Amsterdam and Frankfurt, both in Europe",
      { provider: provider({ peeringLocation: "Frankfurt" }) },
    ],
    ["a Standard and a Premium circuit in one geopolitical region", { sku: PREMIUM }],
  ])("accepts %s", (_what, london) => {
    expect(run(globalReachCircuits, globalReachModel({ london }))).toEqual([]);
  });

  it("accepts Amsterdam and Washington DC, across geopolitical regions, when both are Premium", () => {
    const m = globalReachModel({ circuit: { sku: PREMIUM }, london: { ...AT_WASHINGTON, sku: PREMIUM } });
    expect(run(globalReachCircuits, m)).toEqual([]);
  });

  it("accepts a connection to a circuit outside the model, which it cannot check", () => {
    const m = globalReachModel({
      globalReach: { peerCircuitKey: "/subscriptions/0/.../expressRouteCircuits/other" },
    });
    expect(run(globalReachCircuits, m)).toEqual([]);
  });

  it("does not require the private peering of a circuit declared outside the model", () => {
    const m = globalReachModel({ london: { external: true, peerings: [] } });
    expect(run(globalReachCircuits, m)).toEqual([]);
  });

  it.each([
    {
      what: "the peer circuit has no private peering",
      parts: { london: { peerings: [] } },
      path: PEER_PATH,
      bad: LONDON_CIRCUIT,
    },
    {
      what: "the peer circuit has only a Microsoft peering",
      parts: {
        london: {
          peerings: [microsoftPeering({ key: "lon:MicrosoftPeering", origin: { resource: LONDON_CIRCUIT } })],
        },
      },
      path: PEER_PATH,
      bad: LONDON_CIRCUIT,
    },
    {
      what: "the circuit it is configured on has no private peering",
      parts: { circuit: { peerings: [] } },
      path: LOCAL_PATH,
      bad: CIRCUIT,
    },
    {
      what: "the peer circuit is ExpressRoute Local",
      parts: { london: { sku: LOCAL } },
      path: PEER_PATH,
      bad: LONDON_CIRCUIT,
    },
    {
      what: "the circuit it is configured on is ExpressRoute Local",
      parts: { circuit: { sku: LOCAL } },
      path: LOCAL_PATH,
      bad: CIRCUIT,
    },
    {
      what: "both circuits are at the same peering location",
      parts: { london: { provider: provider({ peeringLocation: "Amsterdam" }) } },
      path: PEER_PATH,
      bad: `${CIRCUIT} and ${LONDON_CIRCUIT}`,
    },
    {
      what: "both circuits are at the same peering location written in another case",
      parts: { london: { provider: provider({ peeringLocation: "amsterdam" }) } },
      path: PEER_PATH,
      bad: `${CIRCUIT} and ${LONDON_CIRCUIT}`,
    },
    {
      what: "both circuits are Standard, at Amsterdam and Washington DC in different geopolitical regions",
      parts: { london: AT_WASHINGTON },
      path: PEER_PATH,
      bad: `${LONDON_CIRCUIT} (Standard)`,
    },
    {
      what: "only the Amsterdam circuit is Premium, the other being at Washington DC in another geopolitical region",
      parts: { circuit: { sku: PREMIUM }, london: AT_WASHINGTON },
      path: PEER_PATH,
      bad: `${LONDON_CIRCUIT} (Standard)`,
    },
    {
      what: "only the Washington DC circuit is Premium, the other being at Amsterdam in another geopolitical region",
      parts: { london: { ...AT_WASHINGTON, sku: PREMIUM } },
      path: PEER_PATH,
      bad: `${CIRCUIT} (Standard)`,
    },
  ])("rejects a connection where $what", ({ parts, path, bad }) => {
    const f = expectOnly(run(globalReachCircuits, globalReachModel(parts)), {
      ruleId,
      severity: "mandatory",
      path,
      resource: GLOBAL_REACH,
    });
    expectValueShows(f, bad);
  });

  it("rejects both sides when neither circuit has a private peering", () => {
    const m = globalReachModel({ circuit: { peerings: [] }, london: { peerings: [] } });
    expect(run(globalReachCircuits, m).map((f) => [f.path, f.severity])).toEqual([
      [LOCAL_PATH, "mandatory"],
      [PEER_PATH, "mandatory"],
    ]);
  });

  it("rejects a pair configured again on the other side, on the second connection", () => {
    const m = globalReachModel();
    const reverse = globalReach({
      key: "lon:global-reach:ams",
      origin: { resource: "lon:global-reach:ams" },
      circuitKey: LONDON_CIRCUIT,
      peerCircuitKey: CIRCUIT,
      addressPrefix: "10.200.0.8/29",
    });
    const f = expectOnly(
      run(globalReachCircuits, { ...m, globalReach: [...(m.globalReach ?? []), reverse] }),
      {
        ruleId,
        severity: "mandatory",
        path: PEER_PATH,
        resource: "lon:global-reach:ams",
      },
    );
    expectValueShows(f, `${CIRCUIT} <-> ${LONDON_CIRCUIT}`);
    expect(f.message).toContain(GLOBAL_REACH);
  });

  it("rejects a pair configured twice on the same side", () => {
    const m = globalReachModel();
    const again = globalReach({
      key: "again",
      origin: { resource: "again" },
      addressPrefix: "10.200.0.8/29",
    });
    expectOnly(run(globalReachCircuits, { ...m, globalReach: [...(m.globalReach ?? []), again] }), {
      ruleId,
      severity: "mandatory",
      path: PEER_PATH,
      resource: "again",
    });
  });

  it("rejects a circuit connected to itself", () => {
    const f = expectOnly(
      run(globalReachCircuits, globalReachModel({ globalReach: { peerCircuitKey: CIRCUIT } })),
      {
        ruleId,
        severity: "mandatory",
        path: PEER_PATH,
        resource: GLOBAL_REACH,
      },
    );
    expectValueShows(f, CIRCUIT);
  });

  it.each([
    { what: "the circuit's peering", gr: { circuitKey: undefined }, path: LOCAL_PATH },
    { what: "the peer circuit's peering", gr: { peerCircuitKey: undefined }, path: PEER_PATH },
  ])("rejects a connection that does not name $what", ({ gr, path }) => {
    const f = expectOnly(run(globalReachCircuits, globalReachModel({ globalReach: gr })), {
      ruleId,
      severity: "mandatory",
      path,
      resource: GLOBAL_REACH,
    });
    expectValueShows(f, undefined);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = globalReachModel({
      globalReach: { origin: { resource: GLOBAL_REACH, fields: { [PEER_PATH]: "peerCircuit" } } },
      london: { sku: LOCAL },
    });
    expectOnly(run(globalReachCircuits, m), { ruleId, severity: "mandatory", path: "peerCircuit" });
  });

  it.each([
    { field: LOCAL_PATH, gr: { circuitKey: UNKNOWN } },
    { field: PEER_PATH, gr: { peerCircuitKey: UNKNOWN } },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, gr }) => {
    expectOnlyUnverifiable(
      run(globalReachCircuits, globalReachModel({ globalReach: gr })),
      ruleId,
      field,
      GLOBAL_REACH,
    );
  });

  it("reports an unknown tier across geopolitical regions as unverifiable, never as a violation", () => {
    const m = globalReachModel({ circuit: { sku: sku({ tier: UNKNOWN }) }, london: AT_WASHINGTON });
    expectOnlyUnverifiable(run(globalReachCircuits, m), ruleId, PEER_PATH, GLOBAL_REACH);
  });

  it("does not need the tier within one geopolitical region", () => {
    expect(run(globalReachCircuits, globalReachModel({ circuit: { sku: sku({ tier: UNKNOWN }) } }))).toEqual(
      [],
    );
  });
});
