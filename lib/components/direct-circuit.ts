import type * as pulumi from "@pulumi/pulumi";
import type {
  DirectCircuitBandwidthGbps,
  DirectPortBandwidthGbps,
  SkuFamily,
  SkuTier,
} from "../core/facts/circuit";
import type { DirectPortLocationName, KnownOr } from "../core/facts/location-names";
import type { CircuitCommonArgs } from "./circuit-args";
import { DIRECT_CIRCUIT } from "./argument-shapes";
import { CircuitComponent } from "./circuit-component";
import { checkArguments } from "./validation-error";
import type { SharedPort } from "./circuit-spec";

/** The ExpressRoute Direct port a circuit is carved from: a {@link DirectPort}, or an existing port. */
export interface DirectPortRef {
  /** The port's ARM id. */
  readonly id: pulumi.Input<string>;
  /** The port's speed in Gbps (10, 100 or 400), which decides the circuit sizes it offers. */
  readonly bandwidthInGbps: DirectPortBandwidthGbps;
  /**
   * The port's Direct location (e.g. `Equinix-Amsterdam-AM5`), for the location rules of Global Reach and
   * VNet links. A {@link DirectPort} provides it.
   * @default unknown: location rules about this circuit cannot be checked
   */
  readonly peeringLocation?: KnownOr<DirectPortLocationName>;
  /**
   * The port's VLAN space in this program, so circuits carved from one Dot1Q port get distinct VLANs. A
   * {@link DirectPort} provides it.
   * @default none: VLANs are only checked within the circuit
   */
  readonly sharedPort?: SharedPort;
  /**
   * The authorization key the port's owner gave (a {@link DirectPort}'s `authorizationKeys`, or
   * `Add-AzExpressRoutePortAuthorization`), to create the circuit on a port of another subscription. Kept a
   * Pulumi secret.
   * @default none (the port is in this circuit's subscription)
   */
  readonly authorizationKey?: pulumi.Input<string>;
}

/** Arguments of {@link DirectCircuit}. */
export interface DirectCircuitArgs extends CircuitCommonArgs {
  /** The port to carve the circuit from. */
  readonly port: DirectPortRef;
  /** The circuit's bandwidth in Gbps: 1, 2, 5 or 10 on a 10 Gbps port; 5, 10, 40 or 100 on a 100 Gbps port. */
  readonly bandwidthInGbps: DirectCircuitBandwidthGbps;
  /**
   * The SKU tier.
   * @default "Standard"
   */
  readonly skuTier?: SkuTier;
  /**
   * The billing model (ExpressRoute Direct circuits are created MeteredData unless you choose otherwise).
   * @default "MeteredData"
   */
  readonly skuFamily?: SkuFamily;
  /**
   * Rate-limit the circuit to its bandwidth on the port (Azure's `enableDirectPortRateLimit`).
   * @default not set (Azure's default)
   */
  readonly enableDirectPortRateLimit?: boolean;
}

/**
 * A circuit on an ExpressRoute Direct port, with a bandwidth the port's speed offers, and dual BGP on every
 * peering as {@link RedundantCircuit}.
 */
export class DirectCircuit extends CircuitComponent {
  constructor(name: string, args: DirectCircuitArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("DirectCircuit", name, args, DIRECT_CIRCUIT);
    super(
      "expressroute:index:DirectCircuit",
      name,
      {
        component: "DirectCircuit",
        args,
        tier: args.skuTier ?? "Standard",
        family: args.skuFamily ?? "MeteredData",
        tierPath: "skuTier",
        familyPath: "skuFamily",
        direct: {
          portId: args.port.id,
          portBandwidthInGbps: args.port.bandwidthInGbps,
          portLocation: args.port.peeringLocation,
          sharedPort: args.port.sharedPort,
          bandwidthInGbps: args.bandwidthInGbps,
          authorizationKey: args.port.authorizationKey,
          enableDirectPortRateLimit: args.enableDirectPortRateLimit,
        },
      },
      opts,
    );
  }
}
