import * as pulumi from "@pulumi/pulumi";
import {
  DirectPort,
  ExpressRouteGateway,
  GlobalReachMesh,
  MaximumResiliency,
  RedundantCircuit,
  type MaximumResiliencyArgs,
  type RedundantCircuitArgs,
} from "../../lib";
import { ofType, recordResources, settled } from "../support/mock-runtime";
import { rejection, resourcesOfRefused } from "../support/refusals";

// Issue 8: a component refuses bad input in the error recipe, naming the argument as written, before it
// registers anything; it never crashes with a TypeError, and never accepts what the pack then fails.
const recorded = recordResources();

let next = 0;
const base = (): RedundantCircuitArgs => ({
  resourceGroupName: "rg-er",
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${next++}.0/29` },
});

/** Arguments JavaScript code could pass, whatever the TypeScript declarations say. */
const hostile = (o: Record<string, unknown>) => ({ ...base(), ...o }) as unknown as RedundantCircuitArgs;

describe("wrong JavaScript types are refused in the error recipe, before anything is registered", () => {
  it.each([
    [
      "a number where a string is expected",
      { peeringLocation: 42 },
      "peeringLocation",
      /Expected a non-empty string, got a number\./,
    ],
    [
      "a peering that is not an object",
      { privatePeering: "192.168.0.0/29" },
      "privatePeering",
      /Expected an object, got a string\./,
    ],
    [
      "a BigInt bandwidth",
      { bandwidthInMbps: 1000n },
      "bandwidthInMbps",
      /Expected a number, got a BigInt\./,
    ],
    [
      "authorizations given as a string",
      { authorizations: "spoke-a" },
      "authorizations",
      /Expected a list of/,
    ],
    ["authorizations given as a number", { authorizations: 3 }, "authorizations", /Expected a list of/],
    [
      "a resource group name with a slash (it would become two segments of every id)",
      { resourceGroupName: "rg/other" },
      "resourceGroupName",
      /An Azure resource name cannot hold the characters ARM ids reserve\./,
    ],
    [
      "an empty authorization name",
      { authorizations: ["spoke-a", ""] },
      "authorizations[1]",
      /The name is empty\./,
    ],
    [
      "an authorization named twice",
      { authorizations: ["spoke-a", "Spoke-A"] },
      "authorizations[1]",
      /already authorizations\[0\]/,
    ],
    [
      "a peering location with a trailing space",
      { peeringLocation: "Amsterdam " },
      "peeringLocation",
      /spaces at its start or end/,
    ],
    [
      "a peering location with a control character",
      { peeringLocation: "Amster\ndam" },
      "peeringLocation",
      /a control character/,
    ],
    ["tags that are not strings", { tags: { team: 7 } }, "tags.team", /Expected a string, got a number\./],
    [
      "a NaN VLAN",
      { privatePeering: { peerAsn: 65010, vlanId: NaN, peerAddressPrefix: "10.9.0.0/29" } },
      "privatePeering.vlanId",
      /got NaN/,
    ],
  ])("%s", async (_what, override, path, message) => {
    const name = `typed-${next++}`;
    const error = rejection(() => new RedundantCircuit(name, hostile(override)));
    expect(error.findings).toEqual([expect.objectContaining({ ruleId: "argument-type", path })]);
    expect(error.findings[0].message).toMatch(message);
    expect(error.message).toContain(`RedundantCircuit "${name}"`);
    expect(recorded.some((r) => r.name === name)).toBe(false); // not even the component itself
  });

  it.each([
    ["no arguments at all", undefined],
    ["null arguments", null],
    ["a list for arguments", []],
  ])("refuses %s", (_what, args) => {
    const error = rejection(() => new RedundantCircuit("no-args", args as unknown as RedundantCircuitArgs));
    expect(error.findings.map((f) => f.ruleId)).toEqual(["argument-type"]);
    expect(error.findings[0].message).toMatch(
      /Expected an object, got (nothing \(undefined\)|null|a list)\./,
    );
  });

  it.each([
    ["Standard", 11, 10],
    ["Premium", 50_000, 50],
  ] as const)(
    "refuses more authorizations than a %s 1 Gbps circuit accepts connections (%i)",
    (tier, count, limit) => {
      const name = `many-auth-${next++}`;
      const authorizations = Array.from({ length: count }, (_, i) => `spoke-${i}`);
      const error = rejection(() => new RedundantCircuit(name, { ...base(), skuTier: tier, authorizations }));
      expect(error.findings).toEqual([
        expect.objectContaining({
          ruleId: "circuit-authorization-limit",
          path: "authorizations",
          allowed: `at most ${limit}`,
        }),
      ]);
      expect(recorded.some((r) => r.name.startsWith(name))).toBe(false);
    },
  );

  it("refuses a component name that is not a string", () => {
    const error = rejection(() => new RedundantCircuit(7 as unknown as string, base()));
    expect(error.findings[0]).toMatchObject({ ruleId: "argument-type", path: "name" });
  });

  it("accepts arguments in an object without a prototype", async () => {
    const args = Object.assign(Object.create(null), base()) as RedundantCircuitArgs;
    const c = new RedundantCircuit("no-prototype", args);
    await settled(c);
    expect(ofType(recorded, "network:ExpressRouteCircuit", "no-prototype-")).toHaveLength(1);
  });

  it("sends tags given in an object without a prototype (the SDK would never finish serializing them)", async () => {
    const tags = Object.assign(Object.create(null), { team: "network" }) as Record<string, string>;
    const c = new RedundantCircuit("bare-tags", { ...base(), tags });
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "bare-tags-");
    expect(circuit.inputs.tags).toEqual({ team: "network" });
  });

  it("refuses a list with a hole, naming the empty place", () => {
    // eslint-disable-next-line no-sparse-arrays -- the hostile input under test
    const usedRanges = [, "10.1.0.0/16"] as string[];
    const error = rejection(
      () => new GlobalReachMesh("holey", { circuits: [], addressPool: "10.255.0.0/29", usedRanges }),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([["argument-type", "usedRanges[0]"]]);
  });

  it("refuses an unknown mesh topology and a gateway SKU that is not a string", () => {
    const mesh = rejection(
      () =>
        new GlobalReachMesh("odd-topology", {
          circuits: [],
          topology: "ring" as "fullMesh",
          addressPool: "10.255.0.0/29",
        }),
    );
    expect(mesh.findings.map((f) => [f.ruleId, f.path])).toEqual([["argument-type", "topology"]]);
    const gw = rejection(
      () =>
        new ExpressRouteGateway("odd-sku", {
          resourceGroupName: "rg",
          location: "westeurope",
          virtualNetworkName: "vnet",
          gatewaySubnetPrefix: "10.0.255.0/27",
          sku: { name: "ErGw1AZ" } as unknown as "ErGw1AZ",
        }),
    );
    expect(gw.findings.map((f) => [f.ruleId, f.path])).toEqual([["argument-type", "sku"]]);
  });

  it("normalises a peering location with punctuation to the catalog's spelling before sending it", async () => {
    const c = new RedundantCircuit("punctuated", { ...base(), peeringLocation: "Washington D.C." });
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "punctuated-");
    expect(circuit.inputs.serviceProviderProperties.peeringLocation).toBe("Washington DC");
  });

  it("refuses a peering location spelt with a look-alike letter (a Cyrillic A), naming the closest", () => {
    const error = rejection(
      () => new RedundantCircuit("look-alike", { ...base(), peeringLocation: "\u0410msterdam" }),
    );
    expect(error.findings.map((f) => f.ruleId)).toEqual(["peering-location-known"]);
  });
});

describe("a component never accepts what the pack then fails", () => {
  const site = (peeringLocation: string, peerAddressPrefix: string) => ({
    serviceProviderName: "Equinix",
    peeringLocation,
    bandwidthInMbps: 1000 as const,
    privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix },
  });
  const pattern = (o: Partial<MaximumResiliencyArgs> = {}): MaximumResiliencyArgs => ({
    resourceGroupName: "rg-mr",
    primary: site("Amsterdam", "192.168.70.0/29"),
    secondary: site("London", "192.168.71.0/29"),
    gateway: { location: "westeurope", virtualNetworkName: "vnet-hub", gatewaySubnetPrefix: "10.0.255.0/27" },
    ...o,
  });

  it("refuses a peering /29 inside the pattern's own GatewaySubnet", async () => {
    const error = rejection(
      () => new MaximumResiliency("mr-in-subnet", pattern({ secondary: site("London", "10.0.255.8/29") })),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([
      "private-peering-vnet-overlap",
      "secondary.privatePeering.peerAddressPrefix",
    ]);
    expect(await resourcesOfRefused(recorded, "mr-in-subnet")).toEqual([]);
  });

  it("refuses linking a circuit whose peering /29 lies inside the gateway's subnet", async () => {
    const gateway = new ExpressRouteGateway("gw-overlap", {
      resourceGroupName: "rg-er",
      location: "westeurope",
      virtualNetworkName: "vnet-hub",
      gatewaySubnetPrefix: "10.1.255.0/27",
    });
    const circuit = new RedundantCircuit("er-overlap", {
      ...base(),
      privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "10.1.255.8/29" },
    });
    const error = rejection(() => gateway.connect("link-overlap", { circuit }));
    expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([
      "private-peering-vnet-overlap",
      "circuit",
    ]);
    expect(await resourcesOfRefused(recorded, "link-overlap")).toEqual([]);
  });

  it("refuses a Global Reach pool inside the pattern's own GatewaySubnet", () => {
    const error = rejection(
      () =>
        new MaximumResiliency(
          "mr-reach-in-subnet",
          pattern({ globalReach: { addressPool: "10.0.255.16/29" } }),
        ),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([
      "global-reach-prefix",
      "globalReach.addressPool",
    ]);
  });

  it("refuses a mesh that lists one circuit twice, also when the ids differ only in letter case", () => {
    const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er-ams";
    const existing = (circuitId: string) => ({
      circuitId,
      peeringLocation: "Amsterdam",
      skuTier: "Standard" as const,
      bandwidthInMbps: 1000,
    });
    const error = rejection(
      () =>
        new GlobalReachMesh("twice", {
          circuits: [
            { name: "ams", existing: existing(id) },
            { name: "ams-again", existing: existing(id.toUpperCase()) },
          ],
          addressPool: "10.255.0.0/29",
        }),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([
      "global-reach-pool",
      "circuits[1]",
    ]);
  });
});

describe("protection", () => {
  const protections = async (name: string) => {
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", `${name}-`);
    const [peering] = ofType(recorded, "network:ExpressRouteCircuitPeering", `${name}-`);
    return [circuit.protect, peering.protect];
  };

  it("takes protect: false from the resource options for the circuit and its children", async () => {
    const c = new RedundantCircuit("opt-unprotected", base(), { protect: false });
    await settled(c);
    expect(await protections("opt-unprotected")).toEqual([false, false]);
  });

  it.each([0, ""])("keeps the circuit protected when the protect option is the falsy %j", async (falsy) => {
    const name = `falsy-${next++}`;
    const c = new RedundantCircuit(name, base(), { protect: falsy as unknown as boolean });
    await settled(c);
    expect((await protections(name))[0]).toBe(true);
  });

  it("applies an explicit protect: false to the circuit and its children, whatever the options say", async () => {
    const c = new RedundantCircuit("arg-unprotected", { ...base(), protect: false }, { protect: true });
    await settled(c);
    expect(await protections("arg-unprotected")).toEqual([false, false]);
  });

  it("takes protect from the resource options for a Direct port too", async () => {
    const p = new DirectPort(
      "port-unprotected",
      { resourceGroupName: "rg", peeringLocation: "Equinix-Amsterdam-AM5", bandwidthInGbps: 10 },
      { protect: false },
    );
    await settled(p);
    expect(ofType(recorded, "network:ExpressRoutePort", "port-unprotected-")[0].protect).toBe(false);
  });

  it("keeps the Output of a BGP key from config unchecked until it resolves", () => {
    expect(
      () =>
        new RedundantCircuit("late-key-shape", {
          ...base(),
          privatePeering: { ...base().privatePeering!, sharedKey: pulumi.output("abc123") },
        }),
    ).not.toThrow();
  });
});
