import * as monitor from "@pulumi/azure-native/monitor";
import * as pulumi from "@pulumi/pulumi";
import type { Finding } from "../core/findings";
import {
  ALERT_SEVERITIES,
  CIRCUIT_THROUGHPUT,
  MAINTENANCE_ALERT,
  type MetricAlertFact,
} from "../core/facts/monitoring";
import { monitoringInput } from "../core/rules/component-input";
import { bool, input, int, list, num, obj, optional, str, type Shape } from "./argument-shape";

/**
 * Alerts, an action group and diagnostic settings for what a component creates, on by default (Azure Verified
 * Modules and the Azure Proactive Resiliency Library expect them): a circuit that loses one BGP session keeps
 * carrying traffic, and only an alert says its SLA is void. The same argument on every component.
 */
export interface MonitoringArgs {
  /**
   * Create the alerts (and the action group and diagnostic settings asked for). Turn off only when the estate
   * is monitored another way.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Action groups (ARM ids) the alerts notify.
   * @default none (the alerts fire in Azure Monitor without notifying anyone, unless `emails` is given)
   */
  readonly actionGroupIds?: pulumi.Input<string>[];
  /**
   * E-mail addresses: the component creates an action group that mails them, and the alerts notify it.
   * @default none
   */
  readonly emails?: string[];
  /**
   * Severity of the availability alerts, 0 (critical) to 4 (verbose).
   * @default 1
   */
  readonly severity?: 0 | 1 | 2 | 3 | 4;
  /**
   * Alert when a circuit's traffic in either direction passes this percentage of its bandwidth.
   * @default no throughput alert
   */
  readonly throughputPercent?: number;
  /**
   * Gateways alert when their packets per second or routes learned or advertised pass this percentage of what
   * their SKU supports (the gateway performance table on Learn). Microsoft asks for these alerts without giving
   * a share; 80 follows the CPU threshold of Azure Monitor Baseline Alerts.
   * @default 80
   */
  readonly capacityPercent?: number;
  /**
   * A Service Health alert for ExpressRoute planned maintenance in the circuit's subscription.
   * @default true
   */
  readonly maintenanceAlert?: boolean;
  /**
   * A Log Analytics workspace (ARM id) the resources send their logs and metrics to (diagnostic settings).
   * @default no diagnostic setting
   */
  readonly logAnalyticsWorkspaceId?: pulumi.Input<string>;
  /**
   * A storage account (ARM id) the same logs and metrics are archived to.
   * @default no archive
   */
  readonly storageAccountId?: pulumi.Input<string>;
  /**
   * An Event Hubs namespace's authorization rule (ARM id) the same logs and metrics are streamed through.
   * @default no stream
   */
  readonly eventHubAuthorizationRuleId?: pulumi.Input<string>;
  /**
   * The event hub to stream to, with `eventHubAuthorizationRuleId`.
   * @default the namespace's default hub per category, as Azure Monitor chooses
   */
  readonly eventHubName?: pulumi.Input<string>;
}

/** The JavaScript shape of the `monitoring` argument. */
export const MONITORING: Shape = obj({
  enabled: optional(bool()),
  actionGroupIds: optional(list(input({ nonEmpty: true }))),
  emails: optional(list(str({ nonEmpty: true }), { unique: true })),
  severity: optional(int()),
  throughputPercent: optional(num()),
  capacityPercent: optional(num()),
  maintenanceAlert: optional(bool()),
  logAnalyticsWorkspaceId: optional(input({ nonEmpty: true })),
  storageAccountId: optional(input({ nonEmpty: true })),
  eventHubAuthorizationRuleId: optional(input({ nonEmpty: true })),
  eventHubName: optional(input({ nonEmpty: true })),
});

/** What is wrong with well-typed monitoring arguments, named as the user wrote them (`monitoring.severity`). */
export function monitoringFindings(
  resource: string,
  m: MonitoringArgs | undefined,
  path = "monitoring",
): Finding[] {
  if (!m) return [];
  const findings: Finding[] = [];
  const fail = (field: string, value: string, allowed: string, fix: string, message: string) =>
    findings.push({
      ruleId: monitoringInput.id,
      severity: "mandatory",
      resource,
      path: `${path}.${field}`,
      value,
      allowed,
      fix,
      message,
    });
  if (m.severity !== undefined && !(ALERT_SEVERITIES as readonly number[]).includes(m.severity))
    fail(
      "severity",
      String(m.severity),
      "0, 1, 2, 3 or 4",
      "Use 0 (critical) to 4 (verbose).",
      "Azure Monitor has five alert severities.",
    );
  const percentages: [string, number | undefined, string][] = [
    [
      "throughputPercent",
      m.throughputPercent,
      "The throughput alert fires above a share of the circuit's bandwidth.",
    ],
    [
      "capacityPercent",
      m.capacityPercent,
      "The gateway capacity alerts fire above a share of what its SKU supports.",
    ],
  ];
  for (const [field, pct, message] of percentages)
    if (pct !== undefined && !(Number.isFinite(pct) && pct > 0 && pct <= 100))
      fail(
        field,
        String(pct),
        "a percentage above 0 and at most 100",
        "Give a share that should alert, e.g. 80.",
        message,
      );
  const idOf = (provider: string, type: string) =>
    new RegExp(`^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/${provider}/${type}/[^/]+$`, "i");
  const ids: [string, unknown, RegExp, string][] = [
    ...(m.actionGroupIds ?? []).map((v, i): [string, unknown, RegExp, string] => [
      `actionGroupIds[${i}]`,
      v,
      idOf("Microsoft\\.Insights", "actionGroups"),
      "an action group",
    ]),
    [
      "logAnalyticsWorkspaceId",
      m.logAnalyticsWorkspaceId,
      idOf("Microsoft\\.OperationalInsights", "workspaces"),
      "a Log Analytics workspace",
    ],
    [
      "storageAccountId",
      m.storageAccountId,
      idOf("Microsoft\\.Storage", "storageAccounts"),
      "a storage account",
    ],
    [
      "eventHubAuthorizationRuleId",
      m.eventHubAuthorizationRuleId,
      new RegExp(
        "^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.EventHub/namespaces/[^/]+/authorizationRules/[^/]+$",
        "i",
      ),
      "an Event Hubs namespace's authorization rule",
    ],
  ];
  for (const [field, value, pattern, what] of ids)
    if (typeof value === "string" && !pattern.test(value))
      fail(
        field,
        JSON.stringify(value),
        `the ARM id of ${what}`,
        `Give the id of ${what} (its Properties page in the portal shows it).`,
        `This must be the ARM id of ${what}.`,
      );
  if (m.eventHubName !== undefined && m.eventHubAuthorizationRuleId === undefined)
    fail(
      "eventHubName",
      typeof m.eventHubName === "string" ? JSON.stringify(m.eventHubName) : "(known at deploy)",
      "an event hub name together with eventHubAuthorizationRuleId",
      "Give the namespace's authorization rule id in eventHubAuthorizationRuleId too.",
      "Azure Monitor streams to an event hub through its namespace's authorization rule.",
    );
  for (const [i, e] of (m.emails ?? []).entries())
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e))
      fail(
        `emails[${i}]`,
        JSON.stringify(e),
        "an e-mail address",
        "Give an address like noc@example.com.",
        "The action group mails this address.",
      );
  return findings;
}

/** What the alerts of one component are about. */
export interface MonitoredResource {
  /** The component's name: alert names start with it. */
  readonly name: string;
  readonly id: pulumi.Output<string>;
  readonly resourceGroupName: pulumi.Input<string>;
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  readonly parent: pulumi.Resource;
}

/** The monitoring a component creates: its alerts, action group and diagnostic setting. */
export class ComponentMonitoring {
  readonly alerts: monitor.MetricAlert[] = [];
  readonly actionGroup?: monitor.ActionGroup;
  maintenanceAlert?: monitor.ActivityLogAlert;
  diagnosticSetting?: monitor.DiagnosticSetting;
  private readonly actions: pulumi.Input<string>[];

  constructor(
    private readonly target: MonitoredResource,
    private readonly args: MonitoringArgs = {},
  ) {
    const opts = { parent: target.parent };
    if (args.emails?.length) {
      this.actionGroup = new monitor.ActionGroup(
        `${target.name}-alerts`,
        {
          resourceGroupName: target.resourceGroupName,
          location: "Global",
          groupShortName: target.name.replace(/[^A-Za-z0-9]/g, "").slice(0, 12) || "expressroute",
          enabled: true,
          emailReceivers: args.emails.map((address, i) => ({
            name: `email-${i}`,
            emailAddress: address,
            useCommonAlertSchema: true,
          })),
          tags: target.tags,
        },
        opts,
      );
    }
    this.actions = [...(args.actionGroupIds ?? []), ...(this.actionGroup ? [this.actionGroup.id] : [])];
  }

  /** Whether the component creates monitoring at all. */
  static enabled(args: MonitoringArgs | undefined): boolean {
    return args?.enabled ?? true;
  }

  /** A metric alert on the target, each value of its split dimensions watched on its own. */
  metricAlert(fact: MetricAlertFact, severity = this.args.severity ?? 1): monitor.MetricAlert {
    const alert = new monitor.MetricAlert(
      `${this.target.name}-${fact.key}`,
      {
        resourceGroupName: this.target.resourceGroupName,
        location: "global",
        description: `${fact.description} Source: ${fact.source.url}`,
        severity,
        enabled: true,
        scopes: [this.target.id],
        evaluationFrequency: fact.evaluationFrequency,
        windowSize: fact.windowSize,
        autoMitigate: true,
        criteria: {
          odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
          allOf: [
            {
              criterionType: "StaticThresholdCriterion",
              name: fact.metric,
              metricName: fact.metric,
              metricNamespace: fact.namespace,
              operator: fact.operator,
              threshold: fact.threshold,
              timeAggregation: fact.aggregation,
              dimensions: fact.splitBy.map((d) => ({ name: d, operator: "Include", values: ["*"] })),
            },
          ],
        },
        actions: this.actions.map((actionGroupId) => ({ actionGroupId })),
        tags: this.target.tags,
      },
      { parent: this.target.parent },
    );
    this.alerts.push(alert);
    return alert;
  }

  /** Alerts when a circuit's traffic in either direction passes a share of its bandwidth (when asked for). */
  throughputAlerts(bandwidthMbps: number): void {
    const pct = this.args.throughputPercent;
    if (pct === undefined || !(bandwidthMbps > 0)) return;
    for (const metric of CIRCUIT_THROUGHPUT.metrics)
      this.metricAlert(
        {
          key: metric === "BitsInPerSecond" ? "throughput-in" : "throughput-out",
          metric,
          namespace: CIRCUIT_THROUGHPUT.namespace,
          aggregation: "Average",
          operator: "GreaterThan",
          threshold: Math.round(bandwidthMbps * 1e6 * (pct / 100)),
          splitBy: CIRCUIT_THROUGHPUT.splitBy,
          windowSize: "PT15M",
          evaluationFrequency: "PT5M",
          description: `The circuit's traffic passes ${pct}% of its ${bandwidthMbps} Mbps.`,
          source: CIRCUIT_THROUGHPUT.source,
        },
        2,
      );
  }

  /** The Service Health alert for ExpressRoute planned maintenance, in the subscription of the target. */
  maintenance(): void {
    if (this.args.maintenanceAlert === false) return;
    const subscription = this.target.id.apply((id) => /^\/subscriptions\/[^/]+/i.exec(id)?.[0] ?? id);
    this.maintenanceAlert = new monitor.ActivityLogAlert(
      `${this.target.name}-maintenance`,
      {
        resourceGroupName: this.target.resourceGroupName,
        location: "Global",
        description: `ExpressRoute planned maintenance in this subscription (Service Health). Source: ${MAINTENANCE_ALERT.source.url}`,
        enabled: true,
        scopes: [subscription],
        condition: {
          allOf: [
            { field: "category", equals: "ServiceHealth" },
            { field: "properties.incidentType", equals: MAINTENANCE_ALERT.incidentType },
            {
              field: "properties.impactedServices[*].ServiceName",
              containsAny: [...MAINTENANCE_ALERT.serviceNames],
            },
          ],
        },
        actions: { actionGroups: this.actions.map((actionGroupId) => ({ actionGroupId })) },
        tags: this.target.tags,
      },
      { parent: this.target.parent },
    );
  }

  /** Sends these logs and every metric to the workspace, storage account or event hub given (any of them). */
  diagnostics(categories: readonly string[]): void {
    const { logAnalyticsWorkspaceId: workspaceId, storageAccountId, eventHubAuthorizationRuleId } = this.args;
    if (
      workspaceId === undefined &&
      storageAccountId === undefined &&
      eventHubAuthorizationRuleId === undefined
    )
      return;
    this.diagnosticSetting = new monitor.DiagnosticSetting(
      `${this.target.name}-diagnostics`,
      {
        resourceUri: this.target.id,
        name: `${this.target.name}-diagnostics`,
        workspaceId,
        storageAccountId,
        eventHubAuthorizationRuleId,
        eventHubName: this.args.eventHubName,
        logs: categories.map((category) => ({ category, enabled: true })),
        metrics: [{ category: "AllMetrics", enabled: true }],
      },
      { parent: this.target.parent },
    );
  }
}
