import { UNKNOWN } from "../../../lib/core/model";
import { microsoftPeeringRouteFilter } from "../../../lib/core/rules/microsoft-peering-route-filter";
import {
  CIRCUIT,
  ROUTE_FILTER,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  microsoftModel,
  routeFilterRule,
  run,
} from "./fixtures";

const ruleId = "microsoft-peering-route-filter";

describe("microsoft-peering-route-filter", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(microsoftPeeringRouteFilter, m)).toEqual([]);
  });

  it("accepts a filter whose region is written as a display name", () => {
    expect(run(microsoftPeeringRouteFilter, microsoftModel({}, { location: "West Europe" }))).toEqual([]);
  });

  it("accepts a filter outside the model, attached by id", () => {
    const id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/routeFilters/existing";
    expect(run(microsoftPeeringRouteFilter, microsoftModel({ routeFilter: id }, { rules: [] }))).toEqual([]);
  });

  it("accepts an Allow rule whose communities are only known at deploy time", () => {
    const m = microsoftModel({}, { rules: [routeFilterRule({ communities: UNKNOWN })] });
    expect(run(microsoftPeeringRouteFilter, m)).toEqual([]);
  });

  it("accepts a filter with a Deny rule next to its Allow rule", () => {
    const m = microsoftModel({}, { rules: [routeFilterRule({ access: "Deny" }), routeFilterRule()] });
    expect(run(microsoftPeeringRouteFilter, m)).toEqual([]);
  });

  it("rejects a Microsoft peering without a route filter", () => {
    const f = expectOnly(run(microsoftPeeringRouteFilter, microsoftModel({ routeFilter: undefined })), {
      ruleId,
      severity: "mandatory",
      path: "microsoftPeering.routeFilter.id",
      resource: CIRCUIT,
    });
    expectValueShows(f, undefined);
  });

  it.each([
    // The value says what the filter holds in the user's terms (issue 15: "no community", not "1 rules").
    { what: "no rules", rules: [], bad: "no rule" },
    { what: "unset rules", rules: undefined, bad: undefined },
    {
      what: "only a Deny rule",
      rules: [routeFilterRule({ access: "Deny" })],
      bad: "Deny Community rule with 1 community",
    },
    {
      what: "an Allow rule without communities",
      rules: [routeFilterRule({ communities: [] })],
      bad: "no community",
    },
    {
      what: "an Allow rule with unset communities",
      rules: [routeFilterRule({ communities: undefined })],
      bad: "no community",
    },
    {
      what: "an Allow rule of another type",
      rules: [routeFilterRule({ routeFilterRuleType: "Prefix" }), routeFilterRule({ access: "Deny" })],
      bad: "Allow Prefix rule with 1 community; Deny Community rule with 1 community",
    },
  ])("rejects a route filter with $what", ({ rules, bad }) => {
    const f = expectOnly(run(microsoftPeeringRouteFilter, microsoftModel({}, { rules })), {
      ruleId,
      severity: "mandatory",
      path: "rules",
      resource: ROUTE_FILTER,
    });
    expectValueShows(f, bad);
  });

  it("rejects a route filter in another region than the circuit", () => {
    const f = expectOnly(run(microsoftPeeringRouteFilter, microsoftModel({}, { location: "northeurope" })), {
      ruleId,
      severity: "mandatory",
      path: "location",
      resource: ROUTE_FILTER,
    });
    expectValueShows(f, "northeurope");
    expect(f.allowed).toContain("westeurope");
  });

  it("reports the properties as the user wrote them when the origins map the fields", () => {
    const withoutFilter = microsoftModel({
      origin: {
        resource: CIRCUIT,
        path: "microsoftPeering",
        fields: { "routeFilter.id": "microsoftPeering.routeFilterCommunities" },
      },
      routeFilter: undefined,
    });
    expectOnly(run(microsoftPeeringRouteFilter, withoutFilter), {
      ruleId,
      severity: "mandatory",
      path: "microsoftPeering.routeFilterCommunities",
    });
    const badFilter = microsoftModel(
      {},
      {
        origin: {
          resource: CIRCUIT,
          fields: { rules: "microsoftPeering.routeFilterCommunities", location: "location" },
        },
        rules: [routeFilterRule({ communities: [] })],
        location: "eastus",
      },
    );
    expect(run(microsoftPeeringRouteFilter, badFilter).map((f) => [f.path, f.severity])).toEqual([
      ["microsoftPeering.routeFilterCommunities", "mandatory"],
      ["location", "mandatory"],
    ]);
  });

  it.each([
    {
      what: "attached route filter",
      m: microsoftModel({ routeFilter: UNKNOWN }),
      path: "microsoftPeering.routeFilter.id",
      resource: CIRCUIT,
    },
    {
      what: "filter's rules",
      m: microsoftModel({}, { rules: UNKNOWN }),
      path: "rules",
      resource: ROUTE_FILTER,
    },
    {
      what: "filter's location",
      m: microsoftModel({}, { location: UNKNOWN }),
      path: "location",
      resource: ROUTE_FILTER,
    },
    {
      what: "circuit's location",
      m: microsoftModel({}, {}, { location: UNKNOWN }),
      path: "location",
      resource: CIRCUIT,
    },
  ])("reports an unknown $what as unverifiable, never as a violation", ({ m, path, resource }) => {
    expectOnlyUnverifiable(run(microsoftPeeringRouteFilter, m), ruleId, path, resource);
  });
});

describe("microsoft-peering-route-filter at preview", () => {
  // Found by the fuzz campaign (seed 31): a rule whose type was unknown was refused, and printed as [object Object].
  it("cannot verify a filter whose rule's type is only known at deploy time, and never prints an object", () => {
    const m = microsoftModel({}, { rules: [routeFilterRule({ routeFilterRuleType: UNKNOWN })] });
    const findings = run(microsoftPeeringRouteFilter, m);
    expect(findings.map((f) => [f.severity, f.unverifiable])).toEqual([["advisory", true]]);
    expect(JSON.stringify(findings)).not.toContain("[object Object]");
  });
});
