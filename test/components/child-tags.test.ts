import * as fs from "node:fs";
import * as path from "node:path";
import {
  DirectPort,
  ExpressRouteGateway,
  GlobalReachMesh,
  RedundantCircuit,
  VirtualWanHubGateway,
} from "../../lib";
import { recordResources, settled } from "../support/mock-runtime";

// Issue 13: the tags a component is given reach every child resource that takes tags in Azure. Which types take
// tags is read from azure-native's own typings (a `tags` argument), so a type that gains tags fails this test.
const recorded = recordResources();

const AZURE_NATIVE = path.dirname(require.resolve("@pulumi/azure-native/package.json"));

/** Whether an azure-native resource type (`azure-native:network:VirtualHub`) has a `tags` argument. */
function takesTags(type: string): boolean {
  const [, module, resource] = type.split(":");
  const file = path.join(AZURE_NATIVE, module, `${resource[0].toLowerCase()}${resource.slice(1)}.d.ts`);
  const source = fs.readFileSync(file, "utf8");
  const args = source.slice(source.indexOf(`export interface ${resource}Args {`));
  return /\n {4}tags\?:/.test(args.slice(0, args.indexOf("\n}")));
}

const TAGS = { team: "network", costCentre: "cc-42" };
const WORKSPACE =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/ops";

it("puts the component's tags on every child that takes tags: filters, connections, alerts, action groups, hubs", async () => {
  const monitoring = {
    emails: ["noc@example.com"],
    throughputPercent: 80,
    logAnalyticsWorkspaceId: WORKSPACE,
  };
  const circuit = new RedundantCircuit("tg-circuit", {
    resourceGroupName: "rg-tags",
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: "Amsterdam",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.50.0/29" },
    microsoftPeering: {
      peerAsn: 12345,
      vlanId: 200,
      primaryPeerAddressPrefix: "123.1.0.0/30",
      secondaryPeerAddressPrefix: "123.1.0.4/30",
      advertisedPublicPrefixes: ["123.1.0.0/24"],
      routingRegistryName: "RIPENCC",
      routeFilterCommunities: ["12076:5010"],
    },
    authorizations: ["spoke"],
    tags: TAGS,
    monitoring,
  });
  const second = new RedundantCircuit("tg-second", {
    resourceGroupName: "rg-tags",
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: "London",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65011, vlanId: 101, peerAddressPrefix: "192.168.51.0/29" },
    tags: TAGS,
  });
  const gateway = new ExpressRouteGateway("tg-gateway", {
    resourceGroupName: "rg-tags",
    location: "westeurope",
    virtualNetworkName: "vnet-tags",
    gatewaySubnetPrefix: "10.9.255.0/27",
    tags: TAGS,
    monitoring,
  });
  const link = gateway.connect("tg-link", { circuit });
  const hub = new VirtualWanHubGateway("tg-hub", {
    resourceGroupName: "rg-tags",
    location: "westeurope",
    hubAddressPrefix: "10.110.0.0/23",
    tags: TAGS,
    monitoring,
  });
  const hubLink = hub.connect("tg-hub-link", { circuit: second });
  const port = new DirectPort("tg-port", {
    resourceGroupName: "rg-tags",
    location: "westeurope",
    peeringLocation: "Equinix-Amsterdam-AM5",
    bandwidthInGbps: 10,
    authorizations: ["tenant-b"],
    tags: TAGS,
    monitoring,
  });
  const mesh = new GlobalReachMesh("tg-mesh", {
    circuits: [
      { name: "ams", circuit },
      { name: "lon", circuit: second },
    ],
    addressPool: "10.253.0.0/29",
    tags: TAGS,
  });
  for (const r of [circuit, second, gateway, link, hub, hubLink, port, mesh]) await settled(r);
  await new Promise((r) => setTimeout(r, 100));

  const children = recorded.filter((r) => r.custom && r.name.startsWith("tg-"));
  const tagged = children.filter((r) => takesTags(r.type));
  const untagged = children.filter((r) => !takesTags(r.type));
  // The estate covers each kind of child the issue names, so the check below means something.
  expect(new Set(tagged.map((r) => r.type))).toEqual(
    new Set([
      "azure-native:network:ExpressRouteCircuit",
      "azure-native:network:RouteFilter",
      "azure-native:network:PublicIPAddress",
      "azure-native:network:VirtualNetworkGateway",
      "azure-native:network:VirtualNetworkGatewayConnection",
      "azure-native:network:VirtualWan",
      "azure-native:network:VirtualHub",
      "azure-native:network:ExpressRouteGateway",
      "azure-native:network:ExpressRoutePort",
      "azure-native:monitor:MetricAlert",
      "azure-native:monitor:ActivityLogAlert",
      "azure-native:monitor:ActionGroup",
    ]),
  );
  for (const r of tagged) expect([r.type, r.name, r.inputs.tags]).toEqual([r.type, r.name, TAGS]);
  // What Azure gives no tags: peerings, authorizations, hub and Global Reach connections, locks, diagnostics.
  expect(new Set(untagged.map((r) => r.type))).toEqual(
    new Set([
      "azure-native:network:ExpressRouteCircuitPeering",
      "azure-native:network:ExpressRouteCircuitAuthorization",
      "azure-native:network:ExpressRoutePortAuthorization",
      "azure-native:network:ExpressRouteConnection",
      "azure-native:network:ExpressRouteCircuitConnection",
      "azure-native:network:Subnet",
      "azure-native:authorization:ManagementLockByScope",
      "azure-native:monitor:DiagnosticSetting",
    ]),
  );
});
