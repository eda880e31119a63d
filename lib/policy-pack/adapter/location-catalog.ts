import type { ResourceValidationPolicy } from "@pulumi/policy";
import { LocationCatalog, type LocationCatalogExtension } from "../../core/facts/peering-locations";
import { SOURCES } from "../../core/facts/sources";
import { defaultCatalog } from "../../core/validate";

/** The policy that carries the pack's location catalog extension, given once for every policy. */
export const LOCATION_CATALOG_POLICY = "location-catalog";

const CLOUDS = { enum: ["public", "usgov", "china"] };

/**
 * The extension's schema: the same fields as `extendLocationCatalog` takes in a program, so one JSON object
 * serves both the program and the pack's config.
 */
const EXTENSION_SCHEMA = {
  locations: {
    type: "array",
    description:
      "Peering locations Microsoft added after this release (an entry replaces a shipped one of its name).",
    default: [],
    items: {
      type: "object",
      required: ["cloud", "location", "geopoliticalRegion", "localRegions", "expressRouteDirect"],
      properties: {
        cloud: CLOUDS,
        location: { type: "string", minLength: 1 },
        geopoliticalRegion: { type: "string", minLength: 1 },
        localRegions: { type: "array", items: { type: "string" } },
        expressRouteDirect: { type: "boolean" },
        pricingZone: { type: "integer" },
      },
    },
  },
  azureRegions: {
    type: "object",
    description: "Public-cloud Azure regions opened after this release: ARM name to geopolitical region.",
    default: {},
    additionalProperties: { type: "string", minLength: 1 },
  },
  regions: {
    type: "array",
    description: "Azure regions of any cloud opened after this release.",
    default: [],
    items: {
      type: "object",
      required: ["name", "geopoliticalRegion"],
      additionalProperties: false,
      properties: {
        name: { type: "string", minLength: 1 },
        geopoliticalRegion: { type: "string", minLength: 1 },
        cloud: CLOUDS,
      },
    },
  },
  providers: {
    type: "object",
    description: "Connectivity providers Microsoft's table does not list yet, by peering location.",
    default: {},
    additionalProperties: { type: "array", items: { type: "string", minLength: 1 } },
  },
  directPortLocations: {
    type: "object",
    description:
      "ExpressRoute Direct port locations (e.g. Equinix-Amsterdam-AM5) by the peering location they are at.",
    default: {},
    additionalProperties: { type: "string", minLength: 1 },
  },
};

/** Names of the extension's fields, in the pack's config and in `extendLocationCatalog`. */
export const EXTENSION_FIELDS = Object.keys(EXTENSION_SCHEMA) as (keyof LocationCatalogExtension)[];

let inUse: { readonly key: string; readonly catalog: LocationCatalog } | undefined;

/** Makes the catalog extended by this config the one every policy of the pack checks against. */
function useExtension(config: LocationCatalogExtension): void {
  const key = JSON.stringify(config);
  if (inUse?.key === key) return;
  const empty = EXTENSION_FIELDS.every((f) => {
    const v = config[f];
    return v === undefined || (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
  });
  inUse = { key, catalog: empty ? LocationCatalog.shipped() : LocationCatalog.shipped().extend(config) };
}

/** The catalog the pack's policies check against: the shipped one, extended by the location-catalog config. */
export function packCatalog(): LocationCatalog {
  return inUse?.catalog ?? defaultCatalog();
}

/**
 * The pack's first policy. It reports nothing: it takes the catalog extension (`locations`, `azureRegions`,
 * `regions`, `providers`, `directPortLocations`) once, and every policy that reads the catalog checks
 * against it. The engine runs a pack's resource policies in order on each resource, and every resource
 * before the stack policies, so the extension is in force before any policy reads the catalog.
 */
export function locationCatalogPolicy(): ResourceValidationPolicy {
  return {
    name: LOCATION_CATALOG_POLICY,
    description:
      "Peering locations, Azure regions, providers and Direct port locations Microsoft added after this release, given once here for every policy that reads the location catalog. It reports nothing; keep it enabled when you extend the catalog.",
    enforcementLevel: "advisory",
    remediationSteps: `Add what Microsoft's table lists and this release does not. Source: ${SOURCES.locations.url}`,
    configSchema: { properties: EXTENSION_SCHEMA } as ResourceValidationPolicy["configSchema"],
    validateResource: (args) => useExtension(args.getConfig<LocationCatalogExtension>()),
  };
}
