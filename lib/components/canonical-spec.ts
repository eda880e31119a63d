import { canonical } from "../core/canonical";
import { SKU_FAMILIES, SKU_TIERS } from "../core/facts/circuit";
import { defaultCatalog } from "../core/validate";
import type { CircuitSpec } from "./circuit-spec";

/**
 * The spec with the names Azure is sent in their canonical spelling: the tier and family as Azure spells them,
 * and the peering location as the catalog spells it (`amsterdam` becomes `Amsterdam`), so state and the plan's
 * summary show one name per location. A name the catalog does not know is left for the rules to report.
 */
export function canonicalSpec(spec: CircuitSpec): CircuitSpec {
  const tier = canonical(spec.tier, SKU_TIERS.value);
  const family = canonical(spec.family, SKU_FAMILIES.value);
  const provider = spec.provider;
  const region = spec.args.location;
  const catalog = defaultCatalog();
  const cloud = (typeof region === "string" && catalog.cloudOfAzureRegion(region)) || "public";
  const location =
    provider && typeof provider.peeringLocation === "string"
      ? (catalog.find(provider.peeringLocation, cloud)?.location ?? provider.peeringLocation)
      : provider?.peeringLocation;
  return {
    ...spec,
    tier: typeof tier === "string" ? tier : spec.tier,
    family: typeof family === "string" ? family : spec.family,
    provider: provider && location !== undefined ? { ...provider, peeringLocation: location } : provider,
  };
}
