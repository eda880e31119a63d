import * as pulumi from "@pulumi/pulumi";
import {
  DirectCircuit,
  DirectPort,
  ExpressRouteGateway,
  GlobalReachMesh,
  RedundantCircuit,
  VirtualWanHubGateway,
  type NamingConvention,
  type RedundantCircuitArgs,
} from "../../lib";
import { isSecretInput, ofType, recordResources, settled, unwrap, valueOf } from "../support/mock-runtime";
import { rejection } from "../support/refusals";

// Issue 13, second part: the gateways' capacity alerts, role assignments, naming conventions, the settings AVM
// users expect (classic operations, Global Reach flag, Direct rate limit, port authorizations), the location
// output, and monitoring on the hub gateway and the mesh.
const recorded = recordResources();

const SUB = "00000000-0000-0000-0000-000000000000";
const PRINCIPAL = "11111111-2222-3333-4444-555555555555";

let group = 0;
const circuitArgs = (over: Partial<RedundantCircuitArgs> = {}): RedundantCircuitArgs => ({
  resourceGroupName: `rg-ops-${group++}`,
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${group}.0/29` },
  ...over,
});

/** Waits until every resource a component created is registered. */
async function done(...resources: pulumi.Resource[]): Promise<void> {
  for (const r of resources) await settled(r);
  await new Promise((r) => setTimeout(r, 50));
}

const criterion = (r: { inputs: Record<string, any> }) => r.inputs.criteria.allOf[0];

describe("gateway capacity alerts", () => {
  it("alerts above 80% of the SKU's packets per second and routes learned, and of the 1,000 routes advertised", async () => {
    const gw = new ExpressRouteGateway("cap-gw", {
      resourceGroupName: "rg-cap",
      location: "westeurope",
      virtualNetworkName: "vnet-hub",
      gatewaySubnetPrefix: "10.0.255.0/27",
    });
    await done(gw);
    const alerts = ofType(recorded, "monitor:MetricAlert", "cap-gw-");
    expect(alerts.map((a) => [a.name, criterion(a).metricName, criterion(a).threshold])).toEqual([
      ["cap-gw-cpu", "ExpressRouteGatewayCpuUtilization", 80],
      ["cap-gw-packets-per-second", "ExpressRouteGatewayPacketsPerSecond", 80_000],
      ["cap-gw-routes-learned", "ExpressRouteGatewayCountOfRoutesLearnedFromPeer", 3_200],
      ["cap-gw-routes-advertised", "ExpressRouteGatewayCountOfRoutesAdvertisedToPeer", 800],
    ]);
    for (const a of alerts)
      expect(criterion(a).dimensions).toEqual([{ name: "roleInstance", operator: "Include", values: ["*"] }]);
  });

  it("uses the ErGwScale metrics, sized by the minimum scale units, and the capacity share given", async () => {
    const gw = new ExpressRouteGateway("cap-scale", {
      resourceGroupName: "rg-cap",
      location: "northeurope",
      virtualNetworkName: "vnet-scale",
      gatewaySubnetPrefix: "10.1.255.0/26",
      sku: "ErGwScale",
      scaleUnits: { min: 4, max: 10 },
      monitoring: { capacityPercent: 50 },
    });
    await done(gw);
    const alerts = ofType(recorded, "monitor:MetricAlert", "cap-scale-");
    expect(alerts.map((a) => [criterion(a).metricName, criterion(a).threshold])).toEqual([
      ["ScalableExpressRouteGatewayCpuUtilization", 80],
      ["ScalableExpressRouteGatewayPacketsPerSecond", 200_000],
      ["ScalableExpressRouteGatewayCountOfRoutesAdvertisedToPeer", 500],
    ]);
    for (const a of alerts) expect(criterion(a).dimensions).toEqual([]);
  });

  it.each([0, 101, -5])("refuses a capacityPercent of %p, naming it", (capacityPercent) => {
    const error = rejection(
      () =>
        new ExpressRouteGateway(`cap-bad-${String(capacityPercent)}`, {
          resourceGroupName: "rg-cap",
          location: "westeurope",
          virtualNetworkName: "vnet-bad",
          gatewaySubnetPrefix: "10.2.255.0/27",
          monitoring: { capacityPercent },
        }),
    );
    expect(error.findings).toEqual([
      expect.objectContaining({ ruleId: "monitoring-input", path: "monitoring.capacityPercent" }),
    ]);
  });

  it("alerts on a Virtual WAN hub gateway's CPU, and gives its location", async () => {
    const hub = new VirtualWanHubGateway("cap-hub", {
      resourceGroupName: "rg-cap",
      location: "westeurope",
      hubAddressPrefix: "10.100.0.0/23",
    });
    await done(hub);
    const [cpu] = ofType(recorded, "monitor:MetricAlert", "cap-hub-");
    expect(criterion(cpu)).toMatchObject({
      metricName: "ExpressRouteGatewayCpuUtilization",
      metricNamespace: "Microsoft.Network/expressRouteGateways",
      threshold: 80,
    });
    expect(await valueOf(hub.location)).toBe("westeurope");
  });
});

describe("role assignments", () => {
  it("assigns built-in roles by name, and role definitions by GUID or id, on the circuit", async () => {
    const custom = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee`;
    const c = new RedundantCircuit(
      "roles",
      circuitArgs({
        roleAssignments: [
          { principalId: PRINCIPAL, roleDefinitionIdOrName: "Network Contributor", principalType: "Group" },
          { principalId: PRINCIPAL, roleDefinitionIdOrName: "acdd72a7-3385-48ef-bd42-f606fba81ae7" },
          { principalId: PRINCIPAL, roleDefinitionIdOrName: custom },
        ],
      }),
    );
    await done(c, ...c.roleAssignments);
    const circuitId = await valueOf(c.circuitId);
    const subscription = /^\/subscriptions\/([^/]+)/.exec(circuitId)![1];
    const roles = ofType(recorded, "authorization:RoleAssignment", "roles-");
    // azure-native sends principalType "User" when none is given (its default).
    expect(roles.map((r) => r.inputs)).toMatchObject([
      {
        scope: circuitId,
        principalId: PRINCIPAL,
        principalType: "Group",
        roleDefinitionId: `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7`,
      },
      {
        scope: circuitId,
        principalId: PRINCIPAL,
        roleDefinitionId: `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
      },
      { scope: circuitId, principalId: PRINCIPAL, roleDefinitionId: custom },
    ]);
  });

  it("refuses an unknown role and a principal given by name, naming each", () => {
    const error = rejection(
      () =>
        new RedundantCircuit(
          "roles-bad",
          circuitArgs({
            roleAssignments: [
              { principalId: PRINCIPAL, roleDefinitionIdOrName: "Network Contributer" },
              { principalId: "noc-team", roleDefinitionIdOrName: "Reader" },
            ],
          }),
        ),
    );
    expect(error.findings).toEqual([
      expect.objectContaining({
        ruleId: "role-assignment-input",
        path: "roleAssignments[0].roleDefinitionIdOrName",
        value: '"Network Contributer"',
      }),
      expect.objectContaining({
        ruleId: "role-assignment-input",
        path: "roleAssignments[1].principalId",
        value: '"noc-team"',
      }),
    ]);
  });
});

describe("naming conventions", () => {
  const naming: NamingConvention = ({ kind, name, location }) =>
    `${{ circuit: "erc", gateway: "ergw", publicIp: "pip", connection: "con", port: "erd" }[kind as string] ?? kind}-${name}-${location ?? "x"}`;

  it("names the circuit, gateway, public IP and connection by the convention, unless a name is given", async () => {
    const c = new RedundantCircuit("named", circuitArgs({ naming }));
    const explicit = new RedundantCircuit(
      "named-explicit",
      circuitArgs({ naming, circuitName: "my-circuit" }),
    );
    const gw = new ExpressRouteGateway("named-gw", {
      resourceGroupName: "rg-named",
      location: "westeurope",
      virtualNetworkName: "vnet-named",
      gatewaySubnetPrefix: "10.3.255.0/27",
      naming,
    });
    const link = gw.connect("named-link", { circuit: c });
    await done(c, explicit, gw, link);
    const name = (type: string, prefix: string, field: string) =>
      ofType(recorded, type, prefix).map((r) => r.inputs[field]);
    expect(name("network:ExpressRouteCircuit", "named-circuit", "circuitName")).toEqual([
      "erc-named-westeurope",
    ]);
    expect(name("network:ExpressRouteCircuit", "named-explicit-", "circuitName")).toEqual(["my-circuit"]);
    expect(name("network:VirtualNetworkGateway", "named-gw-", "virtualNetworkGatewayName")).toEqual([
      "ergw-named-gw-westeurope",
    ]);
    expect(name("network:PublicIPAddress", "named-gw-", "publicIpAddressName")).toEqual([
      "pip-named-gw-westeurope",
    ]);
    expect(
      name("network:VirtualNetworkGatewayConnection", "named-link-", "virtualNetworkGatewayConnectionName"),
    ).toEqual(["con-named-link-westeurope"]);
  });

  it("refuses a name Azure would refuse, and a convention that throws, naming the kind", () => {
    const bad = rejection(
      () => new RedundantCircuit("named-bad", circuitArgs({ naming: () => "erc/with/slashes" })),
    );
    expect(bad.findings).toEqual([
      expect.objectContaining({ ruleId: "argument-type", path: 'naming({ kind: "circuit" })' }),
    ]);
    const throwing = rejection(
      () =>
        new RedundantCircuit(
          "named-throws",
          circuitArgs({
            naming: () => {
              throw new Error("no rule for circuits");
            },
          }),
        ),
    );
    expect(throwing.findings).toEqual([
      expect.objectContaining({ path: 'naming({ kind: "circuit" })', value: "threw no rule for circuits" }),
    ]);
  });
});

describe("settings and outputs", () => {
  it("passes allowClassicOperations and globalReachEnabled, and gives the circuit's location", async () => {
    const c = new RedundantCircuit(
      "settings",
      circuitArgs({ allowClassicOperations: true, globalReachEnabled: true }),
    );
    await done(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "settings-");
    expect(circuit.inputs).toMatchObject({ allowClassicOperations: true, globalReachEnabled: true });
    expect(await valueOf(c.location)).toBe("westeurope");
  });

  it("creates port authorizations with secret keys, and a circuit on another subscription's port with its key kept secret", async () => {
    const port = new DirectPort("auth-port", {
      resourceGroupName: "rg-port",
      location: "westeurope",
      peeringLocation: "Equinix-Amsterdam-AM5",
      bandwidthInGbps: 10,
      authorizations: ["tenant-b"],
    });
    await done(port);
    const [auth] = ofType(recorded, "network:ExpressRoutePortAuthorization", "auth-port-");
    expect(auth.inputs).toMatchObject({ resourceGroupName: "rg-port", authorizationName: "tenant-b" });
    expect(await (port.authorizationKeys as any).isSecret).toBe(true);
    const keys = await valueOf(port.authorizationKeys);
    expect(keys["tenant-b"]).toMatch(/^[0-9a-f-]{36}$/);

    const foreignPort = `/subscriptions/${SUB}/resourceGroups/rg-other/providers/Microsoft.Network/expressRoutePorts/shared`;
    const c = new DirectCircuit("on-foreign-port", {
      resourceGroupName: "rg-tenant-b",
      location: "westeurope",
      port: { id: foreignPort, bandwidthInGbps: 10, authorizationKey: "key-from-owner" },
      bandwidthInGbps: 5,
      enableDirectPortRateLimit: true,
      privatePeering: { peerAsn: 65020, vlanId: 200, peerAddressPrefix: "192.168.200.0/29" },
    });
    await done(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "on-foreign-port-");
    expect(isSecretInput(circuit.inputs.authorizationKey)).toBe(true);
    expect(unwrap(circuit.inputs.authorizationKey)).toBe("key-from-owner");
    expect(circuit.inputs.enableDirectPortRateLimit).toBe(true);
    expect(circuit.additionalSecretOutputs).toContain("authorizationKey");
  });
});

describe("the mesh's monitoring", () => {
  const existing = (name: string, peeringLocation: string) => ({
    name,
    existing: {
      circuitId: `/subscriptions/${SUB}/resourceGroups/rg-remote/providers/Microsoft.Network/expressRouteCircuits/er-${name}`,
      peeringLocation,
      skuTier: "Standard" as const,
      bandwidthInMbps: 1000,
    },
  });

  it("alerts on the availability of members it knows only by id, in their resource group, when asked", async () => {
    const mesh = new GlobalReachMesh("mesh-mon", {
      circuits: [existing("ams", "Amsterdam"), existing("lon", "London")],
      addressPool: "10.254.0.0/29",
      monitoring: { severity: 2 },
      tags: { team: "network" },
    });
    await done(mesh);
    const alerts = ofType(recorded, "monitor:MetricAlert", "mesh-mon-");
    expect(alerts.map((a) => [a.name, a.inputs.resourceGroupName, a.inputs.severity])).toEqual([
      ["mesh-mon-ams-bgp-availability", "rg-remote", 2],
      ["mesh-mon-ams-arp-availability", "rg-remote", 2],
      ["mesh-mon-lon-bgp-availability", "rg-remote", 2],
      ["mesh-mon-lon-arp-availability", "rg-remote", 2],
    ]);
    for (const a of alerts) expect(a.inputs.tags).toEqual({ team: "network" });
  });

  it("creates no alert without a monitoring argument", async () => {
    const mesh = new GlobalReachMesh("mesh-quiet", {
      circuits: [existing("par", "Paris"), existing("fra", "Frankfurt")],
      addressPool: "10.254.1.0/29",
    });
    await done(mesh);
    expect(ofType(recorded, "monitor:MetricAlert", "mesh-quiet-")).toEqual([]);
  });
});
