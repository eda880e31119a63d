import { Construct, type IConstruct } from "constructs";
import type { SkuFamily, SkuTier } from "../core/facts/circuit";
import type { Finding } from "../core/findings";
import type { TopologyModel } from "../core/model";
import { EMPTY_ALLOCATIONS, type AllocationFile, type AllocationResult } from "./allocation";
import { estateAllocation, estateModel } from "./estate-model";
import type { MonitoringArgs } from "../components/monitoring";
import type { OrgRule } from "./org-rule";
import { estateFindings, messagesFor } from "./validate-estate";
import type { EstatePolicyConfig } from "./estate-policy";

/** What an Azure name is made from: the kind of resource and the construct path below the estate. */
export interface NamingInput {
  readonly kind: "circuit" | "gateway" | "connection" | "globalReach";
  /** The ids from below the estate down to the construct, e.g. `["prod", "Site-Frankfurt", "Circuit-Primary"]`. */
  readonly parts: readonly string[];
}

/** The org's defaults, applied wherever a construct does not say otherwise. */
export interface EstateDefaults {
  /**
   * The circuits' SKU tier.
   * @default "Standard"
   */
  readonly skuTier?: Exclude<SkuTier, "Local">;
  /**
   * The circuits' billing model.
   * @default "MeteredData"
   */
  readonly skuFamily?: SkuFamily;
  /**
   * The circuits' bandwidth in Mbps.
   * @default 1000
   */
  readonly bandwidthInMbps?: number;
  /**
   * The connectivity provider.
   * @default none: each site or circuit names its own
   */
  readonly serviceProviderName?: string;
  /**
   * The hubs' gateway SKU.
   * @default "ErGw1AZ"
   */
  readonly gatewaySku?: string;
}

/** Props of {@link Estate}. */
export interface EstateProps {
  /** The org's BGP ASN on the customer edge routers (private peering). */
  readonly peerAsn: number;
  /** The resource group everything is created in. */
  readonly resourceGroupName: string;
  /** Where peering /29s, their VLANs and Global Reach /29s come from. */
  readonly pools: {
    /** IPv4 ranges of the peering /29s (one per circuit, split into the two /30s of dual BGP). */
    readonly peering: string | readonly string[];
    /**
     * IPv4 ranges of the Global Reach /29s (one per pair of sites).
     * @default none: the estate has no Global Reach
     */
    readonly globalReach?: string | readonly string[];
    /**
     * The VLANs private peerings take.
     * @default 100..3999
     */
    readonly vlans?: { readonly min: number; readonly max: number };
  };
  /**
   * The allocation file's content (`expressroute.allocations.json`, committed with the template): what was
   * allocated before, which stays as it is.
   * @default nothing allocated yet
   */
  readonly allocations?: AllocationFile;
  /**
   * The part of the estate this program owns in a shared allocation file: the id of the construct beneath
   * the estate (an environment, when each stack renders one environment). Entries outside it are kept as
   * they are; entries inside it whose construct is gone are retired.
   * @default the whole estate
   */
  readonly allocationScope?: string;
  /** @default the org's defaults of {@link EstateDefaults} */
  readonly defaults?: EstateDefaults;
  /**
   * Tags on every resource.
   * @default none
   */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * Monitoring for every circuit and gateway of the estate, set once here (action groups, e-mails, severity,
   * thresholds, a workspace). See {@link MonitoringArgs}.
   * @default each component's default monitoring (availability, maintenance and gateway alerts)
   */
  readonly monitoring?: MonitoringArgs;
  /**
   * The Azure name of a resource.
   * @default the lower-case ids below the estate, joined by dashes (`prod-site-frankfurt-circuit-primary`)
   */
  readonly naming?: (input: NamingInput) => string;
  /**
   * Levels and exemptions for the estate's rules, in the policy pack's config format (`all` too); exemptions
   * name construct paths (globs allowed).
   * @default every rule at its own level
   */
  readonly policyConfig?: EstatePolicyConfig;
}

/** The default naming: lower-case ids below the estate, non-alphanumerics as dashes. */
export function defaultNaming(input: NamingInput): string {
  return input.parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * The root of an org's ExpressRoute estate: its defaults, pools, naming and rules. Sites, circuits, hubs and
 * Global Reach are constructs beneath it, composed by org templates (plain `Construct` subclasses). The whole
 * tree is validated at once with the library's rules and the org's own (`node.validate()` on each construct,
 * or {@link Estate.findings}), before any Pulumi resource exists; {@link renderEstate} then creates the
 * library's components for it.
 */
export class Estate extends Construct {
  /** The props, as given. */
  public readonly props: EstateProps;
  private readonly orgRules: OrgRule[] = [];
  private revisionCount = 0;

  constructor(id: string, props: EstateProps) {
    super(undefined as unknown as Construct, id);
    this.props = props;
    // Validation of the whole tree, reported on each construct by its path (see validate-estate.ts).
    this.node.addValidation({ validate: () => messagesFor(this, this) });
  }

  /** The estate a construct belongs to. */
  static of(construct: IConstruct): Estate {
    const root = construct.node.root;
    if (!(root instanceof Estate))
      throw new Error(`${construct.node.path} is not in an Estate: create it under new Estate(...)`);
    return root;
  }

  /** Adds an org rule, run with the library's rules and reported like them. */
  addRule(rule: OrgRule): void {
    this.orgRules.push(rule);
    this.changed();
  }

  /** Counts changes to the estate's props and rules, so a validation of an older state is not reused. */
  get revision(): number {
    return this.revisionCount;
  }

  /** Records that a construct's props changed. */
  changed(): void {
    this.revisionCount++;
  }

  /** The org rules added to this estate. */
  get rules(): readonly OrgRule[] {
    return this.orgRules;
  }

  /** The pools, each as a list. */
  get pools(): { peering: string[]; globalReach: string[]; vlans: { min: number; max: number } } {
    const list = (v: string | readonly string[] | undefined) =>
      v === undefined ? [] : typeof v === "string" ? [v] : [...v];
    return {
      peering: list(this.props.pools.peering),
      globalReach: list(this.props.pools.globalReach),
      vlans: this.props.pools.vlans ?? { min: 100, max: 3999 },
    };
  }

  /** The Azure name of a construct's resource. */
  azureName(construct: IConstruct, kind: NamingInput["kind"]): string {
    const parts = construct.node.scopes.slice(1).map((s) => s.node.id);
    return (this.props.naming ?? defaultNaming)({ kind, parts });
  }

  /** The estate's addresses: what the allocation file holds, plus blocks for new users. */
  allocate(): AllocationResult {
    return estateAllocation(this);
  }

  /** The estate as the core topology model (plain JSON data), with the allocated addresses. */
  toModel(): TopologyModel {
    return estateModel(this).topology;
  }

  /** Every finding of the whole estate (library rules, estate rules and org rules), by construct path. */
  findings(): Finding[] {
    return estateFindings(this);
  }

  /** The allocation file's content from before. */
  get previousAllocations(): AllocationFile {
    return this.props.allocations ?? EMPTY_ALLOCATIONS;
  }
}
