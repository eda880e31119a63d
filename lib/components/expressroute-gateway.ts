import type { AzureRegionName, KnownOr } from "../core/facts/location-names";
import type * as authorization from "@pulumi/azure-native/authorization";
import * as network from "@pulumi/azure-native/network";
import * as pulumi from "@pulumi/pulumi";
import { canonical } from "../core/canonical";
import { GATEWAY_SKUS, GATEWAY_SUBNET, gatewaySku } from "../core/facts/gateway";
import { isAligned, parsePrefix } from "../core/ip/prefix";
import type { Finding } from "../core/findings";
import { EMPTY_MODEL, type GatewayModel, type TopologyModel, type VnetModel } from "../core/model";
import {
  Reporter,
  azureRegionKnown,
  gatewayInput,
  gatewayScaleRegion,
  gatewaySubnetRecommendedSize,
  gatewayScaleBounds,
  gatewaySkuRule,
  gatewaySubnetSize,
  gatewayZoneRedundant,
} from "../core/rules";
import { defaultCatalog, validateTopology } from "../core/validate";
import { CircuitConnection, type CircuitLinkArgs } from "./circuit-connection";
import { CIRCUIT_LINK, GATEWAY } from "./argument-shapes";
import { checkArguments, throwIfInvalid, warnAdvisories } from "./validation-error";
import { DEFAULT_CAPACITY_PERCENT, DIAGNOSTIC_LOGS, gatewayAlerts } from "../core/facts/monitoring";
import { ComponentMonitoring, monitoringFindings, type MonitoringArgs } from "./monitoring";
import { conventionalName, type NamingConvention } from "./naming";
import { roleAssignmentFindings, roleAssignments, type RoleAssignmentArgs } from "./role-assignments";
import { sendableTags } from "./plain";
import { shapeWhenKnown } from "./verify-when-known";
import { armId, armName } from "./argument-shape";
import { ARM_TYPES } from "../core/arm-id";

/** ExpressRoute gateway SKUs; the `AZ` ones and ErGwScale are zone-redundant. */
export type ExpressRouteGatewaySku =
  "ErGw1AZ" | "ErGw2AZ" | "ErGw3AZ" | "ErGwScale" | "Standard" | "HighPerformance" | "UltraPerformance";

/** ErGwScale autoscale bounds, in scale units (1 Gbps each). */
export interface GatewayScaleUnits {
  /** Minimum units (1..40; 2 or more to autoscale; 10 or more for FastPath and 16 connections). */
  readonly min: number;
  /** Maximum units (min..40). */
  readonly max: number;
}

/** Arguments of {@link ExpressRouteGateway}. */
export interface ExpressRouteGatewayArgs {
  /** The resource group of the gateway (and of the VNet when the component creates the GatewaySubnet). */
  readonly resourceGroupName: pulumi.Input<string>;
  /** The Azure region of the VNet, e.g. `westeurope` (the reach of Standard and Local circuits depends on it). */
  readonly location: KnownOr<AzureRegionName>;
  /** The existing VNet the gateway serves. */
  readonly virtualNetworkName: pulumi.Input<string>;
  /**
   * A prefix for the GatewaySubnet the component creates in the VNet (/27 or larger; /26 for ErGwScale or
   * more than 8 circuits). Required unless `gatewaySubnetId` is given.
   * @default none
   */
  readonly gatewaySubnetPrefix?: string;
  /**
   * An IPv6 range (a /64 or larger) for the GatewaySubnet the component creates, which makes the gateway
   * dual-stack: then every circuit it links needs IPv6 on its private peering. Needs `gatewaySubnetPrefix` and a
   * VNet with an IPv6 address space.
   * @default IPv4 only
   */
  readonly gatewaySubnetIpv6Prefix?: string;
  /**
   * The id of an existing subnet named GatewaySubnet. Required unless `gatewaySubnetPrefix` is given.
   * @default none
   */
  readonly gatewaySubnetId?: pulumi.Input<string>;
  /**
   * The gateway SKU.
   * @default "ErGw1AZ"
   */
  readonly sku?: ExpressRouteGatewaySku;
  /**
   * Allow a SKU that is not zone-redundant (Standard, HighPerformance, UltraPerformance).
   * @default false
   */
  readonly allowNonZoneRedundant?: boolean;
  /**
   * Autoscale bounds. Required when `sku` is ErGwScale.
   * @default none
   */
  readonly scaleUnits?: GatewayScaleUnits;
  /**
   * The gateway's Azure name.
   * @default the component's name
   */
  readonly gatewayName?: pulumi.Input<string>;
  /**
   * The Azure name of the gateway's public IP address.
   * @default generated from the component's name with a random suffix (Pulumi's auto-naming)
   */
  readonly publicIpAddressName?: pulumi.Input<string>;
  /**
   * Tags on the gateway and every child resource that takes tags (public IP, connections, alerts, action group).
   * @default no tags
   */
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Alerts on the gateway (CPU above 80%; packets per second and routes learned and advertised above
   * `capacityPercent` of what the SKU supports) and, with a workspace, diagnostic settings for its gateway and
   * route logs. See {@link MonitoringArgs}.
   * @default the CPU and capacity alerts, notifying nobody until `actionGroupIds` or `emails` is given
   */
  readonly monitoring?: MonitoringArgs;
  /**
   * Role assignments on the gateway (built-in role names or role definition ids). See {@link RoleAssignmentArgs}.
   * @default no role assignments
   */
  readonly roleAssignments?: RoleAssignmentArgs[];
  /**
   * The organisation's naming convention for the gateway, its public IP and its connections, used where their
   * name arguments are not given.
   * @default the component's name (the public IP: Pulumi's auto-naming)
   */
  readonly naming?: NamingConvention;
}

const NON_AZ_SKUS = ["Standard", "HighPerformance", "UltraPerformance"];

/** The gateway as the rules see it, with the VNet of the subnet it creates. */
/** The gateway SKU as Azure spells it (`ErGw1Az` is `ErGw1AZ`); the default when none is given. */
export function gatewaySkuOf(args: ExpressRouteGatewayArgs): string {
  const sku = canonical(
    args.sku ?? "ErGw1AZ",
    GATEWAY_SKUS.value.map((s) => s.name),
  );
  return typeof sku === "string" ? sku : "ErGw1AZ";
}

export function gatewayModel(
  name: string,
  args: ExpressRouteGatewayArgs,
  origin = { resource: name },
): { gateway: GatewayModel; vnets: VnetModel[] } {
  const skuName = gatewaySkuOf(args);
  const subnetKey = args.gatewaySubnetPrefix !== undefined ? `${name}:GatewaySubnet` : undefined;
  return {
    gateway: {
      key: name,
      origin: {
        ...origin,
        fields: {
          "sku.name": "sku",
          "autoScaleConfiguration.bounds.min": "scaleUnits.min",
          "autoScaleConfiguration.bounds.max": "scaleUnits.max",
          "ipConfigurations[0].subnet.id": "gatewaySubnetPrefix",
          location: "location",
          ...("fields" in origin ? (origin as { fields: Record<string, string> }).fields : {}),
        },
      },
      location: args.location,
      gatewayType: "ExpressRoute",
      skuName,
      scaleMin: args.scaleUnits?.min,
      scaleMax: args.scaleUnits?.max,
      subnetKey,
    },
    vnets: subnetKey
      ? [
          {
            key: `${name}:vnet`,
            origin,
            location: args.location,
            // The GatewaySubnet is part of the VNet's address space: nothing else may use it.
            addressPrefixes: [args.gatewaySubnetPrefix as string],
            subnets: [
              {
                key: subnetKey,
                name: "GatewaySubnet",
                addressPrefix: args.gatewaySubnetPrefix,
                addressPrefixes:
                  args.gatewaySubnetIpv6Prefix === undefined
                    ? undefined
                    : [args.gatewaySubnetPrefix as string, args.gatewaySubnetIpv6Prefix],
              },
            ],
          },
        ]
      : [],
  };
}

/** An existing subnet for the gateway must be the VNet's GatewaySubnet (its id's last segment). */
function subnetIdFindings(name: string, subnetId: string): Finding[] {
  const report = new Reporter(gatewayInput, { catalog: defaultCatalog() });
  if (!/\/subnets\/GatewaySubnet\/?$/i.test(subnetId)) {
    report.fail({ key: name, origin: { resource: name } }, "gatewaySubnetId", {
      message: "An ExpressRoute gateway deploys only into the subnet named GatewaySubnet.",
      value: subnetId,
      allowed: "the id of a subnet named GatewaySubnet (…/subnets/GatewaySubnet)",
      fix: "Point gatewaySubnetId at the VNet's GatewaySubnet, or give gatewaySubnetPrefix to create it.",
    });
  }
  return report.findings;
}

function inputFindings(name: string, args: ExpressRouteGatewayArgs): Finding[] {
  const report = new Reporter(gatewayInput, { catalog: defaultCatalog() });
  const me = { key: name, origin: { resource: name } };
  if ((args.gatewaySubnetPrefix === undefined) === (args.gatewaySubnetId === undefined)) {
    report.fail(me, "gatewaySubnetPrefix", {
      message:
        args.gatewaySubnetPrefix === undefined
          ? "The gateway needs a GatewaySubnet."
          : "Give gatewaySubnetPrefix or gatewaySubnetId, not both.",
      value: args.gatewaySubnetPrefix,
      allowed:
        "gatewaySubnetPrefix (the component creates GatewaySubnet) or gatewaySubnetId (an existing one)",
      fix: "Set exactly one of them.",
    });
  }
  const subnetId = args.gatewaySubnetId;
  if (typeof subnetId === "string") report.findings.push(...subnetIdFindings(name, subnetId));
  const sku = gatewaySkuOf(args);
  if (args.gatewaySubnetIpv6Prefix !== undefined) {
    const v6 = parsePrefix(args.gatewaySubnetIpv6Prefix);
    if (args.gatewaySubnetPrefix === undefined || !v6.ok || v6.prefix.family !== 6 || !isAligned(v6.prefix)) {
      report.fail(me, "gatewaySubnetIpv6Prefix", {
        message:
          args.gatewaySubnetPrefix === undefined
            ? "An IPv6 range is only added to a GatewaySubnet the component creates (with gatewaySubnetPrefix)."
            : `The GatewaySubnet's IPv6 range is not an aligned IPv6 prefix${v6.ok ? "" : `: it ${v6.reason}`}.`,
        value: args.gatewaySubnetIpv6Prefix,
        allowed: `an aligned IPv6 prefix of /${GATEWAY_SUBNET.ipv6PrefixLength} or larger, with gatewaySubnetPrefix`,
        fix: "Give an IPv6 /64 from the VNet's IPv6 address space, beside gatewaySubnetPrefix.",
      });
    }
  }
  if (NON_AZ_SKUS.includes(sku) && !args.allowNonZoneRedundant) {
    report.fail(me, "sku", {
      message: `${sku} is not zone-redundant: the gateway fails with its availability zone.`,
      value: sku,
      allowed: "ErGw1AZ, ErGw2AZ, ErGw3AZ, ErGwScale (or a non-AZ SKU with allowNonZoneRedundant: true)",
      fix: `Use ${({ Standard: "ErGw1AZ", HighPerformance: "ErGw2AZ", UltraPerformance: "ErGw3AZ" } as Record<string, string>)[sku]}, or set allowNonZoneRedundant: true.`,
    });
  }
  if (sku === "ErGwScale" && args.scaleUnits === undefined) {
    report.fail(me, "scaleUnits", {
      message: "An ErGwScale gateway needs its autoscale bounds.",
      value: undefined,
      allowed: "{ min, max } with 1 <= min <= max <= 40",
      fix: "Set scaleUnits, e.g. { min: 2, max: 10 }.",
    });
  }
  return report.findings;
}

/** Every finding about a gateway's arguments: their shape and the gateway rules. */
export function gatewayFindings(name: string, args: ExpressRouteGatewayArgs): Finding[] {
  const { gateway, vnets } = gatewayModel(name, args);
  const model: TopologyModel = { ...EMPTY_MODEL, gateways: [gateway], vnets };
  // ErGwScale without scaleUnits is one problem, said once (gateway-input), not again as bounds out of range.
  const missingBounds = args.scaleUnits === undefined;
  return [
    ...inputFindings(name, args),
    ...validateTopology(model, {
      rules: [
        azureRegionKnown,
        gatewaySkuRule,
        gatewayScaleRegion,
        ...(missingBounds ? [] : [gatewayScaleBounds]),
        gatewaySubnetSize,
        gatewaySubnetRecommendedSize,
        gatewayZoneRedundant,
      ],
    }),
  ];
}

/**
 * An ExpressRoute virtual network gateway: `gatewayType: "ExpressRoute"` in the VNet's GatewaySubnet (created
 * here from a prefix, or existing), zone-redundant by default (a non-AZ SKU needs an explicit opt-in), with a
 * Standard zone-redundant public IP. Link circuits to it with {@link ExpressRouteGateway.connect}.
 */
export class ExpressRouteGateway extends pulumi.ComponentResource {
  /** The gateway resource. */
  public readonly gateway: network.VirtualNetworkGateway;
  /** The gateway's ARM id. */
  public readonly id: pulumi.Output<string>;
  /** The gateway's alerts and diagnostic setting (absent when `monitoring.enabled` is false). */
  public readonly monitoring?: ComponentMonitoring;
  /** The role assignments on the gateway, in the order of `roleAssignments`. */
  public readonly roleAssignments: authorization.RoleAssignment[];
  /** The gateway's Azure region. */
  public readonly location: pulumi.Output<string>;
  /** The GatewaySubnet, when the component created it. */
  public readonly gatewaySubnet?: network.Subnet;
  /** The arguments, for the connections' checks. */
  public readonly args: ExpressRouteGatewayArgs;
  /** The component's name. */
  public readonly gatewayComponentName: string;
  /** Circuit connections made to this gateway by this program, in order. */
  public readonly links: CircuitConnection[];

  constructor(name: string, args: ExpressRouteGatewayArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("ExpressRouteGateway", name, args, GATEWAY);
    super("expressroute:index:ExpressRouteGateway", name, {}, opts);
    this.links = [];
    const findings = [
      ...gatewayFindings(name, args),
      ...monitoringFindings(name, args.monitoring),
      ...roleAssignmentFindings(name, args.roleAssignments),
    ];
    throwIfInvalid("ExpressRouteGateway", name, findings);
    warnAdvisories(findings, this);
    this.args = args;
    this.gatewayComponentName = name;

    const sku = gatewaySkuOf(args);
    // The names the subnet's id is made of, when they come from Outputs, are checked when they resolve.
    const late = (value: pulumi.Input<string>, path: string) =>
      shapeWhenKnown("ExpressRouteGateway", name, value, armName(), path);
    const resourceGroupName = late(args.resourceGroupName, "resourceGroupName");
    const virtualNetworkName = late(args.virtualNetworkName, "virtualNetworkName");
    if (args.gatewaySubnetPrefix !== undefined) {
      const v6 = args.gatewaySubnetIpv6Prefix;
      this.gatewaySubnet = new network.Subnet(
        `${name}-gateway-subnet`,
        {
          resourceGroupName,
          virtualNetworkName,
          subnetName: "GatewaySubnet",
          ...(v6 === undefined
            ? { addressPrefix: args.gatewaySubnetPrefix }
            : { addressPrefixes: [args.gatewaySubnetPrefix, v6] }),
        },
        { parent: this },
      );
    }
    const zoneRedundant = gatewaySku(sku)?.zoneRedundant ?? false;
    const ip = new network.PublicIPAddress(
      `${name}-pip`,
      {
        resourceGroupName,
        location: args.location,
        publicIpAddressName:
          args.naming === undefined
            ? args.publicIpAddressName
            : conventionalName(
                "ExpressRouteGateway",
                { kind: "publicIp", name, location: args.location, defaultName: `${name}-pip` },
                args.publicIpAddressName,
                args.naming,
              ),
        sku: { name: "Standard", tier: "Regional" },
        publicIPAllocationMethod: "Static",
        zones: zoneRedundant ? ["1", "2", "3"] : undefined,
        tags: sendableTags(args.tags),
      },
      { parent: this },
    );
    this.gateway = new network.VirtualNetworkGateway(
      `${name}-gateway`,
      {
        resourceGroupName,
        location: args.location,
        virtualNetworkGatewayName: conventionalName(
          "ExpressRouteGateway",
          { kind: "gateway", name, location: args.location, defaultName: name },
          args.gatewayName === undefined ? undefined : late(args.gatewayName, "gatewayName"),
          args.naming,
        ),
        gatewayType: "ExpressRoute",
        sku: { name: sku, tier: sku },
        ipConfigurations: [
          {
            name: "default",
            privateIPAllocationMethod: "Dynamic",
            subnet: {
              id: this.gatewaySubnet
                ? this.gatewaySubnet.id
                : shapeWhenKnown(
                    "ExpressRouteGateway",
                    name,
                    args.gatewaySubnetId as pulumi.Input<string>,
                    armId(ARM_TYPES.subnet),
                    "gatewaySubnetId",
                    (resolved) => subnetIdFindings(name, resolved),
                  ),
            },
            publicIPAddress: { id: ip.id },
          },
        ],
        autoScaleConfiguration:
          sku === "ErGwScale" && args.scaleUnits
            ? { bounds: { min: args.scaleUnits.min, max: args.scaleUnits.max } }
            : undefined,
        tags: sendableTags(args.tags),
      },
      { parent: this },
    );
    this.id = this.gateway.id;
    this.location = this.gateway.location.apply((l) => l ?? args.location);
    this.roleAssignments = roleAssignments(name, this.gateway.id, args.roleAssignments, { parent: this });
    if (ComponentMonitoring.enabled(args.monitoring)) {
      const m = new ComponentMonitoring(
        { name, id: this.gateway.id, resourceGroupName, tags: sendableTags(args.tags), parent: this },
        args.monitoring,
      );
      const capacity = args.monitoring?.capacityPercent ?? DEFAULT_CAPACITY_PERCENT;
      for (const alert of gatewayAlerts(sku, args.scaleUnits?.min, capacity)) m.metricAlert(alert);
      m.diagnostics(DIAGNOSTIC_LOGS.gateway);
      this.monitoring = m;
    }
    this.registerOutputs({ id: this.id });
  }

  /** Links a circuit to this gateway (a {@link CircuitConnection} child of the gateway). */
  connect(name: string, args: CircuitLinkArgs, opts?: pulumi.ComponentResourceOptions): CircuitConnection {
    checkArguments("CircuitConnection", name, args, CIRCUIT_LINK);
    return new CircuitConnection(name, { ...args, gateway: this }, { parent: this, ...opts });
  }
}
