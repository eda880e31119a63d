import { UNKNOWN, type CircuitModel, type TopologyModel } from "../../../lib/core/model";
import { circuitVnetLinkLimit } from "../../../lib/core/rules/circuit-vnet-link-limit";
import {
  CIRCUIT,
  DIRECT_CIRCUIT,
  LONDON_CIRCUIT,
  VALID_MODELS,
  circuit,
  connections,
  directCircuit,
  directProperties,
  expectOnly,
  expectOnlyUnverifiable,
  gatewayModel,
  globalReach,
  londonCircuit,
  model,
  port,
  provider,
  run,
  sku,
} from "./fixtures";

const ruleId = "circuit-vnet-link-limit";
const PREMIUM = sku({ tier: "Premium", name: "Premium_MeteredData" });
const LOCAL = sku({ tier: "Local", family: "UnlimitedData", name: "Local_UnlimitedData" });

/** The Amsterdam circuit (with these overrides) with `links` VNet links and `reach` Global Reach connections. */
function linked(links: number, reach = 0, overrides: Partial<CircuitModel> = {}): TopologyModel {
  return model({
    circuits: [circuit(overrides), londonCircuit()],
    connections: connections(links),
    globalReach: Array.from({ length: reach }, (_, i) =>
      globalReach({ key: `gr-${i}`, origin: { resource: `gr-${i}` }, addressPrefix: `10.200.0.${8 * i}/29` }),
    ),
  });
}

describe("circuit-vnet-link-limit", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(circuitVnetLinkLimit, m)).toEqual([]);
  });

  it.each([
    { what: "10 VNet links on a Standard circuit", m: linked(10) },
    { what: "9 VNet links and 1 Global Reach connection on a Standard circuit", m: linked(9, 1) },
    { what: "10 VNet links on a Local circuit", m: linked(10, 0, { sku: LOCAL }) },
    { what: "50 VNet links on a Premium 1000 Mbps circuit", m: linked(50, 0, { sku: PREMIUM }) },
    {
      what: "49 VNet links and 1 Global Reach connection on a Premium 1000 Mbps circuit",
      m: linked(49, 1, { sku: PREMIUM }),
    },
    {
      what: "20 VNet links on a Premium 50 Mbps circuit",
      m: linked(20, 0, { sku: PREMIUM, provider: provider({ bandwidthInMbps: 50 }) }),
    },
    {
      what: "100 VNet links on a Premium 10 Gbps circuit",
      m: linked(100, 0, { sku: PREMIUM, provider: provider({ bandwidthInMbps: 10000 }) }),
    },
    { what: "a circuit without any link", m: linked(0) },
  ])("accepts $what", ({ m }) => {
    expect(run(circuitVnetLinkLimit, m)).toEqual([]);
  });

  it.each([
    { what: "11 VNet links on a Standard circuit", m: linked(11), limit: 10 },
    {
      what: "10 VNet links and 1 Global Reach connection on a Standard circuit",
      m: linked(10, 1),
      limit: 10,
    },
    { what: "11 VNet links on a Local circuit", m: linked(11, 0, { sku: LOCAL }), limit: 10 },
    {
      what: "11 VNet links on a Standard 10 Gbps circuit",
      m: linked(11, 0, { provider: provider({ bandwidthInMbps: 10000 }) }),
      limit: 10,
    },
    { what: "51 VNet links on a Premium 1000 Mbps circuit", m: linked(51, 0, { sku: PREMIUM }), limit: 50 },
    {
      what: "50 VNet links and 1 Global Reach connection on a Premium 1000 Mbps circuit",
      m: linked(50, 1, { sku: PREMIUM }),
      limit: 50,
    },
    {
      what: "21 VNet links on a Premium 50 Mbps circuit",
      m: linked(21, 0, { sku: PREMIUM, provider: provider({ bandwidthInMbps: 50 }) }),
      limit: 20,
    },
  ])("rejects $what", ({ m, limit }) => {
    const f = expectOnly(run(circuitVnetLinkLimit, m), {
      ruleId,
      severity: "mandatory",
      path: "sku.tier",
      resource: CIRCUIT,
    });
    expect(f.allowed).toContain(`at most ${limit}`);
  });

  it("counts a Global Reach connection against the peer circuit too", () => {
    const m = model({
      circuits: [circuit(), londonCircuit()],
      connections: connections(10, () => LONDON_CIRCUIT),
      globalReach: [globalReach()],
    });
    expectOnly(run(circuitVnetLinkLimit, m), {
      ruleId,
      severity: "mandatory",
      path: "sku.tier",
      resource: LONDON_CIRCUIT,
    });
  });

  it("rejects 76 VNet links on a Premium 5 Gbps Direct circuit", () => {
    const m = model({
      circuits: [directCircuit({ sku: PREMIUM, direct: directProperties({ bandwidthInGbps: 5 }) })],
      ports: [port()],
      connections: connections(76, () => DIRECT_CIRCUIT),
    });
    const f = expectOnly(run(circuitVnetLinkLimit, m), {
      ruleId,
      severity: "mandatory",
      path: "sku.tier",
      resource: DIRECT_CIRCUIT,
    });
    expect(f.allowed).toContain("at most 75");
  });

  it("skips a circuit declared outside the model", () => {
    expect(run(circuitVnetLinkLimit, linked(11, 1, { external: true }))).toEqual([]);
  });

  it("says nothing when the circuit's bandwidth is unknown", () => {
    expect(
      run(circuitVnetLinkLimit, linked(11, 0, { provider: provider({ bandwidthInMbps: UNKNOWN }) })),
    ).toEqual([]);
  });

  it("reports an unknown tier of a linked circuit as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(circuitVnetLinkLimit, linked(11, 0, { sku: sku({ tier: UNKNOWN }) })),
      ruleId,
      "sku.tier",
      CIRCUIT,
    );
  });

  it("does not need the tier of a circuit without links", () => {
    expect(run(circuitVnetLinkLimit, linked(0, 0, { sku: sku({ tier: UNKNOWN }) }))).toEqual([]);
  });
});

describe("circuit-vnet-link-limit with a circuit unknown at preview", () => {
  it("cannot verify (advisory) a VNet link whose circuit is only known at deploy time", () => {
    const findings = run(circuitVnetLinkLimit, gatewayModel({ connection: { circuitKey: UNKNOWN } }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "circuit-vnet-link-limit",
        severity: "advisory",
        unverifiable: true,
        path: "peer.id",
      }),
    ]);
  });
});
