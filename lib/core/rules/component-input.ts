import { SOURCES } from "../facts/sources";
import type { RuleInfo } from "../findings";

/**
 * Rules about the components' own argument shapes (not about Azure resources), reported by the components
 * only. They are documented with the others.
 */
export const peeringAddressInput: RuleInfo = {
  id: "peering-address-input",
  severity: "mandatory",
  description:
    "A peering's addresses are given either as one aligned /29 (IPv6: /125) or as two explicit link prefixes, not both.",
  why: "The /29 is split into the two link /30s; giving both ways at once leaves it unclear which addresses the routers use.",
  source: SOURCES.routing,
};

export const circuitHasPeering: RuleInfo = {
  id: "circuit-has-peering",
  severity: "mandatory",
  description: "A circuit component configures at least one peering (private or Microsoft).",
  why: "A circuit without a peering carries no traffic and no BGP session, so nothing it was ordered for works.",
  source: SOURCES.circuitPeerings,
};
