import type * as pulumi from "@pulumi/pulumi";
import type { CircuitModel } from "../core/model";
import type { CircuitCommonArgs } from "./circuit-args";

/** What one of the circuit components asks the shared implementation to build. */
export interface CircuitSpec {
  /** The component's class name, for messages. */
  readonly component: string;
  readonly args: CircuitCommonArgs;
  readonly tier: string;
  readonly family: string;
  /** The argument names the user wrote for tier and family (e.g. `skuTier`), for findings. */
  readonly tierPath: string;
  readonly familyPath: string;
  /** A provider circuit. */
  readonly provider?: {
    readonly serviceProviderName: pulumi.Input<string>;
    readonly peeringLocation: string;
    readonly bandwidthInMbps: number;
  };
  /** An ExpressRoute Direct circuit. */
  readonly direct?: {
    readonly portId: pulumi.Input<string>;
    readonly portBandwidthInGbps: number;
    readonly portLocation?: string;
    /** The circuits already carved from the same port in this program (Dot1Q ports share one VLAN space). */
    readonly sharedPort?: SharedPort;
    readonly bandwidthInGbps: number;
    /** The key of the port owner's authorization, when the port belongs to another subscription. */
    readonly authorizationKey?: pulumi.Input<string>;
    readonly enableDirectPortRateLimit?: boolean;
  };
}

/** A Direct port of this program and the circuits carved from it so far, as the rules see them. */
export interface SharedPort {
  readonly key: string;
  readonly encapsulation: string;
  /** Whether the port's two links are enabled (a new port's stay disabled until the cross-connects exist). */
  readonly linksEnabled: boolean;
  readonly circuits: CircuitModel[];
}
