import { PEERING_TYPES } from "../facts/bgp";
import { eachPeering } from "./each";
import { oneOf, type Rule } from "./rule";

export const peeringType: Rule = {
  id: "peering-type-supported",
  severity: "mandatory",
  description:
    "A peering is AzurePrivatePeering or MicrosoftPeering; AzurePublicPeering is retired for new circuits.",
  why: "Azure public peering was retired; Microsoft peering replaced it.",
  source: PEERING_TYPES.source,
  check(model, report) {
    for (const { peering: p } of eachPeering(model)) {
      const t = p.peeringType;
      if (!report.known(p, "peeringType", t)) continue;
      if ((PEERING_TYPES.value as readonly unknown[]).includes(t)) continue;
      const retired = (PEERING_TYPES.retired as readonly unknown[]).includes(t);
      report.fail(p, "peeringType", {
        message: retired
          ? "Azure public peering is retired and cannot be configured on new circuits."
          : t === undefined
            ? "The peering has no type."
            : "The peering type is not one Azure offers.",
        value: t,
        allowed: oneOf(PEERING_TYPES.value),
        fix: retired
          ? "Use MicrosoftPeering (with a route filter) to reach Azure public services."
          : "Set peeringType to AzurePrivatePeering or MicrosoftPeering.",
      });
    }
  },
};
