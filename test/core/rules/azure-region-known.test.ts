import { LocationCatalog } from "../../../lib/core/facts/peering-locations";
import { UNKNOWN } from "../../../lib/core/model";
import { azureRegionKnown } from "../../../lib/core/rules/azure-region-known";
import { validateTopology } from "../../../lib/core/validate";
import {
  CIRCUIT,
  GATEWAY,
  ROUTE_FILTER,
  VALID_MODELS,
  VNET,
  circuitModel,
  expectOnly,
  gatewayModel,
  microsoftModel,
  run,
} from "./fixtures";

const ruleId = "azure-region-known";

describe("azure-region-known", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(azureRegionKnown, m)).toEqual([]);
  });

  it.each(["westeurope", "West Europe", "WESTEUROPE", "usgovvirginia", "chinanorth3", "belgiumcentral"])(
    "accepts the region %s",
    (location) => {
      expect(run(azureRegionKnown, circuitModel({ location }))).toEqual([]);
    },
  );

  it.each([
    ["a circuit", circuitModel({ location: "westeurop" }), CIRCUIT, "westeurope"],
    ["a gateway", gatewayModel({ gateway: { location: "eastus22" } }), GATEWAY, "eastus2"],
    ["a VNet", gatewayModel({ vnet: { location: "uk-south-1" } }), VNET, "uksouth"],
    ["a route filter", microsoftModel({}, { location: "west europe 2" }), ROUTE_FILTER, "westeurope"],
  ])(
    "refuses %s in a region that does not exist, suggesting the closest",
    (_what, m, resource, suggestion) => {
      const f = expectOnly(run(azureRegionKnown, m), {
        ruleId,
        severity: "mandatory",
        path: "location",
        resource,
      });
      expect(f.message).toContain(`Did you mean "${suggestion}"`);
    },
  );

  it("says nothing of a region unknown at preview, or unset", () => {
    expect(run(azureRegionKnown, circuitModel({ location: UNKNOWN }))).toEqual([]);
    expect(run(azureRegionKnown, circuitModel({ location: undefined }))).toEqual([]);
  });

  it("cannot verify (advisory) an unknown region once the catalog was extended at run time", () => {
    const catalog = LocationCatalog.shipped().extend({
      regions: [{ name: "marscentral", geopoliticalRegion: "Mars" }],
    });
    const findings = validateTopology(circuitModel({ location: "venusnorth" }), {
      rules: [azureRegionKnown],
      catalog,
    });
    expect(findings.map((f) => [f.severity, f.unverifiable])).toEqual([["advisory", true]]);
    expect(
      validateTopology(circuitModel({ location: "marscentral" }), { rules: [azureRegionKnown], catalog }),
    ).toEqual([]);
  });
});
