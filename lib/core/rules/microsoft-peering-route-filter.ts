import { pathOf } from "../findings";
import { SOURCES } from "../facts/sources";
import { isUnknown, type RouteFilterModel } from "../model";
import { eachPeering } from "./each";
import { type Rule } from "./rule";

function sameRegion(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/\s+/g, "");
  return k(a) === k(b);
}

export const microsoftPeeringRouteFilter: Rule = {
  id: "microsoft-peering-route-filter",
  severity: "mandatory",
  description:
    "A Microsoft peering has a route filter attached, with an Allow rule of BGP communities, in the circuit's location.",
  why: "Microsoft advertises no routes on Microsoft peering until a route filter selects the services' BGP communities.",
  source: SOURCES.routeFilter,
  check(model, report) {
    for (const { circuit, peering: p } of eachPeering(model)) {
      if (p.peeringType !== "MicrosoftPeering") continue;
      const ref = p.routeFilter;
      if (!report.known(p, "routeFilter.id", ref)) continue;
      if (ref === undefined) {
        report.fail(p, "routeFilter.id", {
          message: "No route filter is attached, so Microsoft advertises no routes over this peering.",
          value: ref,
          allowed: "the id of a RouteFilter with an Allow rule of BGP communities",
          // On a component the filter comes from its communities argument; on a raw peering, from its id.
          fix: pathOf(p, "routeFilter.id").endsWith("routeFilter.id")
            ? `Create a RouteFilter in the circuit's location and set ${pathOf(p, "routeFilter.id")} to its id.`
            : `Give ${pathOf(p, "routeFilter.id")} the BGP communities of the services you need (e.g. 12076:5010).`,
        });
        continue;
      }
      const filter = model.routeFilters.find((f) => f.key === ref);
      if (!filter) continue; // an existing filter outside this model
      if (report.known(filter, "rules", filter.rules)) {
        const allows = (filter.rules ?? []).some(
          (r) =>
            r.access === "Allow" &&
            r.routeFilterRuleType === "Community" &&
            (isUnknown(r.communities) || (r.communities?.length ?? 0) > 0),
        );
        // A rule whose access or type is only known at deploy time may be the Allow rule.
        const maybe = (filter.rules ?? []).some(
          (r) =>
            (r.access === "Allow" || isUnknown(r.access)) &&
            (r.routeFilterRuleType === "Community" || isUnknown(r.routeFilterRuleType)) &&
            (isUnknown(r.communities) || (r.communities?.length ?? 0) > 0),
        );
        if (!allows && maybe)
          report.cannotVerify(filter, "rules", "a rule's access or type is only known at deploy time");
        else if (!allows) {
          report.fail(filter, "rules", {
            message: "The route filter has no Allow rule with BGP communities, so it lets no routes through.",
            shown: describeRules(filter.rules),
            allowed:
              'one rule with access "Allow", routeFilterRuleType "Community" and at least one community',
            fix: `Allow the BGP communities of the services you need in ${pathOf(filter, "rules")} (e.g. 12076:5010 for Exchange Online).`,
          });
        }
      }
      const fl = filter.location;
      const cl = circuit.location;
      if (report.known(filter, "location", fl) && report.known(circuit, "location", cl) && fl && cl) {
        if (!sameRegion(fl, cl)) {
          report.fail(filter, "location", {
            message: `The route filter is in ${fl} but the circuit is in ${cl}; a filter only attaches in the circuit's region.`,
            value: fl,
            allowed: JSON.stringify(cl),
            fix: "Create the route filter in the circuit's location.",
          });
        }
      }
    }
  },
};

/** A rule's property in a description: its value, `(unknown)` at preview, or the fallback when unset. */
function word(v: unknown, unset: string): string {
  return isUnknown(v) ? "(unknown)" : typeof v === "string" ? v : unset;
}

/** What a route filter's rules hold, as the user would say it ("no community" for one rule listing none). */
function describeRules(rules: RouteFilterModel["rules"]): string {
  if (rules === undefined || isUnknown(rules)) return "(not set)";
  if (rules.length === 0) return "no rule";
  const count = (r: (typeof rules)[number]) => (Array.isArray(r.communities) ? r.communities.length : 0);
  if (rules.length === 1 && count(rules[0]) === 0) return "no community";
  return rules
    .map((r) =>
      `${word(r.access, "no access")} ${word(r.routeFilterRuleType, "")} rule with ${count(r) === 0 ? "no community" : count(r) === 1 ? "1 community" : `${count(r)} communities`}`.replace(
        /\s+/g,
        " ",
      ),
    )
    .join("; ");
}
