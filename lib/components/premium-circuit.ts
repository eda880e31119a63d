import type * as pulumi from "@pulumi/pulumi";
import type { SkuFamily } from "../core/facts/circuit";
import { PREMIUM_CIRCUIT } from "./argument-shapes";
import { CircuitComponent } from "./circuit-component";
import { checkArguments } from "./validation-error";
import type { ProviderCircuitArgs } from "./provider-circuit-args";

/** Arguments of {@link PremiumCircuit}. */
export interface PremiumCircuitArgs extends ProviderCircuitArgs {
  /**
   * The billing model.
   * @default "MeteredData"
   */
  readonly skuFamily?: SkuFamily;
}

/**
 * A Premium ExpressRoute circuit: reaches VNets in every geopolitical region (national clouds excepted),
 * takes 10,000 private-peering routes and more VNet links (20 to 100 by bandwidth; see `limits`), and can
 * use Global Reach across geopolitical regions. Dual BGP on every peering, as {@link RedundantCircuit}.
 */
export class PremiumCircuit extends CircuitComponent {
  constructor(name: string, args: PremiumCircuitArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("PremiumCircuit", name, args, PREMIUM_CIRCUIT);
    super(
      "expressroute:index:PremiumCircuit",
      name,
      {
        component: "PremiumCircuit",
        args,
        tier: "Premium",
        family: args.skuFamily ?? "MeteredData",
        tierPath: "(PremiumCircuit tier)",
        familyPath: "skuFamily",
        provider: args,
      },
      opts,
    );
  }
}
