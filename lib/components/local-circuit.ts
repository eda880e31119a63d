import type * as pulumi from "@pulumi/pulumi";
import { LOCAL_CIRCUIT } from "./argument-shapes";
import { CircuitComponent } from "./circuit-component";
import { checkArguments } from "./validation-error";
import type { ProviderCircuitArgs } from "./provider-circuit-args";

/** Arguments of {@link LocalCircuit}. */
export type LocalCircuitArgs = ProviderCircuitArgs;

/**
 * An ExpressRoute Local circuit: UnlimitedData at no extra egress cost, reaching only the one or two Azure
 * regions next to its peering location, without Global Reach or Premium. Refuses a peering location that has
 * no Local region. Dual BGP on every peering, as {@link RedundantCircuit}.
 */
export class LocalCircuit extends CircuitComponent {
  constructor(name: string, args: LocalCircuitArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("LocalCircuit", name, args, LOCAL_CIRCUIT);
    super(
      "expressroute:index:LocalCircuit",
      name,
      {
        component: "LocalCircuit",
        args,
        tier: "Local",
        family: "UnlimitedData",
        tierPath: "(LocalCircuit tier)",
        familyPath: "(LocalCircuit family)",
        provider: args,
      },
      opts,
    );
  }
}
