import { CIRCUIT_ALERTS } from "../core/facts/monitoring";
import { ComponentMonitoring, monitoringFindings } from "./monitoring";
import { sendableTags } from "./plain";
import * as network from "@pulumi/azure-native/network";
import * as pulumi from "@pulumi/pulumi";
import {
  circuitVnetLinkLimit,
  globalReachCircuits,
  globalReachLocation,
  globalReachPrefix,
} from "../core/rules";
import { authorizationRedemptions } from "./authorization-redemptions";
import { validateTopology } from "../core/validate";
import { circuitHost } from "./circuit-ref";
import type { GlobalReachMember, GlobalReachMeshArgs } from "./global-reach-args";
import { planMesh } from "./global-reach-plan";
import { GLOBAL_REACH_MESH } from "./argument-shapes";
import { checkArguments, throwIfInvalid, warnAdvisories } from "./validation-error";
import { shapeWhenKnown } from "./verify-when-known";
import { armId } from "./argument-shape";
import { ARM_TYPES } from "../core/arm-id";

/** A connection of the mesh, as allocated. */
export interface GlobalReachAllocation {
  /** The two members; the connection is configured on the first's private peering (its host). */
  readonly between: string[];
  readonly addressPrefix: string;
  readonly ipv6AddressPrefix?: string;
}

/** An existing member's circuit id, checked when it resolves if it is an Output (a plain one already was). */
function existingId(mesh: string, members: readonly GlobalReachMember[], i: number): pulumi.Input<string> {
  const at = `circuits[${i}].existing.circuitId`;
  return shapeWhenKnown(
    "GlobalReachMesh",
    mesh,
    members[i].existing!.circuitId,
    armId(ARM_TYPES.circuit),
    at,
  );
}

function peeringId(mesh: string, members: readonly GlobalReachMember[], i: number): pulumi.Input<string> {
  const m = members[i];
  if (m.circuit) return m.circuit.privatePeeringId as pulumi.Output<string>;
  return pulumi.interpolate`${existingId(mesh, members, i)}/peerings/AzurePrivatePeering`;
}

function host(
  mesh: string,
  members: readonly GlobalReachMember[],
  i: number,
): { resourceGroupName: pulumi.Input<string>; circuitName: pulumi.Input<string> } {
  const m = members[i];
  if (m.circuit)
    return { resourceGroupName: m.circuit.resourceGroupName, circuitName: m.circuit.circuitName };
  return circuitHost(existingId(mesh, members, i));
}

/**
 * Global Reach between on-premises sites: one ExpressRouteCircuitConnection per pair of circuits (full mesh
 * or hub and spoke), configured on one side only, each with a /29 (and /125 with IPv6) from the address pool.
 *
 * Allocation is stable: pair (i, j) of the append-only member list always takes the same slot of the pool
 * (full mesh: j(j-1)/2 + i; hub and spoke: the spoke's position), so appending a site never renumbers
 * existing connections and retiring one frees its /29s without moving the others. Any pair can be pinned.
 *
 * The connection is hosted on a member in this subscription (no authorization key), preferring a circuit
 * created in this program, then the earlier member; the other member's authorization key is sent (a secret).
 *
 * Refuses, before creating anything: overlapping /29s (with each other, peering /30s or declared ranges), a
 * circuit without private peering, two circuits at one peering location, Local circuits, circuits in
 * different geopolitical regions unless both are Premium, a circuit over its VNet-link limit, and a pool too
 * small for the mesh (saying how big it must be), a circuit at a location without Global Reach, and one
 * authorization key redeemed by two pairs (each connection needs its own authorization).
 */
export class GlobalReachMesh extends pulumi.ComponentResource {
  /** The connection resources, one per pair. */
  public readonly connections: network.ExpressRouteCircuitConnection[];
  /** Each pair's prefixes. */
  public readonly allocations: pulumi.Output<GlobalReachAllocation[]>;
  /** The alerts on existing members, by member name (only when `monitoring` is given). */
  public readonly monitoring: Record<string, ComponentMonitoring>;

  constructor(name: string, args: GlobalReachMeshArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("GlobalReachMesh", name, args, GLOBAL_REACH_MESH);
    super("expressroute:index:GlobalReachMesh", name, {}, opts);
    this.connections = [];
    const plan = planMesh(name, args);
    const members = args.circuits;
    // A member in another subscription redeems its authorization key in every pair hosted on the other side.
    const authorizations = authorizationRedemptions(
      name,
      plan.connections.map((c) => ({
        name: `${name}-${members[c.host].name}-${members[c.peer].name}`,
        path: `circuits[${c.peer}].authorizationKey`,
        key: members[c.peer].authorizationKey,
      })),
    );
    const findings = [
      ...plan.inputFindings,
      ...validateTopology(plan.model, {
        rules: [globalReachPrefix, globalReachCircuits, globalReachLocation, circuitVnetLinkLimit],
      }),
      ...authorizations.findings,
      ...monitoringFindings(name, args.monitoring),
    ];
    throwIfInvalid("GlobalReachMesh", name, findings);
    warnAdvisories(findings, this);
    const keys = authorizations.record("GlobalReachMesh");

    for (const [k, c] of plan.connections.entries()) {
      const [a, b] = [members[c.host], members[c.peer]];
      const authorizationKey = keys[k];
      const where = host(name, members, c.host);
      const connectionName = `${a.name}-${b.name}`;
      const dependsOn = [a.circuit?.privatePeering, b.circuit?.privatePeering].filter(
        (x): x is network.ExpressRouteCircuitPeering => Boolean(x),
      );
      this.connections.push(
        new network.ExpressRouteCircuitConnection(
          `${name}-${connectionName}`,
          {
            resourceGroupName: where.resourceGroupName,
            circuitName: where.circuitName,
            peeringName: "AzurePrivatePeering",
            connectionName,
            expressRouteCircuitPeering: { id: peeringId(name, members, c.host) },
            peerExpressRouteCircuitPeering: { id: peeringId(name, members, c.peer) },
            addressPrefix: c.addressPrefix,
            ipv6CircuitConnectionConfig: c.ipv6AddressPrefix
              ? { addressPrefix: c.ipv6AddressPrefix }
              : undefined,
            authorizationKey: authorizationKey === undefined ? undefined : pulumi.secret(authorizationKey),
          },
          { parent: this, dependsOn, additionalSecretOutputs: ["authorizationKey"] },
        ),
      );
      a.circuit?.addLink();
      b.circuit?.addLink();
    }
    this.allocations = pulumi.output(
      plan.connections.map((c) => ({
        between: [members[c.host].name, members[c.peer].name],
        addressPrefix: c.addressPrefix,
        ...(c.ipv6AddressPrefix ? { ipv6AddressPrefix: c.ipv6AddressPrefix } : {}),
      })),
    );
    this.monitoring = {};
    if (args.monitoring && ComponentMonitoring.enabled(args.monitoring))
      for (const [i, member] of members.entries()) {
        if (!member.existing || member.retired) continue;
        const circuitId = existingId(name, members, i);
        const m = new ComponentMonitoring(
          {
            name: `${name}-${member.name}`,
            id: pulumi.output(circuitId),
            resourceGroupName: circuitHost(circuitId).resourceGroupName,
            tags: sendableTags(args.tags),
            parent: this,
          },
          { ...args.monitoring, maintenanceAlert: false },
        );
        for (const alert of CIRCUIT_ALERTS) m.metricAlert(alert);
        this.monitoring[member.name] = m;
      }
    this.registerOutputs({ allocations: this.allocations });
  }
}
