import { LocationCatalog, type LocationCatalogExtension } from "./facts/peering-locations";
import type { Finding } from "./findings";
import type { TopologyModel } from "./model";
import { RULES, Reporter, type Rule, type RuleContext } from "./rules";

/** Options of {@link validateTopology}. */
export interface ValidateOptions {
  /** The rules to run. @default every rule of the library */
  readonly rules?: readonly Rule[];
  /** The location catalog. @default the shipped catalog */
  readonly catalog?: LocationCatalog;
  /** The VLAN ids peerings may use. @default 802.1Q's 1..4094 */
  readonly vlanRange?: { readonly min: number; readonly max: number };
}

let catalogInUse: LocationCatalog | undefined;

/** The location catalog the components check against: the shipped one, unless a program extended it. */
export function defaultCatalog(): LocationCatalog {
  return (catalogInUse ??= LocationCatalog.shipped());
}

/**
 * Extends the location catalog the components check against, for peering locations (or regions) Microsoft
 * added after this release. Call it before creating components; it returns the catalog now in use.
 */
export function extendLocationCatalog(extension: LocationCatalogExtension): LocationCatalog {
  catalogInUse = defaultCatalog().extend(extension);
  const collected = (globalThis as Record<symbol, unknown>)[CATALOG_EXTENSIONS];
  if (Array.isArray(collected)) collected.push(structuredClone(extension));
  return catalogInUse;
}

/**
 * Where `expressroute plan` collects a program's {@link extendLocationCatalog} calls, to extend the policy
 * pack's catalog the same way (a global: the program may load another copy of this library than the plan).
 */
export const CATALOG_EXTENSIONS = Symbol.for("pulumi-expressroute.catalog-extensions");

/**
 * Makes `catalog` the one the components check against, e.g. to undo an extension in tests (pass the catalog
 * {@link defaultCatalog} returned before extending it). Returns it.
 */
export function resetLocationCatalog(catalog: LocationCatalog = LocationCatalog.shipped()): LocationCatalog {
  catalogInUse = catalog;
  return catalogInUse;
}

/** Runs rules over a model and returns every finding, mandatory and advisory. */
export function validateTopology(model: TopologyModel, options: ValidateOptions = {}): Finding[] {
  const context: RuleContext = {
    catalog: options.catalog ?? defaultCatalog(),
    vlanRange: options.vlanRange,
    secrets: model.secrets,
  };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const report = new Reporter(rule, context);
    rule.check(model, report);
    findings.push(...report.findings);
  }
  return findings;
}
