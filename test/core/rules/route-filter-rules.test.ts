import { UNKNOWN } from "../../../lib/core/model";
import { routeFilterRules } from "../../../lib/core/rules/route-filter-rules";
import {
  ROUTE_FILTER,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  microsoftModel,
  routeFilterRule,
  run,
} from "./fixtures";

const ruleId = "route-filter-rules";

function withRules(rules: ReturnType<typeof routeFilterRule>[] | typeof UNKNOWN) {
  return microsoftModel({}, { rules });
}

describe("route-filter-rules", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(routeFilterRules, m)).toEqual([]);
  });

  it("accepts one Allow rule listing service and regional communities", () => {
    const m = withRules([routeFilterRule({ communities: ["12076:5010", "12076:5040", "12076:51004"] })]);
    expect(run(routeFilterRules, m)).toEqual([]);
  });

  it("accepts a route filter without rules (microsoft-peering-route-filter says it lets nothing through)", () => {
    expect(run(routeFilterRules, withRules([]))).toEqual([]);
  });

  it("refuses a second rule: a route filter can have only one", () => {
    const f = expectOnly(run(routeFilterRules, withRules([routeFilterRule(), routeFilterRule()])), {
      ruleId,
      severity: "mandatory",
      path: "rules",
      resource: ROUTE_FILTER,
    });
    expect(f.value).toBe("2 rules");
  });

  it.each([
    ["access", routeFilterRule({ access: "Deny" }), "rules[0].access", "Deny"],
    [
      "routeFilterRuleType",
      routeFilterRule({ routeFilterRuleType: "Prefix" }),
      "rules[0].routeFilterRuleType",
      "Prefix",
    ],
    [
      "communities",
      routeFilterRule({ communities: ["12076:5010", "65000:100"] }),
      "rules[0].communities[1]",
      "65000:100",
    ],
    [
      "communities",
      routeFilterRule({ communities: ["12076 5010"] }),
      "rules[0].communities[0]",
      "12076 5010",
    ],
  ])("refuses a rule whose %s is not what Azure accepts", (_field, rule, path, bad) => {
    const f = expectOnly(run(routeFilterRules, withRules([rule])), { ruleId, severity: "mandatory", path });
    expect(f.value).toBe(JSON.stringify(bad));
  });

  it("reports unknown rules as unverifiable", () => {
    expectOnlyUnverifiable(run(routeFilterRules, withRules(UNKNOWN)), ruleId, "rules", ROUTE_FILTER);
  });
});
