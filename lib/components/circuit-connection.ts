import { sendableTags } from "./plain";
import { conventionalName } from "./naming";
import * as network from "@pulumi/azure-native/network";
import * as pulumi from "@pulumi/pulumi";
import { EMPTY_MODEL, type ConnectionModel, type TopologyModel } from "../core/model";
import {
  connectionCircuitPrivatePeering,
  connectionDualStack,
  gatewayCircuitsPerLocation,
  circuitReachesGateway,
  circuitVnetLinkLimit,
  connectionFastPath,
  connectionRoutingWeight,
  gatewayConnectionLimit,
  gatewaySubnetSize,
  privatePeeringVnetOverlap,
} from "../core/rules";
import { validateTopology } from "../core/validate";
import type { CircuitComponent } from "./circuit-component";
import { authorizationRedemptions } from "./authorization-redemptions";
import type { ExistingCircuit } from "./circuit-ref";
import { gatewayModel, type ExpressRouteGateway } from "./expressroute-gateway";
import { CIRCUIT_CONNECTION } from "./argument-shapes";
import { shapeWhenKnown } from "./verify-when-known";
import { armId } from "./argument-shape";
import { ARM_TYPES } from "../core/arm-id";
import { circuitKey, linkedCircuits, oneCircuitFindings, type LinkedConnection } from "./linked-circuits";
import { checkArguments, throwIfInvalid, warnAdvisories } from "./validation-error";

/** Arguments of a VNet link, given to {@link ExpressRouteGateway.connect} (the gateway is implied). */
export interface CircuitLinkArgs {
  /**
   * A circuit created by this library. Required unless `existing` is given.
   * @default none
   */
  readonly circuit?: CircuitComponent;
  /**
   * A circuit created elsewhere. Required unless `circuit` is given.
   * @default none
   */
  readonly existing?: ExistingCircuit;
  /**
   * Routing weight, 0..32000; the link with the higher weight is preferred.
   * @default 0
   */
  readonly routingWeight?: number;
  /**
   * An authorization key from the circuit's owner, when the circuit is in another subscription (kept secret).
   * @default none (same subscription)
   */
  readonly authorizationKey?: pulumi.Input<string>;
  /**
   * FastPath: traffic bypasses the gateway (UltraPerformance, ErGw3AZ, or ErGwScale with 10+ units).
   * @default false
   */
  readonly fastPath?: boolean;
  /**
   * Private Link FastPath (needs FastPath and an ExpressRoute Direct circuit).
   * @default false
   */
  readonly privateLinkFastPath?: boolean;
  /**
   * The connection's Azure name.
   * @default the component's name
   */
  readonly connectionName?: pulumi.Input<string>;
}

/** Arguments of {@link CircuitConnection}. */
export interface CircuitConnectionArgs extends CircuitLinkArgs {
  /** The gateway to link the circuit to. */
  readonly gateway: ExpressRouteGateway;
}

type Linked = LinkedConnection & { readonly args: CircuitLinkArgs };

/** The gateway, its existing links and the new one, as the rules see them (paths in the new link's terms). */
export function connectionModel(
  name: string,
  args: CircuitConnectionArgs,
  previous: readonly Linked[],
): TopologyModel {
  const gw = args.gateway;
  const { gateway, vnets } = gatewayModel(gw.gatewayComponentName, gw.args, {
    resource: name,
    fields: {
      "sku.name": "gateway",
      "autoScaleConfiguration.bounds.min": "gateway",
      "ipConfigurations[0].subnet.id": "gateway",
      connections: "gateway",
    },
  } as { resource: string });
  const all: Linked[] = [...previous, { name, args }];
  const { circuits, ports } = linkedCircuits(name, all, {
    "sku.tier": "circuit",
    // Its private peering's link prefixes come from the circuit's own privatePeering argument.
    primaryPeerAddressPrefix: "circuit",
    secondaryPeerAddressPrefix: "circuit",
    "ipv6.primaryPeerAddressPrefix": "circuit",
    "ipv6.secondaryPeerAddressPrefix": "circuit",
  });
  const connections: ConnectionModel[] = all.map((l) => ({
    key: l.name,
    origin: {
      resource: name,
      fields: {
        routingWeight: "routingWeight",
        "peer.id": l.args.circuit ? "circuit" : "existing",
        expressRouteGatewayBypass: "fastPath",
        enablePrivateLinkFastPath: "privateLinkFastPath",
        "virtualNetworkGateway1.id": "gateway",
      },
    },
    connectionType: "ExpressRoute",
    gatewayKey: gateway.key,
    circuitKey: circuitKey(l.args),
    routingWeight: l.args.routingWeight ?? 0,
    fastPath: l.args.fastPath ?? false,
    privateLinkFastPath: l.args.privateLinkFastPath ?? false,
  }));
  return { ...EMPTY_MODEL, circuits, ports, gateways: [gateway], vnets, connections };
}

/**
 * A VNet link: a `VirtualNetworkGatewayConnection` of type ExpressRoute from an {@link ExpressRouteGateway} to
 * a circuit. Refuses, before creating anything: a routing weight outside 0..32000, FastPath on a gateway SKU
 * without it (or Private Link FastPath without FastPath and a Direct circuit), more circuits than the gateway
 * SKU accepts, a circuit that cannot reach the gateway's region, and a circuit over its VNet-link limit.
 */
export class CircuitConnection extends pulumi.ComponentResource {
  /** The connection resource. */
  public readonly connection: network.VirtualNetworkGatewayConnection;
  /** The connection's ARM id. */
  public readonly id: pulumi.Output<string>;

  constructor(name: string, args: CircuitConnectionArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("CircuitConnection", name, args, CIRCUIT_CONNECTION);
    super("expressroute:index:CircuitConnection", name, {}, opts);
    const gw = args.gateway;
    const previous = gw.links.map((l) => ({ name: l.linkName, args: l.linkArgs }));
    const model = connectionModel(name, args, previous);
    const own = validateTopology(model, {
      rules: [
        connectionCircuitPrivatePeering,
        gatewayCircuitsPerLocation,
        connectionRoutingWeight,
        connectionFastPath,
        connectionDualStack,
        gatewayConnectionLimit,
        circuitReachesGateway,
        circuitVnetLinkLimit,
        gatewaySubnetSize,
        privatePeeringVnetOverlap,
      ],
    }).filter((f) => f.resource === name);
    const authorizations = authorizationRedemptions(name, [
      { name, path: "authorizationKey", key: args.authorizationKey },
    ]);
    throwIfInvalid("CircuitConnection", name, [
      ...oneCircuitFindings(name, args),
      ...own,
      ...authorizations.findings,
    ]);
    warnAdvisories(own, this);
    const [authorizationKey] = authorizations.record("CircuitConnection");
    this.linkName = name;
    this.linkArgs = args;

    const circuitId = args.circuit
      ? args.circuit.circuitId
      : shapeWhenKnown(
          "CircuitConnection",
          name,
          (args.existing as ExistingCircuit).circuitId,
          armId(ARM_TYPES.circuit),
          "existing.circuitId",
        );
    this.connection = new network.VirtualNetworkGatewayConnection(
      `${name}-connection`,
      {
        resourceGroupName: gw.args.resourceGroupName,
        location: gw.args.location,
        virtualNetworkGatewayConnectionName: conventionalName(
          "CircuitConnection",
          { kind: "connection", name, location: gw.args.location, defaultName: name },
          args.connectionName,
          gw.args.naming,
        ),
        connectionType: "ExpressRoute",
        virtualNetworkGateway1: { id: gw.id },
        peer: { id: circuitId },
        routingWeight: args.routingWeight ?? 0,
        authorizationKey: authorizationKey === undefined ? undefined : pulumi.secret(authorizationKey),
        expressRouteGatewayBypass: args.fastPath ?? false,
        enablePrivateLinkFastPath: args.privateLinkFastPath ? true : undefined,
        tags: sendableTags(gw.args.tags),
      },
      {
        parent: this,
        dependsOn: args.circuit?.privatePeering ? [args.circuit.privatePeering] : [],
        additionalSecretOutputs: ["authorizationKey"],
      },
    );
    gw.links.push(this);
    args.circuit?.addLink();
    this.id = this.connection.id;
    this.registerOutputs({ id: this.id });
  }

  /** The link's name and arguments, for later links' checks. */
  public readonly linkName: string;
  public readonly linkArgs: CircuitLinkArgs;
}
