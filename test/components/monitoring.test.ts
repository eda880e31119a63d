import * as pulumi from "@pulumi/pulumi";
import {
  DirectPort,
  ExpressRouteGateway,
  RedundantCircuit,
  type ComponentMonitoring,
  type RedundantCircuitArgs,
} from "../../lib";
import { PORT_ALERTS } from "../../lib/core/facts/monitoring";
import { ofType, recordResources, settled, valueOf } from "../support/mock-runtime";
import { rejection } from "../support/refusals";

// Issue 13: what a component creates so that an estate is watched and guarded: alerts per link, the Service
// Health maintenance alert, an action group, diagnostic settings, and a CanNotDelete lock, each on by default
// with an opt-out.
const recorded = recordResources();

let group = 0;
/** A circuit in a resource group of its own (the maintenance alert is one per resource group in a program). */
const circuitArgs = (over: Partial<RedundantCircuitArgs> = {}): RedundantCircuitArgs => ({
  resourceGroupName: `rg-mon-${group++}`,
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${group}.0/29` },
  tags: { team: "network" },
  ...over,
});

/** Waits for the component and everything its monitoring created. */
async function monitored(c: object & { monitoring?: ComponentMonitoring; lock?: { id: any } }) {
  await settled(c);
  const m = c.monitoring;
  const ids = [
    ...(m?.alerts ?? []),
    m?.maintenanceAlert,
    m?.actionGroup,
    m?.diagnosticSetting,
    c.lock,
  ].filter((r): r is { id: any } => r !== undefined);
  await Promise.all(ids.map((r) => valueOf(r.id)));
}

const WORKSPACE =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/ops";
const ACTION_GROUP =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.Insights/actionGroups/noc";

describe("a circuit's monitoring and lock, by default", () => {
  it("alerts on BGP and ARP availability for each link of each peering, below 100%", async () => {
    const c = new RedundantCircuit("mon-default", circuitArgs());
    await monitored(c);
    const alerts = ofType(recorded, "monitor:MetricAlert", "mon-default-");
    expect(alerts.map((a) => a.name)).toEqual([
      "mon-default-bgp-availability",
      "mon-default-arp-availability",
    ]);
    const circuitId = await valueOf(c.circuitId);
    for (const [alert, metric] of alerts.map(
      (a, i) => [a, ["BgpAvailability", "ArpAvailability"][i]] as const,
    )) {
      expect(alert.inputs).toMatchObject({
        scopes: [circuitId],
        severity: 1,
        enabled: true,
        windowSize: "PT5M",
        evaluationFrequency: "PT1M",
        tags: { team: "network" },
        actions: [],
      });
      expect(alert.inputs.criteria).toEqual({
        odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
        allOf: [
          {
            criterionType: "StaticThresholdCriterion",
            name: metric,
            metricName: metric,
            metricNamespace: "Microsoft.Network/expressRouteCircuits",
            operator: "LessThan",
            threshold: 100,
            timeAggregation: "Average",
            // Each value of these dimensions is its own series: the primary and secondary links alert alone.
            dimensions: [
              { name: "Peer", operator: "Include", values: ["*"] },
              { name: "PeeringType", operator: "Include", values: ["*"] },
            ],
          },
        ],
      });
    }
  });

  it("alerts on ExpressRoute planned maintenance through Service Health, in the circuit's subscription", async () => {
    const c = new RedundantCircuit("mon-maint", circuitArgs());
    await monitored(c);
    const [alert] = ofType(recorded, "monitor:ActivityLogAlert", "mon-maint-");
    expect(alert.inputs).toMatchObject({
      location: "Global",
      scopes: ["/subscriptions/00000000-0000-0000-0000-000000000000"],
      condition: {
        allOf: [
          { field: "category", equals: "ServiceHealth" },
          { field: "properties.incidentType", equals: "Maintenance" },
          {
            field: "properties.impactedServices[*].ServiceName",
            containsAny: expect.arrayContaining(["ExpressRoute \\ ExpressRoute Circuits"]),
          },
        ],
      },
    });
  });

  it("locks the circuit against deletion, and refuses turning the lock off without a reason", async () => {
    const c = new RedundantCircuit("mon-lock", circuitArgs());
    await monitored(c);
    const [lock] = ofType(recorded, "authorization:ManagementLockByScope", "mon-lock-");
    expect(lock.inputs).toMatchObject({ level: "CanNotDelete", scope: await valueOf(c.circuitId) });
    const refused = rejection(
      () => new RedundantCircuit("mon-nolock", circuitArgs({ lock: { enabled: false } })),
    );
    expect(refused.findings).toEqual([
      expect.objectContaining({ ruleId: "management-lock-input", path: "lock.reason", value: "(not set)" }),
    ]);
    expect(recorded.some((r) => r.name.startsWith("mon-nolock"))).toBe(false);
    const unlocked = new RedundantCircuit(
      "mon-unlocked",
      circuitArgs({ lock: { enabled: false, reason: "Lab circuit, recreated every night" } }),
    );
    await monitored(unlocked);
    expect(unlocked.lock).toBeUndefined();
    expect(ofType(recorded, "authorization:ManagementLockByScope", "mon-unlocked-")).toEqual([]);
  });
});

describe("a circuit's monitoring, configured", () => {
  it("mails an action group, alerts on throughput, and sends its route logs to a workspace", async () => {
    const c = new RedundantCircuit(
      "mon-full",
      circuitArgs({
        monitoring: {
          emails: ["noc@example.com"],
          actionGroupIds: [ACTION_GROUP],
          throughputPercent: 80,
          severity: 0,
          logAnalyticsWorkspaceId: WORKSPACE,
        },
      }),
    );
    await monitored(c);
    const [group] = ofType(recorded, "monitor:ActionGroup", "mon-full-");
    expect(group.inputs).toMatchObject({
      location: "Global",
      emailReceivers: [{ name: "email-0", emailAddress: "noc@example.com", useCommonAlertSchema: true }],
    });
    const groupId = await valueOf(c.monitoring!.actionGroup!.id);
    const alerts = ofType(recorded, "monitor:MetricAlert", "mon-full-");
    expect(alerts.map((a) => a.name)).toEqual([
      "mon-full-bgp-availability",
      "mon-full-arp-availability",
      "mon-full-throughput-in",
      "mon-full-throughput-out",
    ]);
    expect(alerts[0].inputs.severity).toBe(0);
    expect(alerts[0].inputs.actions).toEqual([{ actionGroupId: ACTION_GROUP }, { actionGroupId: groupId }]);
    expect(alerts[2].inputs.criteria.allOf[0]).toMatchObject({
      metricName: "BitsInPerSecond",
      operator: "GreaterThan",
      threshold: 800_000_000, // 80% of 1,000 Mbps
    });
    const [diagnostics] = ofType(recorded, "monitor:DiagnosticSetting", "mon-full-");
    expect(diagnostics.inputs).toMatchObject({
      resourceUri: await valueOf(c.circuitId),
      workspaceId: WORKSPACE,
      logs: [{ category: "PeeringRouteLog", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
  });

  it("creates no alert when monitoring is turned off, and warns as the pack would (circuit-availability-alerts)", async () => {
    const warn = jest.spyOn(pulumi.log, "warn").mockImplementation(() => Promise.resolve());
    try {
      const c = new RedundantCircuit("mon-off", circuitArgs({ monitoring: { enabled: false } }));
      await monitored(c);
      expect(
        recorded.filter((r) => r.name.startsWith("mon-off-") && r.type.startsWith("azure-native:monitor:")),
      ).toEqual([]);
      const warned = warn.mock.calls.map(([message]) => String(message));
      expect(warned).toEqual([
        expect.stringMatching(/^monitoring\.enabled: No metric alert .*\[circuit-availability-alerts\]$/s),
      ]);
      warn.mockClear();
      await monitored(new RedundantCircuit("mon-on", circuitArgs()));
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("archives to a storage account and streams to an event hub, without a workspace", async () => {
    const storage =
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.Storage/storageAccounts/erlogs";
    const rule =
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.EventHub/namespaces/ops/authorizationRules/send";
    const c = new RedundantCircuit(
      "mon-archive",
      circuitArgs({
        monitoring: { storageAccountId: storage, eventHubAuthorizationRuleId: rule, eventHubName: "er" },
      }),
    );
    await monitored(c);
    const [setting] = ofType(recorded, "monitor:DiagnosticSetting", "mon-archive-");
    expect(setting.inputs).toMatchObject({
      storageAccountId: storage,
      eventHubAuthorizationRuleId: rule,
      eventHubName: "er",
      logs: [{ category: "PeeringRouteLog", enabled: true }],
    });
    expect(setting.inputs.workspaceId).toBeUndefined();
  });

  it.each([
    [
      "a storage account id that names a workspace",
      { storageAccountId: WORKSPACE },
      "monitoring.storageAccountId",
    ],
    ["an event hub without its authorization rule", { eventHubName: "er" }, "monitoring.eventHubName"],
    ["a severity Azure Monitor does not have", { severity: 7 }, "monitoring.severity"],
    ["a throughput share above 100%", { throughputPercent: 120 }, "monitoring.throughputPercent"],
    ["an e-mail address without a domain", { emails: ["noc"] }, "monitoring.emails[0]"],
    [
      "an action group id that names another resource",
      { actionGroupIds: [WORKSPACE] },
      "monitoring.actionGroupIds[0]",
    ],
    [
      "a workspace id that names an action group",
      { logAnalyticsWorkspaceId: ACTION_GROUP },
      "monitoring.logAnalyticsWorkspaceId",
    ],
  ])("refuses %s, naming the argument", (_what, monitoring, path) => {
    const error = rejection(
      () => new RedundantCircuit("mon-bad", circuitArgs({ monitoring: monitoring as never })),
    );
    expect(error.findings).toEqual([expect.objectContaining({ ruleId: "monitoring-input", path })]);
  });
});

describe("Direct ports and gateways", () => {
  it("alerts on each link of a Direct port: line protocol and light levels outside -10 to 0 dBm, and locks it", async () => {
    const p = new DirectPort("mon-port", {
      resourceGroupName: "rg-mon-port",
      peeringLocation: "Equinix-Amsterdam-AM5",
      bandwidthInGbps: 10,
      linksEnabled: false,
    });
    await monitored(p);
    const alerts = ofType(recorded, "monitor:MetricAlert", "mon-port-");
    expect(alerts.map((a) => a.inputs.criteria.allOf[0].metricName)).toEqual(
      PORT_ALERTS.map((a) => a.metric),
    );
    expect(
      alerts.map((a) => [a.inputs.criteria.allOf[0].operator, a.inputs.criteria.allOf[0].threshold]),
    ).toEqual([
      ["LessThan", 0.9],
      ["LessThan", -10],
      ["GreaterThan", 0],
      ["LessThan", -10],
      ["GreaterThan", 0],
    ]);
    for (const a of alerts)
      expect(a.inputs.criteria.allOf[0].dimensions).toEqual([
        { name: "Link", operator: "Include", values: ["*"] },
      ]);
    const [lock] = ofType(recorded, "authorization:ManagementLockByScope", "mon-port-");
    expect(lock.inputs).toMatchObject({ level: "CanNotDelete", scope: await valueOf(p.id) });
  });

  it("alerts on a gateway instance's CPU above 80%, and sends gateway and route logs to a workspace", async () => {
    const gw = new ExpressRouteGateway("mon-gw", {
      resourceGroupName: "rg-mon-gw",
      location: "westeurope",
      virtualNetworkName: "vnet-hub",
      gatewaySubnetPrefix: "10.0.255.0/27",
      monitoring: { logAnalyticsWorkspaceId: WORKSPACE },
    });
    await monitored(gw);
    const [cpu] = ofType(recorded, "monitor:MetricAlert", "mon-gw-");
    expect(cpu.inputs.criteria.allOf[0]).toMatchObject({
      metricName: "ExpressRouteGatewayCpuUtilization",
      metricNamespace: "Microsoft.Network/virtualNetworkGateways",
      operator: "GreaterThan",
      threshold: 80,
    });
    const [diagnostics] = ofType(recorded, "monitor:DiagnosticSetting", "mon-gw-");
    expect(diagnostics.inputs.logs).toEqual([
      { category: "GatewayDiagnosticLog", enabled: true },
      { category: "RouteDiagnosticLog", enabled: true },
    ]);
  });
});
