import { Construct } from "constructs";
import type { SkuFamily, SkuTier } from "../core/facts/circuit";
import { Site } from "./site";
import { EstateConstruct } from "./estate-construct";

/** Props of {@link EstateCircuit}. */
export interface EstateCircuitProps {
  /** The peering location, e.g. `Frankfurt`. */
  readonly peeringLocation: string;
  /**
   * The connectivity provider.
   * @default the site's provider, else the estate's
   */
  readonly serviceProviderName?: string;
  /**
   * The bandwidth in Mbps.
   * @default the estate's default bandwidth (1000 unless set)
   */
  readonly bandwidthInMbps?: number;
  /**
   * The SKU tier: Standard, Premium (reach across geopolitical regions) or Local.
   * @default the estate's default tier ("Standard" unless set)
   */
  readonly skuTier?: SkuTier;
  /**
   * The billing model.
   * @default the estate's default family ("MeteredData" unless set; Local circuits are always UnlimitedData)
   */
  readonly skuFamily?: SkuFamily;
  /**
   * The Azure region of the circuit resource.
   * @default the site's location
   */
  readonly location?: string;
}

/**
 * A circuit of a site, with private peering: its /29 (split into the two /30s of dual BGP) and its VLAN are
 * allocated from the estate's pools and recorded in the allocation file, and its ASN is the estate's.
 */
export class EstateCircuit extends EstateConstruct<EstateCircuitProps> {
  /** What kind of estate construct this is. */
  public override readonly blueprintKind = "circuit" as const;

  constructor(scope: Site | Construct, id: string, props: EstateCircuitProps) {
    super(scope, id, props);
    Site.of(this);
  }

  /** The site the circuit leaves from. */
  get site(): Site {
    return Site.of(this);
  }
}
