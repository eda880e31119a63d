import type { AzureRegionName, KnownOr } from "../core/facts/location-names";
import type * as authorization from "@pulumi/azure-native/authorization";
import { HUB_GATEWAY_ALERTS } from "../core/facts/monitoring";
import { ComponentMonitoring, monitoringFindings, type MonitoringArgs } from "./monitoring";
import { conventionalName, type NamingConvention } from "./naming";
import { roleAssignmentFindings, roleAssignments, type RoleAssignmentArgs } from "./role-assignments";
import * as network from "@pulumi/azure-native/network";
import * as pulumi from "@pulumi/pulumi";
import { ARM_TYPES } from "../core/arm-id";
import type { Finding } from "../core/findings";
import {
  EMPTY_MODEL,
  UNKNOWN,
  type GatewayModel,
  type TopologyModel,
  type VirtualHubModel,
  type VirtualWanModel,
} from "../core/model";
import {
  Reporter,
  azureRegionKnown,
  hubGatewayInput,
  hubGatewayScaleUnits,
  virtualHubAddressPrefix,
  virtualWanHubAdvice,
  virtualWanType,
} from "../core/rules";
import { defaultCatalog, validateTopology } from "../core/validate";
import { armId, armName } from "./argument-shape";
import { HUB_CONNECTION_LINK, VIRTUAL_WAN_HUB_GATEWAY } from "./argument-shapes";
import { HubCircuitConnection, type HubLinkArgs } from "./hub-circuit-connection";
import { sendableTags } from "./plain";
import { checkArguments, throwIfInvalid, warnAdvisories } from "./validation-error";
import { shapeWhenKnown } from "./verify-when-known";

/** A hub ExpressRoute gateway's scale units (2 Gbps each, 1 to 10). */
export interface HubScaleUnits {
  /** Minimum units, 1..10 (2 or more keeps the throughput during Azure's maintenance). */
  readonly min: number;
  /**
   * Maximum units, min..10.
   * @default the minimum
   */
  readonly max?: number;
}

/** Arguments of {@link VirtualWanHubGateway}. */
export interface VirtualWanHubGatewayArgs {
  /** The resource group of the gateway (and of the hub and Virtual WAN the component creates). */
  readonly resourceGroupName: pulumi.Input<string>;
  /** The hub's Azure region, e.g. `westeurope` (the reach of Standard and Local circuits depends on it). */
  readonly location: KnownOr<AzureRegionName>;
  /**
   * The id of an existing Virtual WAN hub (Standard) to put the gateway in. Required unless `hubAddressPrefix`
   * is given.
   * @default none
   */
  readonly virtualHubId?: pulumi.Input<string>;
  /**
   * The address space of a hub the component creates: a /24 or larger (Microsoft recommends a /23), used by no
   * connected network. Required unless `virtualHubId` is given.
   * @default none
   */
  readonly hubAddressPrefix?: string;
  /**
   * The id of the (Standard) Virtual WAN the created hub joins. Only with `hubAddressPrefix`.
   * @default a new Standard Virtual WAN, created by the component
   */
  readonly virtualWanId?: pulumi.Input<string>;
  /**
   * Scale units of the gateway (2 Gbps each).
   * @default { min: 2, max: 2 }
   */
  readonly scaleUnits?: HubScaleUnits;
  /**
   * Accept traffic from virtual networks outside Virtual WAN over the circuits (Microsoft recommends connecting
   * such VNets to the hub instead).
   * @default false
   */
  readonly allowNonVirtualWanTraffic?: boolean;
  /**
   * The gateway's Azure name.
   * @default the component's name
   */
  readonly gatewayName?: pulumi.Input<string>;
  /**
   * The created hub's Azure name.
   * @default the component's name with `-hub`
   */
  readonly virtualHubName?: pulumi.Input<string>;
  /**
   * The created Virtual WAN's Azure name.
   * @default the component's name with `-wan`
   */
  readonly virtualWanName?: pulumi.Input<string>;
  /**
   * Tags on everything the component creates that takes tags (Virtual WAN, hub, gateway, alerts).
   * @default no tags
   */
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Alerts on the gateway (CPU above 80% per instance) and, with a workspace, its metrics sent to Log
   * Analytics. See {@link MonitoringArgs}.
   * @default the CPU alert, notifying nobody until `actionGroupIds` or `emails` is given
   */
  readonly monitoring?: MonitoringArgs;
  /**
   * Role assignments on the gateway (built-in role names or role definition ids). See {@link RoleAssignmentArgs}.
   * @default no role assignments
   */
  readonly roleAssignments?: RoleAssignmentArgs[];
  /**
   * The organisation's naming convention for the gateway, the hub and the Virtual WAN it creates, and its
   * connections, used where their name arguments are not given.
   * @default the component's name (`-hub` and `-wan` added for the hub and the Virtual WAN)
   */
  readonly naming?: NamingConvention;
}

/** Scale units when none are given: the smallest gateway that keeps its throughput during maintenance. */
export const DEFAULT_HUB_SCALE_UNITS = { min: 2, max: 2 } as const;

/** The scale units the gateway gets. */
export function hubScaleUnitsOf(args: VirtualWanHubGatewayArgs): { min: number; max: number } {
  const units = args.scaleUnits ?? DEFAULT_HUB_SCALE_UNITS;
  return { min: units.min, max: units.max ?? units.min };
}

/** The gateway, its hub and Virtual WAN as the rules see them (paths in the component's arguments). */
export function hubGatewayModel(
  name: string,
  args: VirtualWanHubGatewayArgs,
  origin: { resource: string; fields?: Record<string, string> } = { resource: name },
): { gateway: GatewayModel; hubs: VirtualHubModel[]; wans: VirtualWanModel[] } {
  const creates = args.hubAddressPrefix !== undefined;
  const hubKey = creates
    ? `${name}:hub`
    : typeof args.virtualHubId === "string"
      ? `id:${args.virtualHubId}`
      : UNKNOWN;
  const units = hubScaleUnitsOf(args);
  const fields = (own: Record<string, string>) => ({ ...own, ...origin.fields });
  const wanKey = `${name}:wan`;
  return {
    gateway: {
      key: name,
      origin: {
        resource: origin.resource,
        fields: fields({
          "autoScaleConfiguration.bounds.min": "scaleUnits.min",
          "autoScaleConfiguration.bounds.max": "scaleUnits.max",
          location: "location",
          hub: "virtualHubId",
          connections: "connections",
        }),
      },
      location: args.location,
      hubKey,
      gatewayType: "ExpressRoute",
      skuName: undefined,
      scaleMin: units.min,
      // An omitted maximum is the minimum: judged once, as the minimum.
      scaleMax: args.scaleUnits === undefined ? units.max : args.scaleUnits.max,
      subnetKey: undefined,
    },
    hubs: creates
      ? [
          {
            key: `${name}:hub`,
            origin: {
              resource: origin.resource,
              fields: fields({ addressPrefix: "hubAddressPrefix", location: "location" }),
            },
            location: args.location,
            wanKey: args.virtualWanId === undefined ? wanKey : UNKNOWN,
            addressPrefix: args.hubAddressPrefix,
            sku: "Standard",
          },
        ]
      : [],
    wans:
      creates && args.virtualWanId === undefined
        ? [{ key: wanKey, origin: { resource: origin.resource }, type: "Standard" }]
        : [],
  };
}

/** Findings about how the hub is named (one way, and a Virtual WAN only for a created hub). */
function hubInputFindings(name: string, args: VirtualWanHubGatewayArgs): Finding[] {
  const report = new Reporter(hubGatewayInput, { catalog: defaultCatalog() });
  const me = { key: name, origin: { resource: name } };
  if ((args.virtualHubId === undefined) === (args.hubAddressPrefix === undefined)) {
    report.fail(me, "virtualHubId", {
      message:
        args.virtualHubId === undefined
          ? "The gateway needs a hub."
          : "Give virtualHubId or hubAddressPrefix, not both.",
      value: args.virtualHubId === undefined ? undefined : "both set",
      allowed: "virtualHubId (an existing hub) or hubAddressPrefix (a hub the component creates)",
      fix: "Set exactly one of them.",
    });
  }
  if (args.virtualWanId !== undefined && args.hubAddressPrefix === undefined) {
    report.fail(me, "virtualWanId", {
      message:
        "virtualWanId names the Virtual WAN of a hub the component creates; an existing hub has its own.",
      value: typeof args.virtualWanId === "string" ? args.virtualWanId : "(an Output)",
      allowed: "virtualWanId only with hubAddressPrefix",
      fix: "Remove virtualWanId, or create the hub with hubAddressPrefix.",
    });
  }
  return report.findings;
}

/** Every finding about a hub gateway's arguments: how it names its hub, and the Virtual WAN rules. */
export function hubGatewayFindings(name: string, args: VirtualWanHubGatewayArgs): Finding[] {
  const { gateway, hubs, wans } = hubGatewayModel(name, args);
  const model: TopologyModel = { ...EMPTY_MODEL, gateways: [gateway], virtualHubs: hubs, virtualWans: wans };
  return [
    ...hubInputFindings(name, args),
    ...validateTopology(model, {
      rules: [
        azureRegionKnown,
        virtualWanType,
        virtualHubAddressPrefix,
        hubGatewayScaleUnits,
        virtualWanHubAdvice,
      ],
    }),
  ];
}

/**
 * An ExpressRoute gateway in a Virtual WAN hub: in an existing hub (`virtualHubId`), or in a Standard hub the
 * component creates (`hubAddressPrefix`) in an existing Virtual WAN or a new Standard one. Scale units are
 * checked against what a hub offers (1 to 10, 2 Gbps each). Connect circuits with
 * {@link VirtualWanHubGateway.connect}; each connection is checked against the hub's limits (8 circuits, 4
 * per peering location) and the circuit's reach and link limit before anything is created.
 */
export class VirtualWanHubGateway extends pulumi.ComponentResource {
  /** The gateway resource. */
  public readonly gateway: network.ExpressRouteGateway;
  /** The gateway's ARM id. */
  public readonly id: pulumi.Output<string>;
  /** The hub's ARM id (the existing hub's, or the created one's). */
  public readonly virtualHubId: pulumi.Output<string>;
  /** The hub, when the component created it. */
  public readonly virtualHub?: network.VirtualHub;
  /** The Virtual WAN, when the component created it. */
  public readonly virtualWan?: network.VirtualWan;
  /** The arguments, for the connections' checks. */
  public readonly args: VirtualWanHubGatewayArgs;
  /** The component's name. */
  public readonly hubGatewayComponentName: string;
  /** Circuit connections made to this gateway by this program, in order. */
  public readonly links: HubCircuitConnection[];
  /** The gateway's alerts (absent when `monitoring.enabled` is false). */
  public readonly monitoring?: ComponentMonitoring;
  /** The role assignments on the gateway, in the order of `roleAssignments`. */
  public readonly roleAssignments: authorization.RoleAssignment[];
  /** The gateway's Azure region. */
  public readonly location: pulumi.Output<string>;

  constructor(name: string, args: VirtualWanHubGatewayArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("VirtualWanHubGateway", name, args, VIRTUAL_WAN_HUB_GATEWAY);
    super("expressroute:index:VirtualWanHubGateway", name, {}, opts);
    this.links = [];
    const findings = [
      ...hubGatewayFindings(name, args),
      ...monitoringFindings(name, args.monitoring),
      ...roleAssignmentFindings(name, args.roleAssignments),
    ];
    throwIfInvalid("VirtualWanHubGateway", name, findings);
    warnAdvisories(findings, this);
    this.args = args;
    this.hubGatewayComponentName = name;

    const late = (value: pulumi.Input<string>, path: string) =>
      shapeWhenKnown("VirtualWanHubGateway", name, value, armName(), path);
    const resourceGroupName = late(args.resourceGroupName, "resourceGroupName");
    const tags = sendableTags(args.tags);
    let hubId: pulumi.Input<string>;
    if (args.hubAddressPrefix !== undefined) {
      const wanId =
        args.virtualWanId !== undefined
          ? shapeWhenKnown(
              "VirtualWanHubGateway",
              name,
              args.virtualWanId,
              armId(ARM_TYPES.virtualWan),
              "virtualWanId",
            )
          : (this.virtualWan = new network.VirtualWan(
              `${name}-wan`,
              {
                resourceGroupName,
                location: args.location,
                virtualWANName: conventionalName(
                  "VirtualWanHubGateway",
                  { kind: "virtualWan", name, location: args.location, defaultName: `${name}-wan` },
                  args.virtualWanName === undefined ? undefined : late(args.virtualWanName, "virtualWanName"),
                  args.naming,
                ),
                type: "Standard",
                tags,
              },
              { parent: this },
            )).id;
      this.virtualHub = new network.VirtualHub(
        `${name}-hub`,
        {
          resourceGroupName,
          location: args.location,
          virtualHubName: conventionalName(
            "VirtualWanHubGateway",
            { kind: "virtualHub", name, location: args.location, defaultName: `${name}-hub` },
            args.virtualHubName === undefined ? undefined : late(args.virtualHubName, "virtualHubName"),
            args.naming,
          ),
          virtualWan: { id: wanId },
          addressPrefix: args.hubAddressPrefix,
          sku: "Standard",
          tags,
        },
        { parent: this },
      );
      hubId = this.virtualHub.id;
    } else {
      hubId = shapeWhenKnown(
        "VirtualWanHubGateway",
        name,
        args.virtualHubId as pulumi.Input<string>,
        armId(ARM_TYPES.virtualHub),
        "virtualHubId",
      );
    }
    const units = hubScaleUnitsOf(args);
    this.gateway = new network.ExpressRouteGateway(
      `${name}-gateway`,
      {
        resourceGroupName,
        location: args.location,
        expressRouteGatewayName: conventionalName(
          "VirtualWanHubGateway",
          { kind: "gateway", name, location: args.location, defaultName: name },
          args.gatewayName === undefined ? undefined : late(args.gatewayName, "gatewayName"),
          args.naming,
        ),
        virtualHub: { id: hubId },
        autoScaleConfiguration: { bounds: { min: units.min, max: units.max } },
        allowNonVirtualWanTraffic: args.allowNonVirtualWanTraffic ?? false,
        tags,
      },
      { parent: this },
    );
    this.id = this.gateway.id;
    this.virtualHubId = pulumi.output(hubId);
    this.location = this.gateway.location.apply((l) => l ?? args.location);
    this.roleAssignments = roleAssignments(name, this.gateway.id, args.roleAssignments, { parent: this });
    if (ComponentMonitoring.enabled(args.monitoring)) {
      const m = new ComponentMonitoring(
        { name, id: this.gateway.id, resourceGroupName, tags, parent: this },
        args.monitoring,
      );
      for (const alert of HUB_GATEWAY_ALERTS) m.metricAlert(alert);
      m.diagnostics([]);
      this.monitoring = m;
    }
    this.registerOutputs({ id: this.id, virtualHubId: this.virtualHubId });
  }

  /** Connects a circuit to this hub (a {@link HubCircuitConnection} child of the gateway). */
  connect(name: string, args: HubLinkArgs, opts?: pulumi.ComponentResourceOptions): HubCircuitConnection {
    checkArguments("HubCircuitConnection", name, args, HUB_CONNECTION_LINK);
    return new HubCircuitConnection(name, { ...args, gateway: this }, { parent: this, ...opts });
  }
}
