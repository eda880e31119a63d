import { UNKNOWN } from "../../../lib/core/model";
import { circuitReachesGateway } from "../../../lib/core/rules/circuit-reaches-gateway";
import {
  CONNECTION,
  DIRECT_CIRCUIT,
  GATEWAY,
  VALID_MODELS,
  connection,
  directCircuit,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gateway,
  gatewayModel,
  model,
  port,
  provider,
  run,
  sku,
  vnet,
} from "./fixtures";

const ruleId = "circuit-reaches-gateway";
const path = "virtualNetworkGateway1.id";
const STANDARD = sku();
const PREMIUM = sku({ tier: "Premium", name: "Premium_MeteredData" });
const LOCAL = sku({ tier: "Local", family: "UnlimitedData", name: "Local_UnlimitedData" });

/** The Amsterdam circuit of this SKU linked to a gateway in `location`. */
function linkTo(location: unknown, circuitSku = STANDARD, peeringLocation = "Amsterdam") {
  return gatewayModel({
    circuit: { sku: circuitSku, provider: provider({ peeringLocation }) },
    gateway: { location: location as string },
  });
}

/** A Direct circuit of this SKU at Equinix-Amsterdam-AM5 linked to a gateway in `location`. */
function directLinkTo(location: string, circuitSku = STANDARD) {
  return model({
    circuits: [directCircuit({ sku: circuitSku })],
    ports: [port()],
    vnets: [vnet()],
    gateways: [gateway({ location })],
    connections: [connection({ circuitKey: DIRECT_CIRCUIT })],
  });
}

describe("circuit-reaches-gateway", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(circuitReachesGateway, m)).toEqual([]);
  });

  it.each([
    ["a Standard circuit at Amsterdam", "westeurope", STANDARD],
    ["a Standard circuit at Amsterdam", "northeurope", STANDARD],
    ["a Standard circuit at Amsterdam", "uksouth", STANDARD],
    ["a Standard circuit at Amsterdam", "North Europe", STANDARD],
    ["a Premium circuit at Amsterdam", "eastus", PREMIUM],
    ["a Premium circuit at Amsterdam", "japaneast", PREMIUM],
    ["a Local circuit at Amsterdam", "westeurope", LOCAL],
    ["a Local circuit at Amsterdam", "West Europe", LOCAL],
  ])("accepts %s linked to a gateway in %s", (_what, location, circuitSku) => {
    expect(run(circuitReachesGateway, linkTo(location, circuitSku))).toEqual([]);
  });

  it("accepts a Local circuit at Washington DC linked to a gateway in its second Local region eastus2", () => {
    expect(run(circuitReachesGateway, linkTo("eastus2", LOCAL, "Washington DC"))).toEqual([]);
  });

  it("accepts a Standard Direct circuit at Equinix-Amsterdam-AM5 linked to a gateway in northeurope", () => {
    expect(run(circuitReachesGateway, directLinkTo("northeurope"))).toEqual([]);
  });

  it.each([
    ["a Standard circuit at Amsterdam", "eastus", STANDARD],
    ["a Standard circuit at Amsterdam", "East US", STANDARD],
    ["a Standard circuit at Amsterdam", "westus2", STANDARD],
    ["a Local circuit at Amsterdam", "northeurope", LOCAL],
    ["a Local circuit at Amsterdam", "uksouth", LOCAL],
    ["a Local circuit at Amsterdam", "eastus", LOCAL],
  ])("rejects %s linked to a gateway in %s", (_what, location, circuitSku) => {
    const f = expectOnly(run(circuitReachesGateway, linkTo(location, circuitSku)), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CONNECTION,
    });
    expectValueShows(f, location);
  });

  it.each([
    ["a Premium public-cloud circuit", "usgovvirginia", PREMIUM, "westeurope", "Amsterdam"],
    ["a Standard public-cloud circuit", "chinanorth3", STANDARD, "westeurope", "Amsterdam"],
    ["a Premium US Government circuit", "eastus", PREMIUM, "usgovvirginia", "Washington DC"],
    ["a Standard China circuit", "westeurope", STANDARD, "chinanorth2", "Beijing"],
  ])("refuses %s linked to a gateway in %s: no tier crosses clouds", (_what, gw, circuitSku, region, loc) => {
    const m = gatewayModel({
      circuit: { sku: circuitSku, location: region, provider: provider({ peeringLocation: loc }) },
      gateway: { location: gw },
    });
    const f = expectOnly(run(circuitReachesGateway, m), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CONNECTION,
    });
    expect(f.message).toContain("across clouds");
  });

  it("accepts a US Government circuit at Washington DC linked to a gateway in usgovvirginia", () => {
    const m = gatewayModel({
      circuit: { location: "usgovvirginia", provider: provider({ peeringLocation: "Washington DC" }) },
      gateway: { location: "usgovtexas" },
    });
    expect(run(circuitReachesGateway, m)).toEqual([]);
  });

  it("names the circuit's Local region when a Local circuit links a gateway elsewhere", () => {
    const [f] = run(circuitReachesGateway, linkTo("northeurope", LOCAL));
    expect(f.allowed).toContain("westeurope");
  });

  it("rejects a Standard Direct circuit at Equinix-Amsterdam-AM5 linked to a gateway in eastus", () => {
    const f = expectOnly(run(circuitReachesGateway, directLinkTo("eastus")), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CONNECTION,
    });
    expectValueShows(f, "eastus");
  });

  it.each([
    ["a gateway region missing from the catalog", linkTo("marsnorth")],
    ["a gateway without a region", linkTo(undefined)],
    ["a circuit at a peering location missing from the catalog", linkTo("eastus", STANDARD, "Atlantis")],
    ["a circuit of a tier Azure does not offer", linkTo("eastus", sku({ tier: "Gold" }))],
  ])("says nothing about %s", (_what, m) => {
    expect(run(circuitReachesGateway, m)).toEqual([]);
  });

  it("cannot verify a link from a circuit whose tier is unknown at preview", () => {
    expectOnlyUnverifiable(
      run(circuitReachesGateway, linkTo("eastus", sku({ tier: UNKNOWN }))),
      "circuit-reaches-gateway",
      "sku.tier",
    );
  });

  it("says nothing about a connection to a circuit or gateway outside the model", () => {
    expect(
      run(
        circuitReachesGateway,
        gatewayModel({ connection: { circuitKey: "other-circuit" }, gateway: { location: "eastus" } }),
      ),
    ).toEqual([]);
    expect(run(circuitReachesGateway, gatewayModel({ connection: { gatewayKey: "other-gateway" } }))).toEqual(
      [],
    );
  });

  it("skips a circuit declared outside the model", () => {
    const m = gatewayModel({ circuit: { external: true }, gateway: { location: "eastus" } });
    expect(run(circuitReachesGateway, m)).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({
      gateway: { location: "eastus" },
      connection: {
        origin: { resource: CONNECTION, path: "links[0]", fields: { [path]: "links[0].gateway" } },
      },
    });
    expectOnly(run(circuitReachesGateway, m), { ruleId, severity: "mandatory", path: "links[0].gateway" });
  });

  it.each([STANDARD, LOCAL])(
    "reports an unknown gateway region as unverifiable for a $tier circuit",
    (circuitSku) => {
      expectOnlyUnverifiable(
        run(circuitReachesGateway, linkTo(UNKNOWN, circuitSku)),
        ruleId,
        "location",
        GATEWAY,
      );
    },
  );
});
