import { Construct } from "constructs";
import type { EstateCircuit } from "./estate-circuit";
import { EstateConstruct } from "./estate-construct";

/** Props of {@link EstateHub}. */
export interface EstateHubProps {
  /** The Azure region of the hub's VNet and gateway. */
  readonly location: string;
  /** The hub VNet (it exists already; the hub creates its GatewaySubnet). */
  readonly virtualNetworkName: string;
  /** The GatewaySubnet to create in it (a /27 is Microsoft's recommendation). */
  readonly gatewaySubnetPrefix: string;
  /** The circuits linked to the hub's gateway. */
  readonly circuits: readonly EstateCircuit[];
  /**
   * The gateway SKU.
   * @default the estate's default gateway SKU ("ErGw1AZ" unless set)
   */
  readonly sku?: string;
  /**
   * Routing weights of the links, by the circuit's construct id (the higher is preferred).
   * @default 0 for every link
   */
  readonly routingWeights?: Readonly<Record<string, number>>;
}

/** A hub: a zone-redundant ExpressRoute gateway in a VNet, linked to some of the estate's circuits. */
export class EstateHub extends EstateConstruct<EstateHubProps> {
  /** What kind of estate construct this is. */
  public override readonly blueprintKind = "hub" as const;

  constructor(scope: Construct, id: string, props: EstateHubProps) {
    super(scope, id, props);
  }
}
