import { LocationCatalog, metroOf } from "../../../lib/core/facts/peering-locations";
import { EMPTY_MODEL } from "../../../lib/core/model";
import { peeringLocationKnown } from "../../../lib/core/rules";
import { defaultCatalog, extendLocationCatalog, validateTopology } from "../../../lib/core/validate";

const circuitAt = (peeringLocation: string) => ({
  ...EMPTY_MODEL,
  circuits: [
    {
      key: "c",
      origin: { resource: "c" },
      location: undefined,
      sku: { tier: "Standard", family: "MeteredData", name: undefined },
      provider: { serviceProviderName: "Equinix", peeringLocation, bandwidthInMbps: 1000 },
      peerings: [],
    },
  ],
});

describe("the peering-location catalog", () => {
  const catalog = LocationCatalog.shipped();

  it.each([
    ["Amsterdam", "Europe", ["westeurope"]],
    ["London2", "Europe", ["uksouth"]],
    ["Washington DC", "North America", ["eastus", "eastus2"]],
    ["Dallas", "North America", []],
    ["Tokyo", "Japan", ["japaneast"]],
  ])("maps %s to %s with Local regions %j", (name, geo, local) => {
    const l = catalog.find(name);
    expect(l?.geopoliticalRegion).toBe(geo);
    expect(l?.localRegions).toEqual(local);
  });

  it("finds locations ignoring case and spaces, per cloud", () => {
    expect(catalog.find("washingtondc")?.location).toBe("Washington DC");
    expect(catalog.find("Atlanta", "usgov")?.cloud).toBe("usgov");
    expect(catalog.find("Beijing")).toBeUndefined();
    expect(catalog.find("Beijing", "china")?.geopoliticalRegion).toBeDefined();
  });

  it("maps a Direct facility to its metro and Azure regions to geopolitical regions", () => {
    expect(catalog.findDirectPortLocation("Equinix-Amsterdam-AM5")?.location).toBe("Amsterdam");
    expect(catalog.findDirectPortLocation("Equinix-Silicon-Valley-SV1")?.location).toBe("Silicon Valley");
    expect(catalog.geopoliticalRegionOfAzureRegion("westeurope")).toBe("Europe");
    expect(catalog.geopoliticalRegionOfAzureRegion("West Europe")).toBe("Europe");
    expect(metroOf("Amsterdam2")).toBe(metroOf("Amsterdam"));
  });

  it("ships the locations table with its source and date", () => {
    expect(LocationCatalog.about).toMatch(/expressroute-locations-providers\.md \(ms\.date/);
    expect(catalog.names().length).toBeGreaterThan(100);
  });

  it("can be extended with a location added after this release, for the rules the components run", () => {
    expect(validateTopology(circuitAt("Atlantis"), { rules: [peeringLocationKnown] })).toHaveLength(1);
    const extended = extendLocationCatalog({
      locations: [
        {
          cloud: "public",
          location: "Atlantis",
          geopoliticalRegion: "Europe",
          localRegions: [],
          expressRouteDirect: false,
        },
      ],
    });
    expect(defaultCatalog()).toBe(extended);
    expect(validateTopology(circuitAt("Atlantis"), { rules: [peeringLocationKnown] })).toEqual([]);
    expect(catalog.find("Atlantis")).toBeUndefined(); // the shipped catalog is unchanged
  });
});
