import type * as pulumi from "@pulumi/pulumi";
import type { SkuFamily, SkuTier } from "../core/facts/circuit";
import { REDUNDANT_CIRCUIT } from "./argument-shapes";
import { CircuitComponent } from "./circuit-component";
import { checkArguments } from "./validation-error";
import type { ProviderCircuitArgs } from "./provider-circuit-args";

/** Arguments of {@link RedundantCircuit}. */
export interface RedundantCircuitArgs extends ProviderCircuitArgs {
  /**
   * The SKU tier. Use {@link PremiumCircuit} or {@link LocalCircuit} for their defaults and documentation.
   * @default "Standard"
   */
  readonly skuTier?: SkuTier;
  /**
   * The billing model.
   * @default "MeteredData"
   */
  readonly skuFamily?: SkuFamily;
}

/**
 * An ExpressRoute circuit from a connectivity provider whose peerings always have both BGP sessions (two
 * /30s, one per Microsoft edge router), the configuration Microsoft's availability SLA requires.
 *
 * Refuses, before creating anything, arguments that break an ExpressRoute rule, listing every problem.
 */
export class RedundantCircuit extends CircuitComponent {
  constructor(name: string, args: RedundantCircuitArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("RedundantCircuit", name, args, REDUNDANT_CIRCUIT);
    super(
      "expressroute:index:RedundantCircuit",
      name,
      {
        component: "RedundantCircuit",
        args,
        tier: args.skuTier ?? "Standard",
        family: args.skuFamily ?? "MeteredData",
        tierPath: "skuTier",
        familyPath: "skuFamily",
        provider: args,
      },
      opts,
    );
  }
}
