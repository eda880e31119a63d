import type { Finding } from "../../core/findings";
import type { TopologyModel } from "../../core/model";
import { defaultCatalog } from "../../core/validate";
import type { MatchedResource } from "../diff";
import { circuitBandwidth } from "./circuit-bandwidth";
import { circuitBilling } from "./circuit-billing";
import { circuitDeletionWithLinks } from "./circuit-deletion";
import { circuitTier } from "./circuit-tier";
import type { ChangeRule } from "./context";
import { directPortFixed } from "./direct-port";
import { gatewaySkuFamily } from "./gateway-sku";
import { peeringBeforeProvisioned } from "./provisioning";
import { criticalReplacement } from "./replacement";

/** Every change rule, in the order findings are reported. */
export const CHANGE_RULES: readonly ChangeRule[] = [
  criticalReplacement,
  circuitBandwidth,
  circuitBilling,
  circuitTier,
  directPortFixed,
  gatewaySkuFamily,
  peeringBeforeProvisioned,
  circuitDeletionWithLinks,
];

/** The findings of every change rule over the matched resources. */
export function changeFindings(
  matched: readonly MatchedResource[],
  planModel: TopologyModel,
  stateModel: TopologyModel,
): Finding[] {
  const context = { matched, planModel, stateModel, catalog: defaultCatalog() };
  return CHANGE_RULES.flatMap((r) => r.check(context));
}
