import * as fs from "node:fs";
import * as path from "node:path";
import { diffAgainstState, diffJson, diffText, parseStackExport, type StackState } from "../../lib/diff";
import type { Finding } from "../../lib/core/findings";
import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { plan, type PlanResult } from "../../lib/plan/plan";
import { startAnalyzer } from "../policies/support";

// Issue 12: the plan against the deployed stack. The state is a stack export written by hand in the real
// format (test/fixtures/diff-state/deployed.json); each test changes one thing on one side, as a user would.

const PROGRAM = path.resolve(__dirname, "../fixtures/diff-program");
const STATE_FILE = path.resolve(__dirname, "../fixtures/diff-state/deployed.json");
const SUB =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-er/providers/Microsoft.Network";
const urn = (type: string, name: string) =>
  `urn:pulumi:dev::diff-program::azure-native:network:${type}::${name}`;

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

const plans = new Map<string, Promise<PlanResult>>();
/** The program planned with this config (once per config in this file). */
function planned(config: Record<string, string> = {}): Promise<PlanResult> {
  const key = JSON.stringify(config);
  if (!plans.has(key)) plans.set(key, plan(PROGRAM, { config, typeCheck: false, analyzer }));
  return plans.get(key)!;
}

/** The deployed state, changed by `edit` (a deep copy of the export each time). */
function deployed(edit: (resources: any[]) => void = () => undefined): StackState {
  const doc = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  edit(doc.deployment.resources);
  return parseStackExport(JSON.stringify(doc));
}

const byName = (resources: any[], name: string) => resources.find((r) => r.urn.endsWith(`::${name}`));

/** A VNet link from a gateway of the state to er-ams, written as the export writes one. */
function link(name: string, gateway: string) {
  return {
    urn: urn("VirtualNetworkGatewayConnection", name),
    custom: true,
    type: "azure-native:network:VirtualNetworkGatewayConnection",
    inputs: {
      connectionType: "ExpressRoute",
      location: "westeurope",
      resourceGroupName: "rg-er",
      routingWeight: 0,
      peer: { id: `${SUB}/expressRouteCircuits/er-ams` },
      virtualNetworkGateway1: { id: `${SUB}/virtualNetworkGateways/${gateway}` },
      virtualNetworkGatewayConnectionName: name,
    },
    outputs: {},
  };
}

/** A gateway of the state in a region. */
function gateway(name: string, location: string) {
  return {
    urn: urn("VirtualNetworkGateway", name),
    custom: true,
    type: "azure-native:network:VirtualNetworkGateway",
    inputs: {
      gatewayType: "ExpressRoute",
      location,
      resourceGroupName: "rg-er",
      sku: { name: "ErGw1AZ", tier: "ErGw1AZ" },
      virtualNetworkGatewayName: name,
    },
    outputs: {},
  };
}

const ids = (findings: readonly Finding[], severity: Finding["severity"]) =>
  findings.filter((f) => f.severity === severity).map((f) => f.ruleId);

async function diffOf(config: Record<string, string>, state: StackState = deployed()) {
  const result = await planned(config);
  return { result, diff: diffAgainstState(result, state) };
}

describe("expressroute diff against a stack export", () => {
  it("finds nothing to change when the program is what is deployed", async () => {
    const { diff } = await diffOf({});
    expect(diff.stack).toBe("dev");
    expect(diff.resources.map((r) => [r.name, r.action])).toEqual([
      ["er-port", "same"],
      ["er-ams", "same"],
      ["er-gateway", "same"],
      ["er-ams-private", "same"],
      ["er-link", "same"],
    ]);
    expect(diff.findings).toEqual([]);
  });

  it("passes a clean upgrade: 1 -> 2 Gbps, Metered -> Unlimited, Standard -> Premium and a new Global Reach pair", async () => {
    const { diff } = await diffOf({
      bandwidth: "2000",
      family: "UnlimitedData",
      tier: "Premium",
      withLondon: "true",
    });
    expect(ids(diff.findings, "mandatory")).toEqual([]);
    expect(ids(diff.findings, "advisory")).toEqual([
      "change-circuit-bandwidth-increase",
      "change-circuit-standard-to-premium",
    ]);
    const ams = diff.resources.find((r) => r.name === "er-ams")!;
    expect(ams.action).toBe("update");
    expect(ams.changes).toContainEqual({
      path: "serviceProviderProperties.bandwidthInMbps",
      old: 1000,
      new: 2000,
    });
    expect(diff.resources.filter((r) => r.action === "create").map((r) => r.name)).toEqual([
      "er-lon",
      "er-lon-private",
      "er-reach",
    ]);
  });

  it("refuses a bandwidth decrease", async () => {
    const { diff } = await diffOf({ bandwidth: "500" });
    const [f] = diff.findings;
    expect(f).toMatchObject({
      ruleId: "change-circuit-bandwidth-decrease",
      severity: "mandatory",
      resource: urn("ExpressRouteCircuit", "er-ams"),
      path: "serviceProviderProperties.bandwidthInMbps",
      value: "1000 -> 500 Mbps",
      allowed: "1000 Mbps or more",
    });
    expect(f.fix).toMatch(/create a new circuit beside this one/);
  });

  it("refuses UnlimitedData -> MeteredData", async () => {
    const state = deployed((rs) => {
      byName(rs, "er-ams").inputs.sku = {
        family: "UnlimitedData",
        name: "Standard_UnlimitedData",
        tier: "Standard",
      };
    });
    const { diff } = await diffOf({}, state);
    expect(ids(diff.findings, "mandatory")).toEqual(["change-circuit-billing-metered"]);
  });

  describe("Premium -> Standard", () => {
    const premium = (extra: (rs: any[]) => void = () => undefined) =>
      deployed((rs) => {
        byName(rs, "er-ams").inputs.sku = {
          family: "MeteredData",
          name: "Premium_MeteredData",
          tier: "Premium",
        };
        extra(rs);
      });

    it("passes with one link in the circuit's geopolitical region", async () => {
      const { diff } = await diffOf({}, premium());
      expect(diff.findings).toEqual([]);
    });

    it("refuses while the circuit has more links than Standard allows, counted from the state and the plan", async () => {
      const { diff } = await diffOf(
        {},
        premium((rs) => rs.push(...Array.from({ length: 10 }, (_, i) => link(`spoke-${i}`, "er-gateway")))),
      );
      const [f] = diff.findings.filter((x) => x.severity === "mandatory");
      expect(f).toMatchObject({ ruleId: "change-circuit-premium-to-standard", path: "sku.tier" });
      expect(f.message).toContain("11 connections (Standard allows 10)");
    });

    it("refuses while a link reaches outside the circuit's geopolitical region", async () => {
      const { diff } = await diffOf(
        {},
        premium((rs) => rs.push(gateway("us-gateway", "eastus"), link("us-link", "us-gateway"))),
      );
      const [f] = diff.findings.filter((x) => x.severity === "mandatory");
      expect(f.ruleId).toBe("change-circuit-premium-to-standard");
      expect(f.message).toContain("1 outside its geopolitical region (Europe): North America");
    });
  });

  it("refuses Local -> Premium without UnlimitedData, and passes it with UnlimitedData", async () => {
    const local = deployed((rs) => {
      byName(rs, "er-ams").inputs.sku = { family: "MeteredData", name: "Local_MeteredData", tier: "Local" };
    });
    const metered = await diffOf({ tier: "Premium" }, local);
    expect(ids(metered.diff.findings, "mandatory")).toEqual(["change-circuit-local-upgrade"]);
    const unlimited = await diffOf({ tier: "Premium", family: "UnlimitedData" }, local);
    expect(ids(unlimited.diff.findings, "mandatory")).toEqual([]);
  });

  it.each([
    ["encapsulation", { encapsulation: "QinQ" }],
    ["bandwidthInGbps", { portBandwidth: "100" }],
  ])("refuses changing a Direct port's %s", async (property, config) => {
    const { diff } = await diffOf(config);
    expect(diff.findings).toEqual([
      expect.objectContaining({ ruleId: "change-direct-port-fixed", severity: "mandatory", path: property }),
    ]);
  });

  it("refuses a gateway SKU change across the AZ and non-AZ families, and passes one within", async () => {
    const across = await diffOf({ gatewaySku: "Standard" });
    expect(ids(across.diff.findings, "mandatory")).toEqual(["change-gateway-sku-family"]);
    const within = await diffOf({ gatewaySku: "ErGw2AZ" });
    expect(within.diff.findings).toEqual([]);
    expect(within.diff.resources.find((r) => r.name === "er-gateway")?.action).toBe("update");
  });

  it.each([
    ["peering location", { peeringLocation: "London" }, "serviceProviderProperties.peeringLocation"],
    ["provider", { provider: "Colt" }, "serviceProviderProperties.serviceProviderName"],
  ])("refuses replacing a circuit by changing its %s", async (_what, config, property) => {
    const { diff } = await diffOf(config);
    const ams = diff.resources.find((r) => r.name === "er-ams")!;
    expect(ams.action).toBe("replace");
    expect(ams.replaceBecause).toEqual([property]);
    expect(diff.findings.filter((f) => f.severity === "mandatory")).toEqual([
      expect.objectContaining({ ruleId: "change-replaces-critical", path: property }),
    ]);
  });

  it("refuses a rename without an alias, suggesting the alias; with the alias it is the same circuit", async () => {
    const renamed = await diffOf({ amsName: "er-amsterdam" });
    const refused = renamed.diff.findings.find((f) => f.ruleId === "change-replaces-critical")!;
    expect(refused.resource).toBe(urn("ExpressRouteCircuit", "er-ams"));
    expect(refused.fix).toContain(`aliases: [${JSON.stringify(urn("ExpressRouteCircuit", "er-ams"))}]`);
    // The deleted circuit still has its VNet link in the state.
    expect(ids(renamed.diff.findings, "advisory")).toEqual(["change-delete-circuit-with-links"]);
    const aliased = await diffOf({ amsName: "er-amsterdam", alias: "true" });
    expect(aliased.diff.findings).toEqual([]);
    const circuit = aliased.diff.resources.find((r) => r.name === "er-amsterdam")!;
    expect(circuit).toMatchObject({ action: "same", stateUrn: urn("ExpressRouteCircuit", "er-ams") });
  });

  it("refuses deleting a Direct port and a Global Reach connection", async () => {
    const withReach = deployed((rs) =>
      rs.push({
        urn: urn("ExpressRouteCircuitConnection", "er-reach"),
        custom: true,
        type: "azure-native:network:ExpressRouteCircuitConnection",
        inputs: {
          addressPrefix: "10.100.1.0/29",
          circuitName: "er-ams",
          connectionName: "er-reach",
          peeringName: "AzurePrivatePeering",
          resourceGroupName: "rg-er",
          expressRouteCircuitPeering: {
            id: `${SUB}/expressRouteCircuits/er-ams/peerings/AzurePrivatePeering`,
          },
          peerExpressRouteCircuitPeering: {
            id: `${SUB}/expressRouteCircuits/er-lon/peerings/AzurePrivatePeering`,
          },
        },
        outputs: {},
      }),
    );
    const { diff } = await diffOf({ withPort: "false" }, withReach);
    expect(diff.resources.filter((r) => r.action === "delete").map((r) => r.name)).toEqual([
      "er-port",
      "er-reach",
    ]);
    expect(diff.findings.map((f) => [f.ruleId, f.severity, f.resource])).toEqual([
      ["change-replaces-critical", "mandatory", urn("ExpressRoutePort", "er-port")],
      ["change-replaces-critical", "mandatory", urn("ExpressRouteCircuitConnection", "er-reach")],
    ]);
  });

  it("warns when the plan configures a peering before the provider has provisioned the circuit", async () => {
    const waiting = deployed((rs) => {
      byName(rs, "er-ams").outputs.serviceProviderProvisioningState = "NotProvisioned";
      rs.splice(rs.indexOf(byName(rs, "er-ams-private")), 1);
    });
    const { diff } = await diffOf({}, waiting);
    expect(diff.findings).toEqual([
      expect.objectContaining({
        ruleId: "change-peering-before-provisioned",
        severity: "advisory",
        resource: urn("ExpressRouteCircuitPeering", "er-ams-private"),
        value: "NotProvisioned",
      }),
    ]);
  });

  it("keeps the export's secrets secret, and shows a removed BGP key as a change of a secret", async () => {
    const ciphertext = "v1:Zm9vYmFy:c2VjcmV0LWJncC1rZXktY2lwaGVydGV4dA==";
    const keyed = deployed((rs) => {
      byName(rs, "er-ams-private").inputs.sharedKey = {
        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
        ciphertext,
      };
    });
    const { diff, result } = await diffOf({}, keyed);
    const peering = diff.resources.find((r) => r.name === "er-ams-private")!;
    expect(peering.changes).toEqual([{ path: "sharedKey", old: "[secret]", new: undefined }]);
    const printed = diffText(diff, result, "state.json") + JSON.stringify(diffJson(diff, result));
    expect(printed).not.toContain(ciphertext);
    expect(printed).not.toContain("v1:q0QjdA3f0Ws2tCvI"); // the circuit's service key in the export
  });
});
