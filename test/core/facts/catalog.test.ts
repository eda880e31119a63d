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

  it("maps Azure regions, by ARM or display name, to their geopolitical region and cloud", () => {
    expect(catalog.geopoliticalRegionOfAzureRegion("westeurope")).toBe("Europe");
    expect(catalog.geopoliticalRegionOfAzureRegion("West Europe")).toBe("Europe");
    expect(catalog.azureRegion("West Europe")).toBe("westeurope");
    expect(catalog.cloudOfAzureRegion("usgovvirginia")).toBe("usgov");
    expect(catalog.cloudOfAzureRegion("chinanorth3")).toBe("china");
    expect(catalog.cloudOfAzureRegion("belgiumcentral")).toBe("public");
    expect(catalog.azureRegion("westeurop")).toBeUndefined();
    expect(catalog.suggestRegions("westeurop")[0]).toBe("westeurope");
  });

  it.each([
    ["Equinix-Amsterdam-AM5", "Amsterdam"],
    ["Interxion-Amsterdam-AMS8", "Amsterdam2"],
    ["Equinix-Silicon-Valley-SV1", "Silicon Valley"],
    ["Equinix-San-Jose-SV1", "Silicon Valley"],
    ["Equinix-Ashburn-DC2", "Washington DC"],
    ["CoreSite-Reston-VA2", "Washington DC2"],
    ["Equinix-Chicago-CH1", "Chicago"],
    ["CoreSite-Chicago-CH1", "Chicago2"],
    ["Equinix-Frankfurt-FR7", "Frankfurt2"],
    ["Interxion-Frankfurt-FRA11", "Frankfurt"],
    ["Global-Switch-Singapore", "Singapore2"],
    ["London2", "London2"],
  ])("maps the Direct port location %s to the peering location %s by its facility", (port, location) => {
    expect(catalog.findDirectPortLocation(port)?.location).toBe(location);
  });

  it("leaves a facility it cannot place unmapped rather than guessing by the city", () => {
    expect(catalog.findDirectPortLocation("Equinix-Amsterdam-AM7")).toBeUndefined();
    expect(catalog.findDirectPortLocation("Nowhere-Facility-XY1")).toBeUndefined();
  });

  it("ships the ExpressRoute Metro locations, each with the two sites it spans", () => {
    const metro = catalog.find("Amsterdam Metro");
    expect(metro).toMatchObject({ geopoliticalRegion: "Europe", country: "Netherlands", metro: "Amsterdam" });
    expect(metro?.metroSites).toEqual(["Amsterdam", "Amsterdam2"]);
    expect(catalog.names().filter((n) => n.endsWith(" Metro")).length).toBeGreaterThanOrEqual(28);
  });

  it("gives every location a country, a metro, and the providers and facilities of the table", () => {
    for (const cloud of ["public", "usgov", "china"] as const) {
      for (const l of catalog.locations(cloud)) {
        expect([l.location, typeof l.country, typeof l.metro]).toEqual([l.location, "string", "string"]);
      }
    }
    expect(catalog.find("Amsterdam2")?.metro).toBe(catalog.find("Amsterdam")?.metro);
    expect(catalog.find("Johannesburg")?.country).toBe("South Africa");
    expect(catalog.find("Amsterdam")?.facilities).toEqual(["Equinix AM5"]);
    expect(catalog.providerAt(catalog.find("Amsterdam")!, "Equinix")).toBe(true);
  });

  it.each([
    ["Colt Ethernet", "Amsterdam", true],
    ["Level 3 Communications - Exchange", "Amsterdam", true],
    ["AT&T Netbond", "Amsterdam", true],
    ["equinix", "Amsterdam", true],
    ["Vocus Group NZ", "Amsterdam", false],
    ["Eq", "Amsterdam", false],
  ])("matches the provider name %s at %s as the API names products: %s", (provider, location, found) => {
    expect(catalog.providerAt(catalog.find(location)!, provider)).toBe(found);
  });

  it("suggests the closest peering locations for a mistyped one", () => {
    expect(catalog.suggestLocations("Amsterdm")[0]).toBe("Amsterdam");
    expect(catalog.suggestLocations("Washington D.C.")[0]).toBe("Washington DC");
    expect(catalog.suggestLocations("Xyzzyqwerty")).toEqual([]);
    expect(metroOf("Amsterdam2")).toBe(metroOf("Amsterdam Metro"));
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
