import { ARGUMENT_SHAPES } from "../components/argument-shapes";
import { shapeFindings } from "../components/argument-shape";
import type { ExpressRouteGatewayArgs } from "../components/expressroute-gateway";
import type { RedundantCircuitArgs } from "../components/redundant-circuit";
import { MONITORING, monitoringFindings } from "../components/monitoring";
import type { Finding } from "../core/findings";
import { parsePool, poolProblem, slotsNeeded } from "../core/global-reach-allocation";
import { globalReachPool } from "../core/rules";
import type { AllocationResult } from "./allocation";
import type { Estate } from "./estate";
import type { EstateCircuit } from "./estate-circuit";
import type { EstateHub } from "./estate-hub";
import { circuitSettings, membersOf } from "./estate-model";

/** The component a circuit construct renders into, and its arguments. */
export interface PlannedCircuit {
  readonly construct: EstateCircuit;
  readonly component: "RedundantCircuit" | "PremiumCircuit" | "LocalCircuit";
  readonly args: RedundantCircuitArgs;
}

/** The circuits' components and arguments (circuits without an allocated block are left out). */
export function plannedCircuits(estate: Estate, allocation: AllocationResult): PlannedCircuit[] {
  return membersOf(estate).circuits.flatMap((c) => {
    const s = circuitSettings(estate, c);
    const block = allocation.get("peering", c.node.path);
    if (!block || block.vlan === undefined) return [];
    const component =
      s.skuTier === "Premium"
        ? "PremiumCircuit"
        : s.skuTier === "Local"
          ? "LocalCircuit"
          : "RedundantCircuit";
    const args = {
      resourceGroupName: estate.props.resourceGroupName,
      location: s.location,
      circuitName: estate.azureName(c, "circuit"),
      serviceProviderName: s.serviceProviderName as string,
      peeringLocation: s.peeringLocation,
      bandwidthInMbps: s.bandwidthInMbps as RedundantCircuitArgs["bandwidthInMbps"],
      privatePeering: { peerAsn: estate.props.peerAsn, vlanId: block.vlan, peerAddressPrefix: block.prefix },
      ...(component === "LocalCircuit" ? {} : { skuFamily: s.skuFamily }),
      ...(component === "RedundantCircuit" ? { skuTier: "Standard" as const } : {}),
      ...(estate.props.tags ? { tags: estate.props.tags } : {}),
      ...(estate.props.monitoring ? { monitoring: estate.props.monitoring } : {}),
    } as RedundantCircuitArgs;
    return [{ construct: c, component, args }];
  });
}

/** Each hub's gateway arguments. */
export function plannedGateways(estate: Estate): { construct: EstateHub; args: ExpressRouteGatewayArgs }[] {
  return membersOf(estate).hubs.map((h) => {
    const name = estate.azureName(h, "gateway");
    return {
      construct: h,
      args: {
        resourceGroupName: estate.props.resourceGroupName,
        location: h.props.location,
        virtualNetworkName: h.props.virtualNetworkName,
        gatewaySubnetPrefix: h.props.gatewaySubnetPrefix,
        sku: (h.props.sku ??
          estate.props.defaults?.gatewaySku ??
          "ErGw1AZ") as ExpressRouteGatewayArgs["sku"],
        gatewayName: name,
        // Azure names cannot hold the construct path's slashes, so none is left to auto-naming.
        publicIpAddressName: `${name}-pip`,
        ...(estate.props.tags ? { tags: estate.props.tags } : {}),
        ...(estate.props.monitoring ? { monitoring: estate.props.monitoring } : {}),
      },
    };
  });
}

/**
 * The components' own argument checks (types, names) on the arguments the estate will give them, on the
 * constructs' paths: rendering must never stop half-way because a component refused what the estate accepted.
 */
export function componentArgumentFindings(estate: Estate, allocation: AllocationResult): Finding[] {
  // GlobalReachMesh keeps a slot of its pool for every pair (see its allocation rule), even when every pair's
  // /29 is pinned to the estate's allocation: the estate's first Global Reach pool must hold them.
  const meshPools: Finding[] = membersOf(estate).reaches.flatMap((r) => {
    const text = estate.pools.globalReach[0];
    const pool = text === undefined ? undefined : parsePool(text, 4);
    const slots = slotsNeeded(r.props.circuits.length, r.props.topology ?? "fullMesh");
    const problem = pool?.ok ? poolProblem(pool.pool, slots, 4) : undefined;
    if (!problem) return [];
    return [
      {
        ruleId: globalReachPool.id,
        severity: globalReachPool.severity,
        message: `${problem.message} (GlobalReachMesh keeps a slot per pair of its members).`,
        path: "circuits",
        value: text!,
        allowed: problem.allowed,
        fix: "Give the estate a larger first Global Reach pool, or fewer members to this Global Reach.",
        resource: r.node.path,
      },
    ];
  });
  const monitoring = estate.props.monitoring;
  const monitoringShape =
    monitoring === undefined ? [] : shapeFindings(monitoring, MONITORING, "monitoring", estate.node.path);
  return [
    ...monitoringShape,
    ...(monitoring === undefined || monitoringShape.length > 0
      ? []
      : monitoringFindings(estate.node.path, monitoring)),
    ...meshPools,
    ...plannedCircuits(estate, allocation).flatMap((p) =>
      shapeFindings(p.args, ARGUMENT_SHAPES[p.component], "", p.construct.node.path),
    ),
    ...plannedGateways(estate).flatMap((p) =>
      shapeFindings(p.args, ARGUMENT_SHAPES.ExpressRouteGateway, "", p.construct.node.path),
    ),
  ];
}
