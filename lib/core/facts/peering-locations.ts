import { closestNames, nameKey } from "../suggest";
import data from "./peering-locations.data.json";
import { SOURCES } from "./sources";

/** The Azure cloud a peering location or region belongs to; no circuit reaches across clouds. */
export type AzureCloud = "public" | "usgov" | "china";

/** Each cloud's name for messages. */
export const CLOUD_NAMES: Readonly<Record<AzureCloud, string>> = {
  public: "the public cloud",
  usgov: "Azure US Government",
  china: "Azure China",
};

/** One ExpressRoute peering location, as listed in Microsoft's locations table (or its Metro article). */
export interface PeeringLocation {
  /** The cloud the location serves. */
  readonly cloud: AzureCloud;
  /** The location name as the ExpressRouteServiceProviders list spells it, e.g. `Amsterdam2`, `Amsterdam Metro`. */
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
  /** The country, spelt as Microsoft's Global Reach list spells it (`United States`, `Hong Kong SAR`). */
  readonly country?: string;
  /**
   * The metro (city) the location belongs to: `Amsterdam` for Amsterdam, Amsterdam2 and Amsterdam Metro. Two
   * circuits at two locations of one metro share the city.
   * @default the name without a trailing number
   */
  readonly metro?: string;
  /** For an ExpressRoute Metro location (`Amsterdam Metro`): the two peering locations its links land in. */
  readonly metroSites?: readonly string[];
  /** The facilities of the location (the table's Address column, e.g. `Equinix AM5`). */
  readonly facilities?: readonly string[];
  /**
   * Connectivity providers at the location, as Microsoft's table names them. The table can lag behind the
   * providers' offers; extend it rather than edit it.
   */
  readonly providers?: readonly string[];
}

/** An Azure region (ARM name) and its geopolitical region. */
export interface AzureRegion {
  /** The ARM name, e.g. `westeurope`. */
  readonly name: string;
  readonly geopoliticalRegion: string;
  /** @default "public" */
  readonly cloud?: AzureCloud;
}

/** Additions to the catalog, for locations, regions or providers Microsoft added after the shipped table. */
export interface LocationCatalogExtension {
  /** Extra (or corrected) peering locations; an entry replaces a shipped one with the same cloud and name. */
  readonly locations?: readonly PeeringLocation[];
  /** Extra public-cloud Azure regions (ARM names) and their geopolitical region. */
  readonly azureRegions?: Readonly<Record<string, string>>;
  /** Extra Azure regions of any cloud. */
  readonly regions?: readonly AzureRegion[];
  /** Extra providers by peering location name (public cloud), added to the location's list. */
  readonly providers?: Readonly<Record<string, readonly string[]>>;
  /** Extra ExpressRoute Direct port locations (`Equinix-Amsterdam-AM5`) by the peering location they are at. */
  readonly directPortLocations?: Readonly<Record<string, string>>;
}

function tokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * How well a port location name (`Interxion-Amsterdam-AMS8`, as tokens) names a facility of the table
 * (`Digital Realty(Interxion) AMS8`): 2 when it carries the facility's code and one of its operator's words,
 * 1 when the facility has no code and the name carries all its words, 0 otherwise.
 */
function facilityMatch(portTokens: ReadonlySet<string>, facility: string): 0 | 1 | 2 {
  const t = tokens(facility);
  const codes = t.filter((x) => /\d/.test(x));
  const words = t.filter((x) => !/\d/.test(x));
  if (codes.length > 0) {
    const named =
      codes.every((c) => portTokens.has(c)) && (words.length === 0 || words.some((w) => portTokens.has(w)));
    return named ? 2 : 0;
  }
  return words.length > 0 && words.every((w) => portTokens.has(w)) ? 1 : 0;
}

/** Whether a port location name carries a location's name or its metro's (`Airtel-Chennai2-CLS` names Chennai2). */
function namesLocation(portTokens: ReadonlySet<string>, l: PeeringLocation): boolean {
  return [l.location, l.metro ?? metroOf(l.location)].some((n) => tokens(n).every((t) => portTokens.has(t)));
}

type RegionEntry = { readonly geopoliticalRegion: string; readonly cloud: AzureCloud };

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
  private readonly regions = new Map<string, RegionEntry & { readonly name: string }>();
  private readonly portLocations = new Map<string, string>();
  private readonly portLocationsByName = new Map<string, string>();

  private constructor(
    locations: readonly PeeringLocation[],
    regions: Iterable<AzureRegion>,
    portLocations: Iterable<[string, string]>,
    /** True when the catalog was extended at run time (not the shipped one as it is). */
    readonly extended: boolean,
  ) {
    for (const l of locations) this.byKey.set(`${l.cloud}:${nameKey(l.location)}`, l);
    for (const r of regions) {
      this.regions.set(nameKey(r.name), {
        name: r.name,
        geopoliticalRegion: r.geopoliticalRegion,
        cloud: r.cloud ?? "public",
      });
    }
    for (const [port, location] of portLocations) {
      this.portLocations.set(nameKey(port), location);
      this.portLocationsByName.set(nameKey(port), port);
    }
  }

  /** The catalog as shipped with this version of the library. */
  static shipped(): LocationCatalog {
    return new LocationCatalog(
      data.locations as PeeringLocation[],
      data.azureRegions as AzureRegion[],
      Object.entries(data.directPortLocations as Record<string, string>),
      false,
    );
  }

  /** A new catalog with these additions; an added location replaces a shipped one of the same cloud and name. */
  extend(extension: LocationCatalogExtension): LocationCatalog {
    const locations = new Map(this.byKey);
    for (const l of extension.locations ?? []) locations.set(`${l.cloud}:${nameKey(l.location)}`, l);
    for (const [name, providers] of Object.entries(extension.providers ?? {})) {
      const k = `public:${nameKey(name)}`;
      const l = locations.get(k);
      if (l) locations.set(k, { ...l, providers: [...(l.providers ?? []), ...providers] });
    }
    const regions: AzureRegion[] = [
      ...this.regions.values(),
      ...Object.entries(extension.azureRegions ?? {}).map(([name, geopoliticalRegion]) => ({
        name,
        geopoliticalRegion,
      })),
      ...(extension.regions ?? []),
    ];
    const ports: [string, string][] = [
      ...[...this.portLocationsByName].map(([k, name]): [string, string] => [
        name,
        this.portLocations.get(k)!,
      ]),
      ...Object.entries(extension.directPortLocations ?? {}),
    ];
    return new LocationCatalog([...locations.values()], regions, ports, true);
  }

  /** Finds a peering location by name (case, spaces and punctuation ignored) in the given cloud. */
  find(name: string, cloud: AzureCloud = "public"): PeeringLocation | undefined {
    return this.byKey.get(`${cloud}:${nameKey(name)}`);
  }

  /** Every peering location of a cloud. */
  locations(cloud: AzureCloud = "public"): PeeringLocation[] {
    return [...this.byKey.values()].filter((l) => l.cloud === cloud);
  }

  /** Names of the peering locations of a cloud, sorted. */
  names(cloud: AzureCloud = "public"): string[] {
    return this.locations(cloud)
      .map((l) => l.location)
      .sort();
  }

  /** The peering locations closest to a mistyped name, best first. */
  suggestLocations(name: string, cloud: AzureCloud = "public"): string[] {
    return closestNames(name, this.names(cloud));
  }

  /** The geopolitical region of an Azure region given by its ARM name (`westeurope`) or display name. */
  geopoliticalRegionOfAzureRegion(region: string): string | undefined {
    return this.regions.get(nameKey(region))?.geopoliticalRegion;
  }

  /** The cloud an Azure region (ARM or display name) belongs to, when the catalog knows the region. */
  cloudOfAzureRegion(region: string): AzureCloud | undefined {
    return this.regions.get(nameKey(region))?.cloud;
  }

  /** The ARM name of an Azure region given by its ARM or display name (`West Europe` is `westeurope`). */
  azureRegion(region: string): string | undefined {
    return this.regions.get(nameKey(region))?.name;
  }

  /** ARM names of the Azure regions of a cloud (every cloud when not given), sorted. */
  regionNames(cloud?: AzureCloud): string[] {
    return [...this.regions.values()]
      .filter((r) => cloud === undefined || r.cloud === cloud)
      .map((r) => r.name)
      .sort();
  }

  /** The Azure regions closest to a mistyped region name, best first. */
  suggestRegions(region: string): string[] {
    return closestNames(region, this.regionNames());
  }

  /**
   * Maps an ExpressRoute Direct port location (a facility, `Interxion-Amsterdam-AMS8`) to its peering location
   * (Amsterdam2): by the table of known port locations, else by the facility the name carries (operator and
   * facility code from the locations table's Address column). A peering location's own name maps to itself.
   * Undefined when no facility matches, or when several peering locations do.
   */
  findDirectPortLocation(portLocation: string, cloud: AzureCloud = "public"): PeeringLocation | undefined {
    const exact = this.find(portLocation, cloud);
    if (exact) return exact;
    const known = this.portLocations.get(nameKey(portLocation));
    const table = known === undefined ? undefined : this.find(known, cloud);
    if (table) return table;
    const portTokens = new Set(tokens(portLocation));
    const score = (l: PeeringLocation) =>
      Math.max(0, ...(l.facilities ?? []).map((f) => facilityMatch(portTokens, f)));
    // A Metro location shares its facilities with the two locations it spans: the site is what a port is at.
    const candidates = this.locations(cloud).filter((l) => !l.metroSites);
    const strong = candidates.filter((l) => score(l) === 2);
    // A facility named without a code (`Airtel`) only counts when the port's name also names the location.
    const matches =
      strong.length > 0 ? strong : candidates.filter((l) => score(l) === 1 && namesLocation(portTokens, l));
    if (matches.length <= 1) return matches[0];
    const named = matches.filter((l) => namesLocation(portTokens, l));
    return named.length === 1 ? named[0] : undefined;
  }

  /** Direct port locations of the known-ports table and facility names, closest to a mistyped one. */
  suggestDirectPortLocations(portLocation: string, cloud: AzureCloud = "public"): string[] {
    const facilities = this.locations(cloud).flatMap((l) => l.facilities ?? []);
    return closestNames(portLocation, [...this.portLocationNames(), ...facilities]);
  }

  /** Names of the known ExpressRoute Direct port locations. */
  portLocationNames(): string[] {
    return [...this.portLocationsByName.values()].sort();
  }

  /** The metro (city) of a peering location. */
  metroOf(location: PeeringLocation): string {
    return location.metro ?? metroOf(location.location);
  }

  /**
   * Whether a provider offers circuits at a location, as the table lists them. Names compare without case
   * and punctuation, and a name that starts like a listed one matches (`Colt Ethernet` is the table's `Colt`,
   * `Level 3 Communications - Exchange` its `Level 3 Communications`), since the ExpressRouteServiceProviders
   * API names a provider's products.
   */
  providerAt(location: PeeringLocation, provider: string): boolean {
    return (location.providers ?? []).some((p) => sameProvider(p, provider));
  }

  /** Whether a provider is listed at any location of a cloud. */
  knownProvider(provider: string, cloud: AzureCloud = "public"): boolean {
    return this.locations(cloud).some((l) => this.providerAt(l, provider));
  }

  /** The locations of a cloud where a provider is listed. */
  locationsOfProvider(provider: string, cloud: AzureCloud = "public"): string[] {
    return this.locations(cloud)
      .filter((l) => this.providerAt(l, provider))
      .map((l) => l.location)
      .sort();
  }

  /** Providers listed anywhere in a cloud, closest to a mistyped name. */
  suggestProviders(provider: string, cloud: AzureCloud = "public", at?: PeeringLocation): string[] {
    const all = at ? (at.providers ?? []) : this.locations(cloud).flatMap((l) => l.providers ?? []);
    return closestNames(provider, all);
  }
}

/** Two provider names are one provider when one starts like the other (see {@link LocationCatalog.providerAt}). */
function sameProvider(listed: string, given: string): boolean {
  const a = nameKey(listed);
  const b = nameKey(given);
  if (a === "" || b === "") return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * The metro of a location name without a catalog entry: `City`, `City2` and `City Metro` share one metro.
 * Prefer {@link LocationCatalog.metroOf}, which reads the catalog's explicit metro.
 */
export function metroOf(location: string): string {
  return location
    .replace(/\s+metro$/i, "")
    .replace(/\d+$/, "")
    .trim();
}
