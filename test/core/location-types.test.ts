import * as fs from "node:fs";
import * as path from "node:path";
import { LocationCatalog } from "../../lib/core/facts/peering-locations";
import type { AzureRegionName, KnownOr, PeeringLocationName } from "../../lib/core/facts/location-names";
import { locationTypesText } from "../../scripts/location-types";

// Issue 15: peering locations, Azure regions and Direct port locations as literal-union types an editor
// completes, generated from the catalog; the generated file and the catalog cannot drift apart.
const FILE = path.resolve(__dirname, "../../lib/core/facts/location-names.generated.ts");

describe("the generated location types", () => {
  it("are what the catalog generates today (run npm run generate:types after changing the catalog)", () => {
    expect(fs.readFileSync(FILE, "utf8")).toBe(locationTypesText());
  });

  it("name every public peering location, region and Direct port location of the catalog", () => {
    const text = fs.readFileSync(FILE, "utf8");
    const catalog = LocationCatalog.shipped();
    const quoted = (names: readonly string[]) =>
      names.filter((n) => !text.includes(`| ${JSON.stringify(n)}`));
    expect(quoted(catalog.names("public"))).toEqual([]);
    expect(quoted(catalog.regionNames())).toEqual([]);
    expect(quoted(catalog.portLocationNames())).toEqual([]);
    expect(catalog.names("public").length).toBeGreaterThan(100);
  });

  // Checked by the type check (npm run typecheck), which this file is part of: the unions are literal, so a
  // misspelt name is an error where the union alone is asked for; components take KnownOr, which completes the
  // names and still accepts a location added later (judged by the rules at run time, with "Did you mean").
  it("accept a catalog name and, for locations added later, any other string", () => {
    // @ts-expect-error a misspelt peering location is not a PeeringLocationName
    const typo: PeeringLocationName = "Amsterdan";
    const known: PeeringLocationName = "Amsterdam";
    const region: AzureRegionName = "westeurope";
    const later: KnownOr<PeeringLocationName> = "A location Microsoft adds next year";
    expect([typo, known, region, later]).toHaveLength(4);
  });
});
