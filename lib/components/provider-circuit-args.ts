import type { KnownOr, PeeringLocationName } from "../core/facts/location-names";
import type * as pulumi from "@pulumi/pulumi";
import type { ProviderBandwidthMbps } from "../core/facts/circuit";
import type { CircuitCommonArgs } from "./circuit-args";

/** Arguments of a circuit ordered from a connectivity provider. */
export interface ProviderCircuitArgs extends CircuitCommonArgs {
  /** The connectivity provider as the ExpressRouteServiceProviders list names it, e.g. `Equinix`. */
  readonly serviceProviderName: pulumi.Input<string>;
  /** The peering location, e.g. `Amsterdam`, `Washington DC`, `London2`. */
  readonly peeringLocation: KnownOr<PeeringLocationName>;
  /** The circuit bandwidth in Mbps: 50, 100, 200, 500, 1000, 2000, 5000 or 10000. */
  readonly bandwidthInMbps: ProviderBandwidthMbps;
}
