import { UNKNOWN, isUnknown, type Maybe } from "../model";
import { ARM_SHAPES, armSegments, azureNativeKind } from "./arm-shapes";

/** A resource as the policy pack (or the plan) sees it: plain props, unknown values as UNKNOWN. */
export interface AzureResource {
  readonly urn: string;
  readonly type: string;
  /** The logical (Pulumi) name. */
  readonly name: string;
  readonly props: Readonly<Record<string, unknown>>;
  /** For each input property, the URNs its value came from (links resources whose ids are unknown). */
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
  /** Printable forms of the values the user marked secret among the props (never printed in findings). */
  readonly secrets?: readonly string[];
}

/** Lower-cased ARM path from the resource group on, without the provider namespace. */
function normaliseId(id: string): string | undefined {
  const m = /\/resourcegroups\/([^/]+)\/providers\/[^/]+\.[^/]+\/(.+)$/i.exec(id);
  return m ? `${m[1]}/${m[2]}`.toLowerCase().replace(/\/+$/, "") : undefined;
}

/**
 * Finds resources by URN and by the ARM ids other resources use to refer to them (computed from their name
 * inputs, or their logical names when Azure would name them after it).
 */
export class ResourceIndex {
  private readonly byUrn = new Map<string, AzureResource>();
  private readonly byPath = new Map<string, AzureResource>();
  /** Paths whose resource group is unknown, matched on the part after it. */
  private readonly byPathAnyGroup = new Map<string, AzureResource>();

  constructor(readonly resources: readonly AzureResource[]) {
    for (const r of resources) {
      this.byUrn.set(r.urn, r);
      const kind = azureNativeKind(r.type);
      const shape = kind ? ARM_SHAPES[kind] : undefined;
      if (!shape) continue;
      const path = armSegments(shape, r.props, r.name, () => "?").toLowerCase();
      const rg = r.props.resourceGroupName;
      if (typeof rg === "string") this.byPath.set(`${rg.toLowerCase()}/${path}`, r);
      else this.byPathAnyGroup.set(path, r);
    }
  }

  urn(urn: string): AzureResource | undefined {
    return this.byUrn.get(urn);
  }

  /** The resource an ARM id refers to, when it is in the index. */
  byId(id: string): AzureResource | undefined {
    const norm = normaliseId(id);
    if (!norm) return undefined;
    return this.byPath.get(norm) ?? this.byPathAnyGroup.get(norm.slice(norm.indexOf("/") + 1));
  }

  /**
   * Resolves a reference property to the URN of a resource of one of `kinds`: first by the property's
   * dependencies (exact even when ids are unknown at preview), then by the id's value. Returns UNKNOWN when the
   * id is unknown and no dependency names it, `id:<value>` for a resource outside the stack, and undefined
   * when the property is unset.
   */
  resolve(from: AzureResource, property: string, id: unknown, kinds: readonly string[]): Maybe<string> {
    for (const urn of from.propertyDependencies?.[property] ?? []) {
      const r = this.byUrn.get(urn);
      if (r && kinds.includes(azureNativeKind(r.type) ?? "")) return r.urn;
    }
    if (isUnknown(id)) return UNKNOWN;
    if (typeof id !== "string" || id === "") return undefined;
    const r = this.byId(id);
    if (r && kinds.includes(azureNativeKind(r.type) ?? "")) return r.urn;
    return `id:${id}`;
  }
}

/** The ARM id of a peering's circuit: the id without its `/peerings/<name>` tail. */
export function circuitIdOfPeeringId(id: string): string {
  return id.replace(/\/peerings\/[^/]+\/?$/i, "");
}
