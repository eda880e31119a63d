import { conventionalName } from "./naming";
import * as network from "@pulumi/azure-native/network";
import * as pulumi from "@pulumi/pulumi";
import { ARM_TYPES } from "../core/arm-id";
import { EMPTY_MODEL, type ConnectionModel, type TopologyModel } from "../core/model";
import {
  circuitReachesGateway,
  circuitVnetLinkLimit,
  connectionCircuitPrivatePeering,
  connectionRoutingWeight,
  hubCircuitLimits,
} from "../core/rules";
import { validateTopology } from "../core/validate";
import { armId } from "./argument-shape";
import { HUB_CIRCUIT_CONNECTION } from "./argument-shapes";
import { authorizationRedemptions } from "./authorization-redemptions";
import type { CircuitComponent } from "./circuit-component";
import { circuitKey, linkedCircuits, oneCircuitFindings, type LinkedConnection } from "./linked-circuits";
import type { ExistingCircuit } from "./circuit-ref";
import { checkArguments, throwIfInvalid, warnAdvisories } from "./validation-error";
import { shapeWhenKnown } from "./verify-when-known";
import { hubGatewayModel, type VirtualWanHubGateway } from "./virtual-wan-hub-gateway";

/** Arguments of a hub connection, given to {@link VirtualWanHubGateway.connect} (the gateway is implied). */
export interface HubLinkArgs {
  /**
   * A circuit created by this library (its private peering is connected). Required unless `existing` is given.
   * @default none
   */
  readonly circuit?: CircuitComponent;
  /**
   * A circuit created elsewhere (its AzurePrivatePeering is connected). Required unless `circuit` is given.
   * @default none
   */
  readonly existing?: ExistingCircuit;
  /**
   * Routing weight, 0..32000: when the hub learns a prefix from several circuits, the higher weight wins.
   * @default 0
   */
  readonly routingWeight?: number;
  /**
   * An authorization key from the circuit's owner, when the circuit is in another subscription (kept secret).
   * @default none (same subscription)
   */
  readonly authorizationKey?: pulumi.Input<string>;
  /**
   * Propagate the hub's default route (0.0.0.0/0, e.g. from a secured hub's firewall) to the circuit.
   * @default false
   */
  readonly enableInternetSecurity?: boolean;
  /**
   * The connection's Azure name.
   * @default the component's name
   */
  readonly connectionName?: pulumi.Input<string>;
}

/** Arguments of {@link HubCircuitConnection}. */
export interface HubCircuitConnectionArgs extends HubLinkArgs {
  /** The hub gateway to connect the circuit to. */
  readonly gateway: VirtualWanHubGateway;
}

type Linked = LinkedConnection & { readonly args: HubLinkArgs };

/** The hub gateway, its earlier connections and the new one, as the rules see them (paths in the new one's terms). */
export function hubConnectionModel(
  name: string,
  args: HubCircuitConnectionArgs,
  previous: readonly Linked[],
): TopologyModel {
  const gw = args.gateway;
  const { gateway, hubs, wans } = hubGatewayModel(gw.hubGatewayComponentName, gw.args, {
    resource: name,
    fields: { location: "gateway", connections: "gateway" },
  });
  const all: Linked[] = [...previous, { name, args }];
  const { circuits, ports } = linkedCircuits(name, all, { "sku.tier": "circuit" });
  const connections: ConnectionModel[] = all.map((l) => ({
    key: l.name,
    origin: {
      resource: name,
      fields: {
        routingWeight: "routingWeight",
        "peer.id": l.args.circuit ? "circuit" : "existing",
        "virtualNetworkGateway1.id": "gateway",
      },
    },
    connectionType: "ExpressRoute",
    gatewayKey: gateway.key,
    circuitKey: circuitKey(l.args),
    circuitPeering: "AzurePrivatePeering",
    routingWeight: l.args.routingWeight ?? 0,
    fastPath: false,
    privateLinkFastPath: false,
  }));
  return {
    ...EMPTY_MODEL,
    circuits,
    ports,
    gateways: [gateway],
    virtualHubs: hubs,
    virtualWans: wans,
    connections,
  };
}

/**
 * A circuit's connection to a Virtual WAN hub: an `ExpressRouteConnection` from a {@link VirtualWanHubGateway}
 * to the circuit's private peering. Refuses, before creating anything: a routing weight outside 0..32000, a
 * circuit without private peering, a circuit that cannot reach the hub's region (a Standard circuit outside its
 * geopolitical region, a Local circuit outside its Local regions, any circuit in another cloud), a ninth circuit
 * on the hub or a fifth from one peering location, a circuit over its link limit, and an authorization key
 * already redeemed.
 */
export class HubCircuitConnection extends pulumi.ComponentResource {
  /** The connection resource. */
  public readonly connection: network.ExpressRouteConnection;
  /** The connection's ARM id. */
  public readonly id: pulumi.Output<string>;
  /** The connection's name and arguments, for later connections' checks. */
  public readonly linkName: string;
  public readonly linkArgs: HubLinkArgs;

  constructor(name: string, args: HubCircuitConnectionArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("HubCircuitConnection", name, args, HUB_CIRCUIT_CONNECTION);
    super("expressroute:index:HubCircuitConnection", name, {}, opts);
    const gw = args.gateway;
    const previous = gw.links.map((l) => ({ name: l.linkName, args: l.linkArgs }));
    const own = validateTopology(hubConnectionModel(name, args, previous), {
      rules: [
        connectionCircuitPrivatePeering,
        connectionRoutingWeight,
        circuitReachesGateway,
        circuitVnetLinkLimit,
        hubCircuitLimits,
      ],
    }).filter((f) => f.resource === name);
    const authorizations = authorizationRedemptions(name, [
      { name, path: "authorizationKey", key: args.authorizationKey },
    ]);
    throwIfInvalid("HubCircuitConnection", name, [
      ...oneCircuitFindings(name, args),
      ...own,
      ...authorizations.findings,
    ]);
    warnAdvisories(own, this);
    const [authorizationKey] = authorizations.record("HubCircuitConnection");
    this.linkName = name;
    this.linkArgs = args;

    const peeringId = args.circuit
      ? (args.circuit.privatePeeringId as pulumi.Output<string>)
      : pulumi.interpolate`${shapeWhenKnown(
          "HubCircuitConnection",
          name,
          (args.existing as ExistingCircuit).circuitId,
          armId(ARM_TYPES.circuit),
          "existing.circuitId",
        )}/peerings/AzurePrivatePeering`;
    const connectionName = conventionalName(
      "HubCircuitConnection",
      { kind: "connection", name, location: gw.args.location, defaultName: name },
      args.connectionName,
      gw.args.naming,
    );
    this.connection = new network.ExpressRouteConnection(
      `${name}-connection`,
      {
        resourceGroupName: gw.args.resourceGroupName,
        expressRouteGatewayName: gw.gateway.name,
        connectionName,
        name: connectionName,
        expressRouteCircuitPeering: { id: peeringId },
        routingWeight: args.routingWeight ?? 0,
        authorizationKey: authorizationKey === undefined ? undefined : pulumi.secret(authorizationKey),
        enableInternetSecurity: args.enableInternetSecurity ?? false,
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
}
