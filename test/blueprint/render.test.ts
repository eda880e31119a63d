import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import {
  Estate,
  EstateCircuit,
  EstateHub,
  ExpressRouteGateway,
  ExpressRouteValidationError,
  RedundantCircuit,
  Site,
  allocationFileText,
  readAllocationFile,
  renderEstate,
  type EstateProps,
} from "../../lib";
import { recordResources, settled, unwrap, type Registered } from "../support/mock-runtime";

// Issue 9: rendering an estate creates exactly what the components create when used directly, named after
// construct paths; an invalid estate creates nothing; new allocations are recorded in the allocation file.

const recorded = recordResources();

const props = (o: Partial<EstateProps> = {}): EstateProps => ({
  peerAsn: 65100,
  resourceGroupName: "rg-er",
  pools: { peering: "10.100.0.0/24" },
  defaults: { serviceProviderName: "Equinix" },
  ...o,
});

/** One site with circuits at Amsterdam and London, linked to a hub. */
function estateOf(id: string, o: Partial<EstateProps> = {}) {
  const estate = new Estate(id, props(o));
  const site = new Site(estate, "Site-Amsterdam", { location: "westeurope", edgeRouters: ["ce1", "ce2"] });
  const a = new EstateCircuit(site, "Circuit-Primary", { peeringLocation: "Amsterdam" });
  const b = new EstateCircuit(site, "Circuit-Secondary", { peeringLocation: "London" });
  new EstateHub(estate, "Hub", {
    location: "westeurope",
    virtualNetworkName: "vnet-hub",
    gatewaySubnetPrefix: "10.10.255.0/27",
    circuits: [a, b],
  });
  return estate;
}

/** Custom resources beneath the component of `type` named `root`, as type, name and plain inputs. */
function under(type: string, root: string): { type: string; name: string; inputs: unknown }[] {
  const top = recorded.find((r) => r.name === root && r.type === type)?.urn;
  const beneath = (r: Registered): boolean => {
    for (let p = r.parent; p; p = recorded.find((x) => x.urn === p)?.parent) if (p === top) return true;
    return false;
  };
  return (
    recorded
      // Alerts and locks (the default monitoring) are tested in test/components/monitoring.test.ts.
      .filter((r) => r.custom && beneath(r) && !/^azure-native:(monitor|authorization):/.test(r.type))
      .map((r) => ({
        type: r.type,
        name: r.name,
        inputs: JSON.parse(JSON.stringify(r.inputs, (_k, v) => unwrap(v))),
      }))
      .sort((x, y) => `${x.type} ${x.name}`.localeCompare(`${y.type} ${y.name}`))
  );
}

class Direct extends pulumi.ComponentResource {
  constructor(name: string) {
    super("test:index:Direct", name, {});
  }
}

describe("renderEstate", () => {
  it("creates exactly what the components create when used directly, named after construct paths", async () => {
    const rendered = renderEstate(estateOf("Same"), { writeAllocations: false });
    expect(Object.keys(rendered.circuits)).toEqual([
      "Same/Site-Amsterdam/Circuit-Primary",
      "Same/Site-Amsterdam/Circuit-Secondary",
    ]);
    await Promise.all(
      [...Object.values(rendered.circuits), ...Object.values(rendered.gateways)].map(settled),
    );
    await Promise.all(Object.values(rendered.links).map((l) => settled(l)));

    // The same components used directly, under another name (the mock runtime's URNs would collide).
    const parent = new Direct("Twin");
    const circuit = (id: string, peeringLocation: string, prefix: string, vlanId: number) =>
      new RedundantCircuit(
        `Twin/Site-Amsterdam/${id}`,
        {
          resourceGroupName: "rg-er",
          location: "westeurope",
          circuitName: `site-amsterdam-${id.toLowerCase()}`,
          serviceProviderName: "Equinix",
          peeringLocation,
          bandwidthInMbps: 1000,
          skuTier: "Standard",
          skuFamily: "MeteredData",
          privatePeering: { peerAsn: 65100, vlanId, peerAddressPrefix: prefix },
        },
        { parent },
      );
    const a = circuit("Circuit-Primary", "Amsterdam", "10.100.0.0/29", 100);
    const b = circuit("Circuit-Secondary", "London", "10.100.0.8/29", 101);
    const gateway = new ExpressRouteGateway(
      "Twin/Hub",
      {
        resourceGroupName: "rg-er",
        location: "westeurope",
        virtualNetworkName: "vnet-hub",
        gatewaySubnetPrefix: "10.10.255.0/27",
        sku: "ErGw1AZ",
        gatewayName: "hub",
        publicIpAddressName: "hub-pip",
      },
      { parent },
    );
    const links = [a, b].map((c, i) =>
      gateway.connect(
        `Twin/Hub -> Twin/Site-Amsterdam/${["Circuit-Primary", "Circuit-Secondary"][i]}`,
        {
          circuit: c,
          routingWeight: 0,
          connectionName: `hub-site-amsterdam-${["circuit-primary", "circuit-secondary"][i]}`,
        },
        { parent: gateway },
      ),
    );
    await Promise.all([a, b, gateway, ...links].map((x) => settled(x)));

    const rendered_ = under("expressroute:blueprint:Estate", "Same");

    expect(rendered_.map((r) => r.type)).toEqual([
      "azure-native:network:ExpressRouteCircuit",
      "azure-native:network:ExpressRouteCircuit",
      "azure-native:network:ExpressRouteCircuitPeering",
      "azure-native:network:ExpressRouteCircuitPeering",
      "azure-native:network:PublicIPAddress",
      "azure-native:network:Subnet",
      "azure-native:network:VirtualNetworkGateway",
      "azure-native:network:VirtualNetworkGatewayConnection",
      "azure-native:network:VirtualNetworkGatewayConnection",
    ]);
    const direct = under("test:index:Direct", "Twin").map((r) => ({
      ...r,
      name: r.name.replace(/Twin\//g, "Same/"),
    }));
    expect(rendered_).toEqual(direct);
  });

  it("creates nothing for an invalid estate, listing every problem with its construct path", async () => {
    const estate = new Estate("Bad", props());
    const site = new Site(estate, "Site-Amsterdam", { location: "westeurope", edgeRouters: ["ce1", "ce2"] });
    new EstateCircuit(site, "Circuit-Primary", { peeringLocation: "Atlantis" });
    let error: unknown;
    try {
      renderEstate(estate, { writeAllocations: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExpressRouteValidationError);
    expect((error as Error).message).toContain(
      "Bad/Site-Amsterdam/Circuit-Primary: peeringLocation: The peering location is not one of the public cloud's",
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(recorded.filter((r) => r.name.startsWith("Bad"))).toEqual([]);
  });

  it("records new allocations in the allocation file, and changes nothing when run again", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "estate-"));
    const file = path.join(dir, "expressroute.allocations.json");
    const first = renderEstate(estateOf("Recorded"), { allocationFile: file, writeAllocations: true });
    expect(first.summary.changes).toBe(2);
    expect(first.summary.recordedIn).toBe(file);
    expect(readAllocationFile(file).peering).toEqual({
      "Recorded/Site-Amsterdam/Circuit-Primary": { prefix: "10.100.0.0/29", vlan: 100 },
      "Recorded/Site-Amsterdam/Circuit-Secondary": { prefix: "10.100.0.8/29", vlan: 101 },
    });
    // Read back, the file is the estate's allocation as it is: nothing to add, nothing renumbered.
    const text = fs.readFileSync(file, "utf8");
    const again = estateOf("Recorded", { allocations: readAllocationFile(file) }).allocate();
    expect(again.problems).toEqual([]);
    expect(allocationFileText(again.file)).toBe(text);
  });

  it("gives the estate's monitoring, set once, to every circuit and gateway", async () => {
    const monitoring = { emails: ["noc@example.com"], severity: 0 as const };
    const rendered = renderEstate(estateOf("Watched", { monitoring }), { writeAllocations: false });
    const all = [...Object.values(rendered.circuits), ...Object.values(rendered.gateways)];
    await Promise.all(all.map(settled));
    await new Promise((r) => setTimeout(r, 50));
    const alerts = recorded.filter(
      (r) => r.type === "azure-native:monitor:MetricAlert" && r.name.startsWith("Watched"),
    );
    const groups = recorded.filter(
      (r) => r.type === "azure-native:monitor:ActionGroup" && r.name.startsWith("Watched"),
    );
    // Two circuits (BGP and ARP availability) and one gateway (CPU and three capacity alerts).
    expect(alerts).toHaveLength(8);
    for (const a of alerts) expect(a.inputs.severity).toBe(0);
    expect(groups).toHaveLength(3);
    for (const g of groups) expect(g.inputs.emailReceivers[0].emailAddress).toBe("noc@example.com");
  });

  it("refuses the estate's monitoring before anything is created, naming it", async () => {
    const estate = estateOf("BadWatch", { monitoring: { severity: 9 as never } });
    expect(estate.findings()).toContainEqual(
      expect.objectContaining({
        ruleId: "monitoring-input",
        path: "monitoring.severity",
        resource: "BadWatch",
      }),
    );
    expect(() => renderEstate(estate, { writeAllocations: false })).toThrow(ExpressRouteValidationError);
    await new Promise((r) => setTimeout(r, 50));
    expect(recorded.filter((r) => r.name.startsWith("BadWatch"))).toEqual([]);
  });
});
