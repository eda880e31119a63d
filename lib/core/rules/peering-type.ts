import { PEERING_TYPES } from "../facts/bgp";
import { isUnknown } from "../model";
import { eachPeering } from "./each";
import { oneOf, type Rule } from "./rule";

export const peeringType: Rule = {
  id: "peering-type-supported",
  severity: "mandatory",
  description:
    "A peering is AzurePrivatePeering or MicrosoftPeering (AzurePublicPeering is retired for new circuits), given by peeringType or by its name, and a peering's name is its type.",
  why: "Azure public peering was retired; Microsoft peering replaced it. Azure names each peering after its type and takes the type from the name when peeringType is omitted.",
  source: PEERING_TYPES.source,
  check(model, report) {
    for (const { peering: p } of eachPeering(model)) {
      const t = p.peeringType;
      if (!report.known(p, "peeringType", t)) continue;
      if ((PEERING_TYPES.value as readonly unknown[]).includes(t)) {
        const name = p.name;
        if (typeof name === "string" && !isUnknown(name) && name.toLowerCase() !== String(t).toLowerCase()) {
          report.fail(p, "name", {
            message: `The peering's name must be its type (${String(t)}): Azure names each peering after its type.`,
            value: name,
            allowed: JSON.stringify(t),
            fix: `Name the peering ${String(t)}, or change peeringType to match the name.`,
          });
        }
        continue;
      }
      const retired = (PEERING_TYPES.retired as readonly unknown[]).includes(t);
      report.fail(p, "peeringType", {
        message: retired
          ? "Azure public peering is retired and cannot be configured on new circuits."
          : t === undefined
            ? "The peering has no type, and its name is not a peering type that could set it."
            : "The peering type is not one Azure offers.",
        value: t,
        allowed: oneOf(PEERING_TYPES.value),
        fix: retired
          ? "Use MicrosoftPeering (with a route filter) to reach Azure public services."
          : "Set peeringType (or the peering's name) to AzurePrivatePeering or MicrosoftPeering.",
      });
    }
  },
};
