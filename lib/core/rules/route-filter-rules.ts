import { ROUTE_FILTER } from "../facts/bgp";
import { isUnknown } from "../model";
import { type Rule } from "./rule";

export const routeFilterRules: Rule = {
  id: "route-filter-rules",
  severity: "mandatory",
  description:
    "A route filter has at most one rule, with access Allow and type Community, whose communities are Microsoft's (12076:NNNNN).",
  why: "Azure accepts only one rule per route filter, of type Allow; other communities match no Microsoft service, so their routes never arrive.",
  source: ROUTE_FILTER.source,
  check(model, report) {
    for (const f of model.routeFilters) {
      if (!report.known(f, "rules", f.rules) || f.rules === undefined) continue;
      if (f.rules.length > ROUTE_FILTER.maxRules) {
        report.fail(f, "rules", {
          message: `The route filter has ${f.rules.length} rules; a route filter can have only one.`,
          shown: `${f.rules.length} rules`,
          allowed: "one rule (access Allow, type Community) listing every community you need",
          fix: "Merge the rules into one Allow rule with all the communities.",
        });
      }
      f.rules.forEach((r, i) => {
        const at = `rules[${i}]`;
        if (report.known(f, `${at}.access`, r.access) && r.access !== ROUTE_FILTER.access) {
          report.fail(f, `${at}.access`, {
            message: "A route filter's rule must allow: what it does not list is not advertised anyway.",
            value: r.access,
            allowed: JSON.stringify(ROUTE_FILTER.access),
            fix: 'Set access to "Allow" and list only the communities you want.',
          });
        }
        if (
          report.known(f, `${at}.routeFilterRuleType`, r.routeFilterRuleType) &&
          r.routeFilterRuleType !== ROUTE_FILTER.ruleType
        ) {
          report.fail(f, `${at}.routeFilterRuleType`, {
            message: "A route filter's rule selects routes by BGP community.",
            value: r.routeFilterRuleType,
            allowed: JSON.stringify(ROUTE_FILTER.ruleType),
            fix: 'Set routeFilterRuleType to "Community".',
          });
        }
        const communities = r.communities;
        if (!report.known(f, `${at}.communities`, communities) || communities === undefined) return;
        communities.forEach((c, k) => {
          if (isUnknown(c) || ROUTE_FILTER.community.test(c)) return;
          report.fail(f, `${at}.communities[${k}]`, {
            message: "This is not one of Microsoft's service communities.",
            value: c,
            allowed:
              "12076:NNNNN, e.g. 12076:5010 (Exchange Online) or 12076:51004 (a region's public services)",
            fix: "Use the BGP community values Microsoft lists for the services you need.",
          });
        });
      });
    }
  },
};
