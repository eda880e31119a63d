import { ERGW_SCALE_UNAVAILABLE_REGIONS } from "../facts/gateway";
import { nameKey } from "../suggest";
import { vnetGateways } from "./each";
import { type Rule } from "./rule";

const UNAVAILABLE: readonly string[] = ERGW_SCALE_UNAVAILABLE_REGIONS.value;

export const gatewayScaleRegion: Rule = {
  id: "gateway-scale-region",
  severity: "mandatory",
  description: `An ErGwScale gateway is in a region that offers ErGwScale (not ${UNAVAILABLE.join(", ")}, as of ${ERGW_SCALE_UNAVAILABLE_REGIONS.date}).`,
  why: "Azure refuses an ErGwScale gateway in a region that does not offer the SKU yet.",
  source: ERGW_SCALE_UNAVAILABLE_REGIONS.source,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const g of vnetGateways(model)) {
      if (g.skuName !== "ErGwScale" || !report.known(g, "location", g.location)) continue;
      if (typeof g.location !== "string") continue;
      const region = catalog.azureRegion(g.location) ?? g.location;
      if (!UNAVAILABLE.some((r) => nameKey(r) === nameKey(region))) continue;
      report.fail(g, "sku.name", {
        message: `ErGwScale is not offered in ${region} (Microsoft's list of ${ERGW_SCALE_UNAVAILABLE_REGIONS.date}).`,
        value: "ErGwScale",
        allowed: "ErGw1AZ, ErGw2AZ or ErGw3AZ in this region",
        fix: "Use ErGw2AZ or ErGw3AZ here, and move to ErGwScale when Microsoft offers it in the region (an in-place upgrade from the AZ SKUs).",
      });
    }
  },
};
