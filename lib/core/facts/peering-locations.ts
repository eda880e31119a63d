import data from "./peering-locations.data.json";
import { SOURCES } from "./sources";

/** The Azure cloud a peering location or region belongs to; public-cloud circuits cannot reach the others. */
export type AzureCloud = "public" | "usgov" | "china";

/** One ExpressRoute peering location, as listed in Microsoft's locations table. */
export interface PeeringLocation {
  /** The cloud the location serves. */
  readonly cloud: AzureCloud;
  /** The location name as the ExpressRouteServiceProviders API spells it, e.g. `Amsterdam2`. */
  readonly location: string;
  /** The geopolitical region, e.g. `Europe`. */
  readonly geopoliticalRegion: string;
  /** ARM names of the Azure regions a Local circuit at this location reaches (empty: Local not offered). */
  readonly localRegions: readonly string[];
  /** Whether ExpressRoute Direct ports are offered here. */
  readonly expressRouteDirect: boolean;
  /** Pricing zone, when the table gives one. */
  readonly pricingZone?: number;
  /** True when the geopolitical region was placed by the metro twin or Local region, not read from the table. */
  readonly geopoliticalRegionInferred?: boolean;
}

/** Additions to the catalog, for locations or regions Microsoft added after the shipped table. */
export interface LocationCatalogExtension {
  /** Extra (or corrected) peering locations; an entry replaces a shipped one with the same cloud and name. */
  readonly locations?: readonly PeeringLocation[];
  /** Extra Azure regions (ARM names) by geopolitical region. */
  readonly azureRegions?: Readonly<Record<string, string>>;
}

function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Peering locations and Azure regions by geopolitical region. The shipped table is a snapshot of Microsoft's
 * locations article (see {@link LocationCatalog.about}); extend it with {@link LocationCatalog.extend} rather
 * than editing it.
 */
export class LocationCatalog {
  /** Where the shipped data comes from and its date. */
  static readonly about: string = data._about;
  static readonly source = SOURCES.locations;

  private readonly byKey = new Map<string, PeeringLocation>();
  private readonly regionToGeo = new Map<string, string>();

  private constructor(locations: readonly PeeringLocation[], regions: ReadonlyMap<string, string>) {
    for (const l of locations) this.byKey.set(`${l.cloud}:${key(l.location)}`, l);
    for (const [r, g] of regions) this.regionToGeo.set(key(r), g);
  }

  /** The catalog as shipped with this version of the library. */
  static shipped(): LocationCatalog {
    const regions = new Map<string, string>();
    for (const byGeo of Object.values(data.azureRegionsByGeopoliticalRegion)) {
      for (const [geo, list] of Object.entries(byGeo as Record<string, string[]>)) {
        for (const r of list) regions.set(r, geo);
      }
    }
    for (const [r, geo] of Object.entries(data.azureRegionsInferred)) regions.set(r, geo);
    return new LocationCatalog(data.locations as PeeringLocation[], regions);
  }

  /** A new catalog with these additions; an added location replaces a shipped one of the same cloud and name. */
  extend(extension: LocationCatalogExtension): LocationCatalog {
    const regions = new Map(this.regionToGeo);
    for (const [r, g] of Object.entries(extension.azureRegions ?? {})) regions.set(key(r), g);
    return new LocationCatalog([...this.byKey.values(), ...(extension.locations ?? [])], regions);
  }

  /** Finds a peering location by name (case and spaces ignored) in the given cloud. */
  find(name: string, cloud: AzureCloud = "public"): PeeringLocation | undefined {
    return this.byKey.get(`${cloud}:${key(name)}`);
  }

  /** Names of the peering locations of a cloud, sorted. */
  names(cloud: AzureCloud = "public"): string[] {
    return [...this.byKey.values()]
      .filter((l) => l.cloud === cloud)
      .map((l) => l.location)
      .sort();
  }

  /** The geopolitical region of an Azure region given by its ARM name (`westeurope`) or display name. */
  geopoliticalRegionOfAzureRegion(region: string): string | undefined {
    return this.regionToGeo.get(key(region));
  }

  /**
   * Maps an ExpressRoute Direct port location, which carries the facility in its name
   * (`Equinix-Amsterdam-AM5`), to its metro's peering location. Returns the longest matching location name.
   */
  findDirectPortLocation(portLocation: string, cloud: AzureCloud = "public"): PeeringLocation | undefined {
    const exact = this.find(portLocation, cloud);
    if (exact) return exact;
    const wanted = key(portLocation);
    let best: PeeringLocation | undefined;
    for (const l of this.byKey.values()) {
      if (l.cloud !== cloud || /\d$/.test(l.location)) continue;
      const k = key(l.location);
      if (wanted.includes(k) && (!best || k.length > key(best.location).length)) best = l;
    }
    return best;
  }
}

/**
 * The metro of a peering location: Metro pairs `City` / `City2` (and `City3`) share one metro, so two
 * circuits there give high, not maximum, resiliency.
 */
export function metroOf(location: string): string {
  return location.replace(/\d+$/, "").trim().toLowerCase();
}
