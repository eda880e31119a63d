import { SOURCES, type FactSource } from "./sources";

/** A source outside Microsoft Learn (Microsoft's Azure Monitor Baseline Alerts). */
function source(article: string, url: string): FactSource {
  return { article, url };
}

const MONITORING = SOURCES.monitoring;
const MONITORING_REFERENCE = SOURCES.monitoringReference;
/** Azure Monitor Baseline Alerts (Microsoft's alert catalog), where Learn gives no number. */
const BASELINE_PORTS = source(
  "azure-monitor-baseline-alerts: services/Network/expressRoutePorts/alerts.yaml",
  "https://azure.github.io/azure-monitor-baseline-alerts/services/Network/expressRoutePorts/",
);
const BASELINE_GATEWAYS = source(
  "azure-monitor-baseline-alerts: services/Network/virtualNetworkGateways/alerts.yaml",
  "https://azure.github.io/azure-monitor-baseline-alerts/services/Network/virtualNetworkGateways/",
);
const MAINTENANCE = SOURCES.maintenanceAlerts;

/** One metric alert as the components create it. */
export interface MetricAlertFact {
  /** A short name for the alert rule (`bgp-availability`). */
  readonly key: string;
  /** The metric's REST name. */
  readonly metric: string;
  readonly namespace: string;
  readonly aggregation: "Average" | "Minimum" | "Maximum";
  readonly operator: "LessThan" | "GreaterThan";
  readonly threshold: number;
  /**
   * Dimensions each of whose values is watched on its own (all values, `*`): one alert per link, so losing one
   * BGP session alerts while traffic still flows on the other.
   */
  readonly splitBy: readonly string[];
  readonly windowSize: string;
  readonly evaluationFrequency: string;
  readonly description: string;
  readonly source: FactSource;
}

/**
 * A circuit's availability alerts: Microsoft's "BGP availability down" (split by Peer, below 100%) and "ARP
 * availability down" (below 100%), here both split by peer and peering type so each link of each peering alerts
 * alone. Learn gives no window; the metrics are emitted every minute and Microsoft advises 5-minute views.
 */
export const CIRCUIT_ALERTS: readonly MetricAlertFact[] = [
  {
    key: "bgp-availability",
    metric: "BgpAvailability",
    namespace: "Microsoft.Network/expressRouteCircuits",
    aggregation: "Average",
    operator: "LessThan",
    threshold: 100,
    splitBy: ["Peer", "PeeringType"],
    windowSize: "PT5M",
    evaluationFrequency: "PT1M",
    description: "A BGP session of the circuit is down on one link: the SLA needs both.",
    source: MONITORING,
  },
  {
    key: "arp-availability",
    metric: "ArpAvailability",
    namespace: "Microsoft.Network/expressRouteCircuits",
    aggregation: "Average",
    operator: "LessThan",
    threshold: 100,
    splitBy: ["Peer", "PeeringType"],
    windowSize: "PT5M",
    evaluationFrequency: "PT1M",
    description: "ARP to a Microsoft edge router fails on one link (layer 2 between the routers is down).",
    source: MONITORING,
  },
];

/** The throughput metrics of a circuit, in bits per second, split by peering type and device role. */
export const CIRCUIT_THROUGHPUT = {
  metrics: ["BitsInPerSecond", "BitsOutPerSecond"] as const,
  namespace: "Microsoft.Network/expressRouteCircuits",
  splitBy: ["PeeringType", "DeviceRole"] as const,
  source: MONITORING_REFERENCE,
};

/**
 * A Direct port's alerts, per link (`Link` is link1 or link2): the line protocol down (Azure Monitor Baseline
 * Alerts: below 0.9), and light levels outside "-10 dBm to 0 dBm", the healthy range Microsoft gives.
 */
export const PORT_ALERTS: readonly MetricAlertFact[] = [
  {
    key: "line-protocol",
    metric: "LineProtocol",
    namespace: "Microsoft.Network/expressRoutePorts",
    aggregation: "Average",
    operator: "LessThan",
    threshold: 0.9,
    splitBy: ["Link"],
    windowSize: "PT5M",
    evaluationFrequency: "PT5M",
    description: "A physical link of the Direct port is down.",
    source: BASELINE_PORTS,
  },
  ...(["RxLightLevel", "TxLightLevel"] as const).flatMap((metric): MetricAlertFact[] => [
    {
      key: `${metric === "RxLightLevel" ? "rx" : "tx"}-light-low`,
      metric,
      namespace: "Microsoft.Network/expressRoutePorts",
      aggregation: "Average",
      operator: "LessThan",
      threshold: -10,
      splitBy: ["Link"],
      windowSize: "PT5M",
      evaluationFrequency: "PT5M",
      description: `The ${metric === "RxLightLevel" ? "received" : "transmitted"} light level of a link is below -10 dBm (healthy: -10 to 0 dBm).`,
      source: MONITORING_REFERENCE,
    },
    {
      key: `${metric === "RxLightLevel" ? "rx" : "tx"}-light-high`,
      metric,
      namespace: "Microsoft.Network/expressRoutePorts",
      aggregation: "Average",
      operator: "GreaterThan",
      threshold: 0,
      splitBy: ["Link"],
      windowSize: "PT5M",
      evaluationFrequency: "PT5M",
      description: `The ${metric === "RxLightLevel" ? "received" : "transmitted"} light level of a link is above 0 dBm (healthy: -10 to 0 dBm).`,
      source: MONITORING_REFERENCE,
    },
  ]),
];

/**
 * A virtual network gateway's CPU alert. Learn asks for an alert without a number; Azure Monitor Baseline
 * Alerts use above 80% over 5 minutes. (The gateway's metrics come every 5 minutes at the finest.)
 */
export const GATEWAY_ALERTS: readonly MetricAlertFact[] = [
  {
    key: "cpu",
    metric: "ExpressRouteGatewayCpuUtilization",
    namespace: "Microsoft.Network/virtualNetworkGateways",
    aggregation: "Average",
    operator: "GreaterThan",
    threshold: 80,
    splitBy: ["roleInstance"],
    windowSize: "PT5M",
    evaluationFrequency: "PT5M",
    description:
      "An instance of the ExpressRoute gateway runs above 80% CPU: it drops packets when it also carries more VMs than its SKU supports.",
    source: BASELINE_GATEWAYS,
  },
];

/**
 * The Service Health alert for ExpressRoute maintenance: category ServiceHealth, incident type Maintenance,
 * ExpressRoute among the impacted services (the portal's "ExpressRoute \ ExpressRoute Circuits"; the exact
 * service names are not listed on Learn, so the names seen in use are all given). Service Health alerts live
 * in the "Global" location and are scoped to one subscription.
 */
export const MAINTENANCE_ALERT = {
  serviceNames: [
    "ExpressRoute",
    "ExpressRoute \\ ExpressRoute Circuits",
    "ExpressRoute \\ ExpressRoute Gateways",
  ],
  incidentType: "Maintenance",
  source: MAINTENANCE,
};

/** Diagnostic log categories: the circuit's route table log; the gateway's gateway and route logs. */
export const DIAGNOSTIC_LOGS = {
  circuit: ["PeeringRouteLog"],
  gateway: ["GatewayDiagnosticLog", "RouteDiagnosticLog"],
  source: MONITORING_REFERENCE,
};

/** Severities Azure Monitor takes: 0 (critical) to 4 (verbose). */
export const ALERT_SEVERITIES = [0, 1, 2, 3, 4] as const;
