import { Construct } from "constructs";
import { EstateConstruct } from "./estate-construct";

/** Props of {@link Site}. */
export interface SiteProps {
  /** The Azure region the site's circuits are created in (usually the one nearest the site), e.g. `westeurope`. */
  readonly location: string;
  /** The site's two customer edge routers: the primary link of each circuit lands on the first, the secondary on the second. */
  readonly edgeRouters: readonly [string, string];
  /**
   * The connectivity provider of the site's circuits.
   * @default the estate's default provider
   */
  readonly serviceProviderName?: string;
}

/**
 * An on-premises location: its two customer edge routers and the circuits that leave it (each an
 * {@link EstateCircuit} beneath the site). Two circuits at two peering locations make the site maximally
 * resilient (rule site-resiliency).
 */
export class Site extends EstateConstruct<SiteProps> {
  /** What kind of estate construct this is. */
  public override readonly blueprintKind = "site" as const;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id, props);
  }

  /** The site a construct is under. */
  static of(construct: Construct): Site {
    const site = [...construct.node.scopes].reverse().find((s): s is Site => s instanceof Site);
    if (!site) throw new Error(`${construct.node.path} is not under a Site: create circuits in a Site`);
    return site;
  }
}
