import { GATEWAY_ROUTES_ADVERTISED, gatewaySku } from "./gateway";
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
const GATEWAY_PERFORMANCE = SOURCES.gateways;

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
 * A virtual network gateway's health alerts. CPU: Learn asks for an alert without a number; Azure Monitor Baseline
 * Alerts use above 80% over 5 minutes. Packets per second and routes learned and advertised: Learn and the Azure
 * Proactive Resiliency Library ask for alerts "based on the supported amount for the ExpressRoute Gateway SKU",
 * so these fire above `capacityPercent` of the SKU's figures in the gateway performance table. The gateway's
 * metrics come every 5 minutes at the finest. ErGwScale gateways report the `ScalableExpressRouteGateway*`
 * metrics, which have no `roleInstance` dimension.
 */
export function gatewayAlerts(
  skuName: string,
  minScaleUnits: number | undefined,
  capacityPercent: number,
): MetricAlertFact[] {
  const sku = gatewaySku(skuName);
  const scalable = skuName === "ErGwScale";
  const prefix = scalable ? "ScalableExpressRouteGateway" : "ExpressRouteGateway";
  const byInstance = scalable ? [] : ["roleInstance"];
  const namespace = "Microsoft.Network/virtualNetworkGateways";
  const share = (limit: number) => Math.floor((limit * capacityPercent) / 100);
  const alerts: MetricAlertFact[] = [
    {
      key: "cpu",
      metric: `${prefix}CpuUtilization`,
      namespace,
      aggregation: "Average",
      operator: "GreaterThan",
      threshold: 80,
      splitBy: byInstance,
      windowSize: "PT5M",
      evaluationFrequency: "PT5M",
      description:
        "The ExpressRoute gateway runs above 80% CPU: it drops packets when it also carries more VMs than its SKU supports.",
      source: BASELINE_GATEWAYS,
    },
  ];
  if (!sku) return alerts;
  const pps = sku.packetsPerSecond * (scalable ? Math.max(1, minScaleUnits ?? 1) : 1);
  alerts.push({
    key: "packets-per-second",
    metric: `${prefix}PacketsPerSecond`,
    namespace,
    aggregation: "Maximum",
    operator: "GreaterThan",
    threshold: share(pps),
    splitBy: byInstance,
    windowSize: "PT15M",
    evaluationFrequency: "PT5M",
    description: `The gateway receives more than ${capacityPercent}% of the ${pps.toLocaleString("en-US")} packets per second ${scalable ? "its minimum scale units support" : `${skuName} supports`}.`,
    source: GATEWAY_PERFORMANCE,
  });
  if (sku.routesLearned !== undefined)
    alerts.push({
      key: "routes-learned",
      metric: `${prefix}CountOfRoutesLearnedFromPeer`,
      namespace,
      aggregation: "Maximum",
      operator: "GreaterThan",
      threshold: share(sku.routesLearned),
      splitBy: byInstance,
      windowSize: "PT15M",
      evaluationFrequency: "PT5M",
      description: `The gateway learns more than ${capacityPercent}% of the ${sku.routesLearned.toLocaleString("en-US")} routes ${skuName} supports.`,
      source: GATEWAY_PERFORMANCE,
    });
  alerts.push({
    key: "routes-advertised",
    metric: `${prefix}CountOfRoutesAdvertisedToPeer`,
    namespace,
    aggregation: "Maximum",
    operator: "GreaterThan",
    threshold: share(GATEWAY_ROUTES_ADVERTISED.value),
    splitBy: byInstance,
    windowSize: "PT15M",
    evaluationFrequency: "PT5M",
    description: `The gateway advertises more than ${capacityPercent}% of the ${GATEWAY_ROUTES_ADVERTISED.value.toLocaleString("en-US")} routes a gateway advertises at most.`,
    source: GATEWAY_PERFORMANCE,
  });
  return alerts;
}

/**
 * A Virtual WAN hub's ExpressRoute gateway (`Microsoft.Network/expressRouteGateways`): the same CPU alert as a
 * virtual network gateway's, per instance. Its capacity is scale units of 2 Gbps; Learn gives no packet or route
 * figures for it, so it has no capacity alerts.
 */
export const HUB_GATEWAY_ALERTS: readonly MetricAlertFact[] = [
  {
    key: "cpu",
    metric: "ExpressRouteGatewayCpuUtilization",
    namespace: "Microsoft.Network/expressRouteGateways",
    aggregation: "Average",
    operator: "GreaterThan",
    threshold: 80,
    splitBy: ["roleInstance"],
    windowSize: "PT5M",
    evaluationFrequency: "PT5M",
    description: "An instance of the Virtual WAN hub's ExpressRoute gateway runs above 80% CPU.",
    source: BASELINE_GATEWAYS,
  },
];

/** The share of a gateway's supported figures at which the capacity alerts fire, unless the user sets another. */
export const DEFAULT_CAPACITY_PERCENT = 80;

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
