import { RESILIENCY } from "../../core/facts/gateway";
import type { OrgRule } from "../org-rule";

/**
 * Each site leaves through circuits at two or more peering locations (maximum resiliency), so that one
 * peering location's failure does not cut the site off. Advisory by default: a template sets it mandatory
 * for production in its policy config.
 */
export const siteResiliency: OrgRule = {
  id: "site-resiliency",
  severity: "advisory",
  description: "Each site has circuits at two or more peering locations (maximum resiliency).",
  why: "A site whose circuits all land at one peering location loses every circuit when that location fails; Microsoft recommends two sites for production.",
  source: RESILIENCY.source,
  check(model, report) {
    for (const site of model.sites) {
      const locations = new Set(
        site.circuitKeys
          .map((k) => model.topology.circuits.find((c) => c.key === k)?.provider?.peeringLocation)
          .filter((l): l is string => typeof l === "string")
          .map((l) => l.toLowerCase()),
      );
      if (locations.size >= RESILIENCY.maximumPeeringLocations) continue;
      report.fail(site, "circuits", {
        message:
          site.circuitKeys.length === 0
            ? "The site has no circuit."
            : `All the site's circuits are at one peering location: its failure cuts the site off.`,
        value: `${site.circuitKeys.length} circuit(s) at ${[...locations].join(", ") || "no location"}`,
        allowed: `circuits at ${RESILIENCY.maximumPeeringLocations} or more peering locations`,
        fix: "Add a circuit at a second peering location, preferably in another metro.",
      });
    }
  },
};
