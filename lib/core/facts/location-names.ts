export type {
  AzureRegionName,
  DirectPortLocationName,
  PeeringLocationName,
} from "./location-names.generated";

/**
 * One of the catalog's names, completed by an editor, or any other string: a location Microsoft added after this
 * release (with `extendLocationCatalog`) is still accepted, and judged by the rules at run time.
 */
export type KnownOr<T extends string> = T | (string & {});
