import * as pulumi from "@pulumi/pulumi";
import {
  DirectCircuit,
  DirectPort,
  GlobalReachMesh,
  LocalCircuit,
  PremiumCircuit,
  RedundantCircuit,
  type ExistingCircuit,
  type GlobalReachMember,
  type GlobalReachMeshArgs,
  type RedundantCircuitArgs,
} from "../../lib";
import {
  isSecretInput,
  ofType,
  recordResources,
  unwrap,
  valueOf,
  type Registered,
} from "../support/mock-runtime";
import { rejection, resourcesOfRefused } from "../support/refusals";

const recorded = recordResources();

/** The subscription of circuits created under the mock runtime, and another one for existing circuits. */
const SUB = "00000000-0000-0000-0000-000000000000";
const OTHER_SUB = "11111111-1111-1111-1111-111111111111";
const CONNECTION = "network:ExpressRouteCircuitConnection";

const createdCircuitId = (circuitName: string) =>
  `/subscriptions/${SUB}/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/${circuitName}`;
const existingCircuitId = (circuitName: string) =>
  `/subscriptions/${OTHER_SUB}/resourceGroups/rg-remote/providers/Microsoft.Network/expressRouteCircuits/${circuitName}`;
const privatePeeringOf = (circuitId: string) => `${circuitId}/peerings/AzurePrivatePeering`;

let nextBlock = 0;
const provider = (peeringLocation: string): RedundantCircuitArgs => ({
  resourceGroupName: "rg-er",
  serviceProviderName: "Equinix",
  peeringLocation,
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${nextBlock++}.0/29` },
});

/** A Standard circuit created here, with private peering from its own /29. */
function circuit(name: string, peeringLocation: string, extra: Partial<RedundantCircuitArgs> = {}) {
  return new RedundantCircuit(name, { ...provider(peeringLocation), ...extra });
}

/** A 5 Gbps Direct circuit, with private peering, on a new 10 Gbps port at this Direct port location. */
function directCircuitAt(name: string, portLocation: string): DirectCircuit {
  const port = new DirectPort(`${name}-port`, {
    resourceGroupName: "rg-er",
    peeringLocation: portLocation,
    bandwidthInGbps: 10,
  });
  return new DirectCircuit(name, {
    resourceGroupName: "rg-er",
    port,
    bandwidthInGbps: 5,
    privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${nextBlock++}.0/29` },
  });
}

/** A member whose circuit exists elsewhere (circuit name `er-<name>` in another subscription). */
function existing(
  name: string,
  peeringLocation: string,
  extra: Partial<ExistingCircuit> = {},
): GlobalReachMember {
  return {
    name,
    existing: {
      circuitId: existingCircuitId(`er-${name}`),
      peeringLocation,
      skuTier: "Standard",
      bandwidthInMbps: 1000,
      ...extra,
    },
  };
}

const EUROPE = ["Amsterdam", "London", "Frankfurt", "Paris", "Dublin", "Madrid", "Milan", "Zurich"];

/** Existing members s0..s(n-1), each at its own European peering location. */
const sites = (n: number) => EUROPE.slice(0, n).map((loc, i) => existing(`s${i}`, loc));

/**
 * Waits until every connection of the mesh is registered, and returns them as recorded, in the mesh's order;
 * checks that the mesh registered no other connection under its name.
 */
async function connectionsOf(mesh: GlobalReachMesh, name: string): Promise<Registered[]> {
  const urns = await Promise.all(mesh.connections.map(async (c) => (await valueOf(c.id), valueOf(c.urn))));
  await valueOf(mesh.allocations);
  expect(ofType(recorded, CONNECTION, `${name}-`)).toHaveLength(urns.length);
  return urns.map((urn) => recorded.find((r) => r.urn === urn)!);
}

/** The recorded children of a component. */
async function childrenOf(component: pulumi.ComponentResource): Promise<Registered[]> {
  const urn = await valueOf(component.urn);
  return recorded.filter((r) => r.parent === urn);
}

/** Prefix by connection name, from the recorded connections. */
const prefixes = (connections: Registered[]) =>
  Object.fromEntries(connections.map((c) => [c.inputs.connectionName, c.inputs.addressPrefix]));

describe("GlobalReachMesh resources", () => {
  it("connects two circuits once, on the first's private peering, with the pool's first /29", async () => {
    const ams = circuit("c2-ams", "Amsterdam");
    const lon = circuit("c2-lon", "London");
    const mesh = new GlobalReachMesh("m2", {
      circuits: [
        { name: "ams", circuit: ams },
        { name: "lon", circuit: lon },
      ],
      addressPool: "10.255.0.0/29",
    });
    const connections = await connectionsOf(mesh, "m2");
    expect(connections.map((c) => c.name)).toEqual(["m2-ams-lon"]);
    const [conn] = connections;
    expect(conn.inputs).toEqual({
      resourceGroupName: "rg-er",
      circuitName: "c2-ams",
      peeringName: "AzurePrivatePeering",
      connectionName: "ams-lon",
      expressRouteCircuitPeering: { id: privatePeeringOf(createdCircuitId("c2-ams")) },
      peerExpressRouteCircuitPeering: { id: privatePeeringOf(createdCircuitId("c2-lon")) },
      addressPrefix: "10.255.0.0/29",
    });
    expect(conn.inputs.ipv6CircuitConnectionConfig).toBeUndefined();
    expect(conn.inputs.authorizationKey).toBeUndefined();
    expect(conn.additionalSecretOutputs).toContain("authorizationKey");
    expect(conn.parent).toBe(await valueOf(mesh.urn));
    expect(conn.dependencies).toEqual(
      expect.arrayContaining([
        await valueOf(ams.privatePeering!.urn),
        await valueOf(lon.privatePeering!.urn),
      ]),
    );
    const children = await childrenOf(mesh);
    expect(children.map((c) => [c.type, c.name])).toEqual([[`azure-native:${CONNECTION}`, "m2-ams-lon"]]);
    expect(await valueOf(mesh.allocations)).toEqual([
      { between: ["ams", "lon"], addressPrefix: "10.255.0.0/29" },
    ]);
    expect([ams.links, lon.links]).toEqual([1, 1]);
  });

  it("connects three circuits in a full mesh, each pair on its earlier member with slot j(j-1)/2 + i", async () => {
    const ams = circuit("c3-ams", "Amsterdam");
    const lon = circuit("c3-lon", "London");
    const fra = circuit("c3-fra", "Frankfurt");
    const mesh = new GlobalReachMesh("m3", {
      circuits: [
        { name: "ams", circuit: ams },
        { name: "lon", circuit: lon },
        { name: "fra", circuit: fra },
      ],
      addressPool: "10.255.0.0/27",
    });
    const connections = await connectionsOf(mesh, "m3");
    const peering = (n: string) => privatePeeringOf(createdCircuitId(`c3-${n}`));
    expect(
      connections.map((c) => ({
        name: c.name,
        on: c.inputs.circuitName,
        from: c.inputs.expressRouteCircuitPeering.id,
        to: c.inputs.peerExpressRouteCircuitPeering.id,
        prefix: c.inputs.addressPrefix,
      })),
    ).toEqual([
      { name: "m3-ams-lon", on: "c3-ams", from: peering("ams"), to: peering("lon"), prefix: "10.255.0.0/29" },
      { name: "m3-ams-fra", on: "c3-ams", from: peering("ams"), to: peering("fra"), prefix: "10.255.0.8/29" },
      {
        name: "m3-lon-fra",
        on: "c3-lon",
        from: peering("lon"),
        to: peering("fra"),
        prefix: "10.255.0.16/29",
      },
    ]);
    expect((await childrenOf(mesh)).every((c) => c.type === `azure-native:${CONNECTION}`)).toBe(true);
    expect([ams.links, lon.links, fra.links]).toEqual([2, 2, 2]);
  });

  it("connects eight circuits with 28 connections, every pair once, on its earlier member, at its slot's /29", async () => {
    const members = sites(8);
    const mesh = new GlobalReachMesh("m8", { circuits: members, addressPool: "10.255.0.0/24" });
    const connections = await connectionsOf(mesh, "m8");
    expect(connections).toHaveLength(28);
    const expected = [];
    for (let j = 1; j < 8; j++)
      for (let i = 0; i < j; i++) expected.push({ i, j, slot: (j * (j - 1)) / 2 + i });
    expect(connections.map((c) => c.name).sort()).toEqual(
      expected.map(({ i, j }) => `m8-s${i}-s${j}`).sort(),
    );
    const pairs = new Set<string>();
    for (const { i, j, slot } of expected) {
      const found = connections.filter((c) => c.inputs.connectionName === `s${i}-s${j}`);
      expect(found).toHaveLength(1);
      expect(found[0].inputs).toEqual({
        resourceGroupName: "rg-remote",
        circuitName: `er-s${i}`,
        peeringName: "AzurePrivatePeering",
        connectionName: `s${i}-s${j}`,
        expressRouteCircuitPeering: { id: privatePeeringOf(existingCircuitId(`er-s${i}`)) },
        peerExpressRouteCircuitPeering: { id: privatePeeringOf(existingCircuitId(`er-s${j}`)) },
        addressPrefix: `10.255.0.${8 * slot}/29`,
      });
      pairs.add([i, j].join("|"));
    }
    // Configured on one side only: no pair appears again the other way round.
    const sides = connections.map((c) => [
      c.inputs.expressRouteCircuitPeering.id,
      c.inputs.peerExpressRouteCircuitPeering.id,
    ]);
    expect(new Set(sides.map((s) => [...s].sort().join(" "))).size).toBe(28);
    expect(pairs.size).toBe(28);
    expect(new Set(connections.map((c) => c.inputs.addressPrefix)).size).toBe(28);
  });

  it("connects the hub to each spoke, on the earlier member of each pair, with the spoke's slot", async () => {
    const mesh = new GlobalReachMesh("hs", {
      circuits: [existing("a", "Amsterdam"), existing("hub", "London"), existing("c", "Frankfurt")],
      topology: "hubAndSpoke",
      hub: "hub",
      addressPool: "10.255.0.0/27",
    });
    const connections = await connectionsOf(mesh, "hs");
    expect(
      connections.map((c) => [
        c.name,
        c.inputs.circuitName,
        c.inputs.peerExpressRouteCircuitPeering.id,
        c.inputs.addressPrefix,
      ]),
    ).toEqual([
      ["hs-a-hub", "er-a", privatePeeringOf(existingCircuitId("er-hub")), "10.255.0.0/29"],
      ["hs-hub-c", "er-hub", privatePeeringOf(existingCircuitId("er-c")), "10.255.0.16/29"],
    ]);
    expect(await valueOf(mesh.allocations)).toEqual([
      { between: ["a", "hub"], addressPrefix: "10.255.0.0/29" },
      { between: ["hub", "c"], addressPrefix: "10.255.0.16/29" },
    ]);
  });

  it("adds a /125 from the IPv6 pool to every connection", async () => {
    const mesh = new GlobalReachMesh("v6", {
      circuits: sites(3),
      addressPool: "10.255.0.0/27",
      ipv6AddressPool: "fd00:255::/120",
    });
    const connections = await connectionsOf(mesh, "v6");
    expect(connections.map((c) => [c.inputs.connectionName, c.inputs.ipv6CircuitConnectionConfig])).toEqual([
      ["s0-s1", { addressPrefix: "fd00:255::/125" }],
      ["s0-s2", { addressPrefix: "fd00:255::8/125" }],
      ["s1-s2", { addressPrefix: "fd00:255::10/125" }],
    ]);
    expect(await valueOf(mesh.allocations)).toEqual([
      { between: ["s0", "s1"], addressPrefix: "10.255.0.0/29", ipv6AddressPrefix: "fd00:255::/125" },
      { between: ["s0", "s2"], addressPrefix: "10.255.0.8/29", ipv6AddressPrefix: "fd00:255::8/125" },
      { between: ["s1", "s2"], addressPrefix: "10.255.0.16/29", ipv6AddressPrefix: "fd00:255::10/125" },
    ]);
  });

  it("keeps every existing pair's prefix when a member is appended", async () => {
    const three = await connectionsOf(
      new GlobalReachMesh("grow3", { circuits: sites(3), addressPool: "10.255.0.0/26" }),
      "grow3",
    );
    const four = await connectionsOf(
      new GlobalReachMesh("grow4", { circuits: sites(4), addressPool: "10.255.0.0/26" }),
      "grow4",
    );
    const before = prefixes(three);
    const after = prefixes(four);
    expect(Object.keys(before)).toHaveLength(3);
    for (const [pair, prefix] of Object.entries(before)) expect(after[pair]).toBe(prefix);
    expect(after).toEqual({
      ...before,
      "s0-s3": "10.255.0.24/29",
      "s1-s3": "10.255.0.32/29",
      "s2-s3": "10.255.0.40/29",
    });
  });

  it("removes a retired member's connections and keeps every other pair's prefix", async () => {
    const members = sites(4);
    members[1] = { ...members[1], retired: true };
    const mesh = new GlobalReachMesh("retire", { circuits: members, addressPool: "10.255.0.0/26" });
    const connections = await connectionsOf(mesh, "retire");
    expect(prefixes(connections)).toEqual({
      "s0-s2": "10.255.0.8/29",
      "s0-s3": "10.255.0.24/29",
      "s2-s3": "10.255.0.40/29",
    });
    expect((await valueOf(mesh.allocations)).map((a) => a.between)).toEqual([
      ["s0", "s2"],
      ["s0", "s3"],
      ["s2", "s3"],
    ]);
  });

  it("uses a pinned pair's prefixes (named in either order) and the pool for the other pairs", async () => {
    const mesh = new GlobalReachMesh("pinned", {
      circuits: sites(3),
      addressPool: "10.255.0.0/27",
      ipv6AddressPool: "fd00:255::/120",
      pinnedPrefixes: [
        { between: ["s2", "s0"], addressPrefix: "192.168.250.0/29", ipv6AddressPrefix: "fd00:99::/125" },
        { between: ["s1", "s2"], addressPrefix: "192.168.250.8/29" },
      ],
    });
    const connections = await connectionsOf(mesh, "pinned");
    expect(
      connections.map((c) => [
        c.inputs.connectionName,
        c.inputs.addressPrefix,
        c.inputs.ipv6CircuitConnectionConfig,
      ]),
    ).toEqual([
      ["s0-s1", "10.255.0.0/29", { addressPrefix: "fd00:255::/125" }],
      ["s0-s2", "192.168.250.0/29", { addressPrefix: "fd00:99::/125" }],
      ["s1-s2", "192.168.250.8/29", { addressPrefix: "fd00:255::10/125" }],
    ]);
  });

  it("sends a cross-subscription member's authorization key as a secret", async () => {
    const ams = circuit("ck-ams", "Amsterdam");
    const mesh = new GlobalReachMesh("xsub", {
      circuits: [
        { name: "ams", circuit: ams },
        { ...existing("lon", "London"), authorizationKey: "lon-owner-key" },
      ],
      addressPool: "10.255.0.0/29",
    });
    const [conn] = await connectionsOf(mesh, "xsub");
    expect(conn.inputs.circuitName).toBe("ck-ams");
    expect(isSecretInput(conn.inputs.authorizationKey)).toBe(true);
    expect(unwrap(conn.inputs.authorizationKey)).toBe("lon-owner-key");
    expect(conn.additionalSecretOutputs).toContain("authorizationKey");
  });

  it("hosts the connection on the member in this subscription when the earlier one brings a key", async () => {
    const mesh = new GlobalReachMesh("xsub-first", {
      circuits: [
        { ...existing("ams", "Amsterdam"), authorizationKey: "ams-owner-key" },
        existing("lon", "London"),
      ],
      addressPool: "10.255.0.0/29",
    });
    const [conn] = await connectionsOf(mesh, "xsub-first");
    expect(conn.inputs.circuitName).toBe("er-lon");
    expect(conn.inputs.peerExpressRouteCircuitPeering).toEqual({
      id: privatePeeringOf(existingCircuitId("er-ams")),
    });
    expect(unwrap(conn.inputs.authorizationKey)).toBe("ams-owner-key");
    expect(await valueOf(mesh.allocations)).toEqual([
      { between: ["lon", "ams"], addressPrefix: "10.255.0.0/29" },
    ]);
  });

  it("refuses a pair where both members bring authorization keys (neither can host it)", () => {
    const error = rejection(
      () =>
        new GlobalReachMesh("xsub-both", {
          circuits: [
            { ...existing("ams", "Amsterdam"), authorizationKey: "k1" },
            { ...existing("lon", "London"), authorizationKey: "k2" },
          ],
          addressPool: "10.255.0.0/29",
        }),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["global-reach-pool", "circuits[1].authorizationKey"],
    ]);
    expect(error.message).not.toContain("k1");
    expect(error.message).not.toContain("k2");
  });

  it("refuses a pool too small for the mesh with one error, checking no prefix outside the pool", () => {
    const error = rejection(
      () => new GlobalReachMesh("small-pool", { circuits: sites(4), addressPool: "10.1.0.0/29" }),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([["global-reach-pool", "addressPool"]]);
    expect(error.findings[0].allowed).toBe("a /26 or larger (6 /29s)");
  });

  it("refuses a pool whose address has host bits set", () => {
    const error = rejection(
      () => new GlobalReachMesh("unaligned", { circuits: sites(2), addressPool: "10.0.0.5/24" }),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([["global-reach-pool", "addressPool"]]);
    expect(error.message).toContain("host bits set (write 10.0.0.0/24)");
  });

  it("takes an existing circuit's id from another stack (an Output), hosting on it when it is first", async () => {
    const ams = existing("ams", "Amsterdam");
    const lon = existing("lon", "London");
    const mesh = new GlobalReachMesh("from-stack", {
      circuits: [
        { ...ams, existing: { ...ams.existing!, circuitId: pulumi.output(existingCircuitId("er-ams")) } },
        { ...lon, existing: { ...lon.existing!, circuitId: pulumi.output(existingCircuitId("er-lon")) } },
      ],
      addressPool: "10.255.0.0/29",
    });
    const [conn] = await connectionsOf(mesh, "from-stack");
    expect(conn.inputs).toMatchObject({
      circuitName: "er-ams",
      expressRouteCircuitPeering: { id: privatePeeringOf(existingCircuitId("er-ams")) },
      peerExpressRouteCircuitPeering: { id: privatePeeringOf(existingCircuitId("er-lon")) },
    });
  });

  it("keeps an authorization key from config secret", async () => {
    const mesh = new GlobalReachMesh("xsub-config", {
      circuits: [
        { name: "ams", circuit: circuit("ck2-ams", "Amsterdam") },
        { ...existing("lon", "London"), authorizationKey: pulumi.output("key-from-config") },
      ],
      addressPool: "10.255.0.0/29",
    });
    const [conn] = await connectionsOf(mesh, "xsub-config");
    expect(isSecretInput(conn.inputs.authorizationKey)).toBe(true);
    expect(unwrap(conn.inputs.authorizationKey)).toBe("key-from-config");
  });

  it("connects an existing circuit given by id, hosting the connection on the circuit this program manages", async () => {
    const lon = circuit("ex-lon", "London");
    const mesh = new GlobalReachMesh("by-id", {
      circuits: [existing("ams", "Amsterdam"), { name: "lon", circuit: lon }],
      addressPool: "10.255.0.0/29",
    });
    const connections = await connectionsOf(mesh, "by-id");
    expect(connections.map((c) => c.name)).toEqual(["by-id-lon-ams"]);
    expect(connections[0].inputs).toEqual({
      resourceGroupName: "rg-er",
      circuitName: "ex-lon",
      peeringName: "AzurePrivatePeering",
      connectionName: "lon-ams",
      expressRouteCircuitPeering: { id: privatePeeringOf(createdCircuitId("ex-lon")) },
      peerExpressRouteCircuitPeering: { id: privatePeeringOf(existingCircuitId("er-ams")) },
      addressPrefix: "10.255.0.0/29",
    });
    expect(connections[0].dependencies).toContain(await valueOf(lon.privatePeering!.urn));
    expect(await valueOf(mesh.allocations)).toEqual([
      { between: ["lon", "ams"], addressPrefix: "10.255.0.0/29" },
    ]);
    expect(lon.links).toBe(1);
  });

  it("connects two Premium circuits in different geopolitical regions (Amsterdam and Washington DC)", async () => {
    const premium = (name: string, peeringLocation: string) =>
      new PremiumCircuit(name, { ...provider(peeringLocation) });
    const mesh = new GlobalReachMesh("geo-premium", {
      circuits: [
        { name: "ams", circuit: premium("gp-ams", "Amsterdam") },
        { name: "wdc", circuit: premium("gp-wdc", "Washington DC") },
      ],
      addressPool: "10.255.0.0/29",
    });
    const connections = await connectionsOf(mesh, "geo-premium");
    expect(connections.map((c) => [c.name, c.inputs.circuitName])).toEqual([
      ["geo-premium-ams-wdc", "gp-ams"],
    ]);
  });

  it("connects an Amsterdam circuit and a Direct circuit at Interxion AMS8, which is Amsterdam2", async () => {
    const mesh = new GlobalReachMesh("ams8", {
      circuits: [
        { name: "ams", circuit: circuit("ams8-ams", "Amsterdam") },
        { name: "ams8", circuit: directCircuitAt("ams8-direct", "Interxion-Amsterdam-AMS8") },
      ],
      addressPool: "10.254.8.0/29",
    });
    expect(await connectionsOf(mesh, "ams8")).toHaveLength(1);
  });

  it("accepts an existing Standard circuit with 9 links elsewhere (10 with this connection)", async () => {
    const mesh = new GlobalReachMesh("nine-links", {
      circuits: [existing("ams", "Amsterdam", { existingLinks: 9 }), existing("lon", "London")],
      addressPool: "10.255.0.0/29",
    });
    expect(await connectionsOf(mesh, "nine-links")).toHaveLength(1);
  });
});

describe("GlobalReachMesh validation", () => {
  const pool = "10.255.0.0/24";
  const two = (): GlobalReachMember[] => [existing("ams", "Amsterdam"), existing("lon", "London")];

  it.each<[string, () => GlobalReachMeshArgs, string, string]>([
    [
      "a pool too small for the mesh (10 pairs in a /26), saying it needs a /25",
      () => ({ circuits: sites(5), addressPool: "10.255.0.0/26" }),
      "global-reach-pool",
      "addressPool",
    ],
    [
      "a pool that cannot hold the slots retired members keep",
      () => ({
        circuits: sites(5).map((m, i) => (i < 2 ? { ...m, retired: true } : m)),
        addressPool: "10.255.0.0/26",
      }),
      "global-reach-pool",
      "addressPool",
    ],
    [
      "an IPv6 pool too small for the mesh",
      () => ({ circuits: sites(3), addressPool: pool, ipv6AddressPool: "fd00:255::/124" }),
      "global-reach-pool",
      "ipv6AddressPool",
    ],
    [
      "an IPv6 prefix as the IPv4 pool",
      () => ({ circuits: two(), addressPool: "fd00:255::/120" }),
      "global-reach-pool",
      "addressPool",
    ],
    [
      "a pool that is not a prefix",
      () => ({ circuits: two(), addressPool: "10.255.0.0" }),
      "global-reach-pool",
      "addressPool",
    ],
    [
      "a pinned /29 overlapping another pinned /29",
      () => ({
        circuits: sites(3),
        addressPool: pool,
        pinnedPrefixes: [
          { between: ["s0", "s1"], addressPrefix: "10.1.0.0/29" },
          { between: ["s1", "s2"], addressPrefix: "10.1.0.0/29" },
        ],
      }),
      "global-reach-prefix",
      "pinnedPrefixes[1].addressPrefix",
    ],
    [
      "a pinned /29 overlapping a /29 from the pool",
      () => ({
        circuits: sites(3),
        addressPool: pool,
        pinnedPrefixes: [{ between: ["s0", "s2"], addressPrefix: "10.255.0.0/29" }],
      }),
      "global-reach-prefix",
      "pinnedPrefixes[0].addressPrefix",
    ],
    [
      "a pinned /29 with host bits set",
      () => ({
        circuits: two(),
        addressPool: pool,
        pinnedPrefixes: [{ between: ["ams", "lon"], addressPrefix: "10.1.0.4/29" }],
      }),
      "global-reach-prefix",
      "pinnedPrefixes[0].addressPrefix",
    ],
    [
      "a pinned /28 instead of a /29",
      () => ({
        circuits: two(),
        addressPool: pool,
        pinnedPrefixes: [{ between: ["ams", "lon"], addressPrefix: "10.1.0.0/28" }],
      }),
      "global-reach-prefix",
      "pinnedPrefixes[0].addressPrefix",
    ],
    [
      "a pinned pair naming a non-member",
      () => ({
        circuits: two(),
        addressPool: pool,
        pinnedPrefixes: [{ between: ["ams", "par"], addressPrefix: "10.1.0.0/29" }],
      }),
      "global-reach-pool",
      "pinnedPrefixes[0].between",
    ],
    [
      "a /29 overlapping a peering /30 of a member circuit",
      () => ({
        circuits: [
          {
            name: "ams",
            circuit: circuit("cp-ams", "Amsterdam", {
              privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.240.0/29" },
            }),
          },
          existing("lon", "London"),
        ],
        addressPool: "192.168.240.0/29",
      }),
      "global-reach-prefix",
      "addressPool",
    ],
    [
      "a /125 overlapping a member circuit's IPv6 peering /126",
      () => ({
        circuits: [
          {
            name: "ams",
            circuit: circuit("cp6-ams", "Amsterdam", {
              privatePeering: {
                peerAsn: 65010,
                vlanId: 100,
                peerAddressPrefix: "192.168.241.0/29",
                ipv6: { peerAddressPrefix: "fd00:241::/125" },
              },
            }),
          },
          existing("lon", "London"),
        ],
        addressPool: pool,
        ipv6AddressPool: "fd00:241::/125",
      }),
      "global-reach-prefix",
      "ipv6AddressPool",
    ],
    [
      "a /29 overlapping a used range",
      () => ({ circuits: two(), addressPool: pool, usedRanges: ["10.0.0.0/16", "10.255.0.0/20"] }),
      "global-reach-prefix",
      "addressPool",
    ],
    [
      "a used range that is not a prefix",
      () => ({ circuits: two(), addressPool: pool, usedRanges: ["10.0.0.0/40"] }),
      "global-reach-pool",
      "usedRanges[0]",
    ],
    [
      "a circuit without private peering",
      () => ({
        circuits: [
          {
            name: "ams",
            circuit: circuit("cn-ams", "Amsterdam", {
              privatePeering: undefined,
              microsoftPeering: {
                peerAsn: 12345,
                vlanId: 200,
                primaryPeerAddressPrefix: "123.1.0.0/30",
                secondaryPeerAddressPrefix: "123.1.0.4/30",
                advertisedPublicPrefixes: ["123.1.0.0/24"],
                routingRegistryName: "RIPENCC",
                routeFilterCommunities: ["12076:5010"],
              },
            }),
          },
          existing("lon", "London"),
        ],
        addressPool: pool,
      }),
      "global-reach-circuits",
      "circuits[0]",
    ],
    [
      "two circuits at the same peering location",
      () => ({ circuits: [existing("ams", "Amsterdam"), existing("ams-b", "Amsterdam")], addressPool: pool }),
      "global-reach-circuits",
      "circuits[1]",
    ],
    [
      "a LocalCircuit member",
      () => ({
        circuits: [
          existing("lon", "London"),
          { name: "ams", circuit: new LocalCircuit("cl-ams", { ...provider("Amsterdam") }) },
        ],
        addressPool: pool,
      }),
      "global-reach-circuits",
      "circuits[1]",
    ],
    [
      "an existing Local circuit",
      () => ({
        circuits: [existing("ams", "Amsterdam", { skuTier: "Local" }), existing("lon", "London")],
        addressPool: pool,
      }),
      "global-reach-circuits",
      "circuits[0]",
    ],
    [
      "Standard circuits in different geopolitical regions (Amsterdam and Washington DC)",
      () => ({
        circuits: [
          { name: "ams", circuit: circuit("cg-ams", "Amsterdam") },
          { name: "wdc", circuit: circuit("cg-wdc", "Washington DC") },
        ],
        addressPool: pool,
      }),
      "global-reach-circuits",
      "circuits[1]",
    ],
    [
      "a Premium and a Standard circuit in different geopolitical regions",
      () => ({
        circuits: [
          { name: "ams", circuit: new PremiumCircuit("cgp-ams", provider("Amsterdam")) },
          existing("wdc", "Washington DC"),
        ],
        addressPool: pool,
      }),
      "global-reach-circuits",
      "circuits[1]",
    ],
    [
      "a circuit at a peering location where Global Reach is not available (Dubai2, UAE)",
      () => ({
        circuits: [
          { name: "lon", circuit: new PremiumCircuit("cx-lon", provider("London")) },
          {
            name: "dxb",
            circuit: new PremiumCircuit("cx-dxb", { ...provider("Dubai2"), location: "uaenorth" }),
          },
        ],
        addressPool: pool,
      }),
      "global-reach-location",
      "circuits[1]",
    ],
    [
      "a Cape Town circuit (in South Africa, Global Reach is Johannesburg only)",
      () => ({ circuits: [existing("lon", "London"), existing("cpt", "Cape Town")], addressPool: pool }),
      "global-reach-location",
      "circuits[1]",
    ],
    [
      "an Amsterdam circuit and a Direct circuit at Equinix AM5, which is Amsterdam too",
      () => ({
        circuits: [
          { name: "ams", circuit: circuit("cd-ams", "Amsterdam") },
          { name: "am5", circuit: directCircuitAt("cd-am5", "Equinix-Amsterdam-AM5") },
        ],
        addressPool: pool,
      }),
      "global-reach-circuits",
      "circuits[1]",
    ],
    [
      "a Standard circuit whose 10 links elsewhere leave no room for Global Reach",
      () => ({
        circuits: [existing("ams", "Amsterdam", { existingLinks: 10 }), existing("lon", "London")],
        addressPool: pool,
      }),
      "circuit-vnet-link-limit",
      "circuits[0].existing.skuTier",
    ],
    [
      "duplicate member names",
      () => ({ circuits: [existing("ams", "Amsterdam"), existing("ams", "London")], addressPool: pool }),
      "global-reach-pool",
      "circuits[1].name",
    ],
    [
      "a hub that is not a member",
      () => ({ circuits: two(), topology: "hubAndSpoke", hub: "par", addressPool: pool }),
      "global-reach-pool",
      "hub",
    ],
    [
      "a hub-and-spoke mesh without a hub",
      () => ({ circuits: two(), topology: "hubAndSpoke", addressPool: pool }),
      "global-reach-pool",
      "hub",
    ],
    [
      "an existing circuit id that is not a circuit's",
      () => ({
        circuits: [
          existing("ams", "Amsterdam"),
          {
            ...existing("lon", "London"),
            existing: {
              ...existing("lon", "London").existing!,
              circuitId: `/subscriptions/${OTHER_SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/lon`,
            },
          },
        ],
        addressPool: pool,
      }),
      "argument-type",
      "circuits[1].existing.circuitId",
    ],
    [
      "a member with no circuit",
      () => ({ circuits: [{ name: "ams" }, existing("lon", "London")], addressPool: pool }),
      "global-reach-pool",
      "circuits[0]",
    ],
    [
      "a member with both a circuit and an existing circuit",
      () => ({
        circuits: [
          { ...existing("ams", "Amsterdam"), circuit: circuit("cb-ams", "Amsterdam") },
          existing("lon", "London"),
        ],
        addressPool: pool,
      }),
      "global-reach-pool",
      "circuits[0]",
    ],
  ])(
    "rejects %s, naming the rule and the argument, and creates nothing",
    async (_what, args, ruleId, path) => {
      const name = `bad-${nextBlock++}`;
      const a = args();
      const error = rejection(() => new GlobalReachMesh(name, a));
      expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([ruleId, path]);
      const finding = error.findings.find((f) => f.ruleId === ruleId && f.path === path)!;
      expect(finding.severity).toBe("mandatory");
      expect(finding.resource).toBe(name);
      expect(finding.fix).not.toBe("");
      expect(error.message).toContain(`GlobalReachMesh "${name}"`);
      expect(error.message).toContain(`${path}: `);
      expect(error.message).toContain(`[${ruleId}]`);
      expect(await resourcesOfRefused(recorded, name)).toEqual([]);
    },
  );

  it("says how large the pool must be when it is exhausted", async () => {
    const error = rejection(
      () => new GlobalReachMesh("exhausted", { circuits: sites(8), addressPool: "10.255.0.0/26" }),
    );
    expect(error.findings).toEqual([
      expect.objectContaining({
        ruleId: "global-reach-pool",
        path: "addressPool",
        message: "The mesh needs 28 /29s but a /26 holds 8.",
        value: '"10.255.0.0/26"',
        allowed: "a /24 or larger (28 /29s)",
      }),
    ]);
    expect(error.message).toContain("a /24 or larger (28 /29s)");
    expect(await resourcesOfRefused(recorded, "exhausted")).toEqual([]);
  });

  it("names the overlapping range in the message", () => {
    const error = rejection(
      () =>
        new GlobalReachMesh("overlap-used", {
          circuits: [existing("ams", "Amsterdam"), existing("lon", "London")],
          addressPool: "10.255.0.0/29",
          usedRanges: ["10.255.0.0/16"],
        }),
    );
    expect(error.findings).toEqual([
      expect.objectContaining({
        ruleId: "global-reach-prefix",
        path: "addressPool",
        message: "The Global Reach prefix overlaps the declared range 10.255.0.0/16.",
        value: '"10.255.0.0/29"',
      }),
    ]);
  });

  it("lists every problem of the mesh in one error", () => {
    const error = rejection(
      () =>
        new GlobalReachMesh("many-problems", {
          circuits: [
            existing("ams", "Amsterdam"),
            existing("ams", "Amsterdam"),
            existing("lon", "London", { skuTier: "Local" }),
          ],
          topology: "hubAndSpoke",
          hub: "par",
          addressPool: "10.255.0.0/30",
        }),
    );
    expect(new Set(error.findings.map((f) => `${f.ruleId} ${f.path}`))).toEqual(
      new Set([
        "global-reach-pool circuits[1].name",
        "global-reach-pool circuits[1]", // the same circuit as circuits[0]
        "global-reach-pool hub",
        "global-reach-pool addressPool",
      ]),
    );
  });
});
