import { UNKNOWN } from "../../../lib/core/model";
import { providerAtLocation } from "../../../lib/core/rules/provider-at-location";
import { CIRCUIT, VALID_MODELS, circuitModel, expectOnly, provider, run } from "./fixtures";

const ruleId = "provider-at-location";

function at(peeringLocation: string, serviceProviderName: unknown) {
  return circuitModel({
    provider: provider({ peeringLocation, serviceProviderName: serviceProviderName as string }),
  });
}

describe("provider-at-location", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(providerAtLocation, m)).toEqual([]);
  });

  it.each([
    ["Equinix", "Amsterdam"],
    ["Megaport", "Amsterdam Metro"],
    ["Colt Ethernet", "London"],
    ["AT&T Netbond", "Washington DC"],
  ])("accepts %s at %s", (name, location) => {
    expect(run(providerAtLocation, at(location, name))).toEqual([]);
  });

  it("says nothing where the table lists no providers, or the provider is unknown at preview", () => {
    expect(run(providerAtLocation, at("New York2", "Anyone"))).toEqual([]);
    expect(run(providerAtLocation, at("Amsterdam", UNKNOWN))).toEqual([]);
  });

  it("advises when the provider is listed elsewhere but not at the location, naming where it is", () => {
    const f = expectOnly(run(providerAtLocation, at("Amsterdam", "Vocus Group NZ")), {
      ruleId,
      severity: "advisory",
      path: "serviceProviderProperties.serviceProviderName",
      resource: CIRCUIT,
    });
    expect(f.message).toContain("Auckland");
    expect(f.fix).toContain("extendLocationCatalog");
  });

  it("advises when no location lists the provider, suggesting the closest names", () => {
    const f = expectOnly(run(providerAtLocation, at("Amsterdam", "Equinx")), {
      ruleId,
      severity: "advisory",
      path: "serviceProviderProperties.serviceProviderName",
    });
    expect(f.message).toContain('Did you mean "Equinix"');
  });
});
