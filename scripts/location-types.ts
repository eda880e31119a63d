import data from "../lib/core/facts/peering-locations.data.json";

/**
 * The text of lib/core/facts/location-names.generated.ts: the catalog's names as literal-union types, so an
 * editor completes them and flags a typo before any run. `npm run generate:types` writes it; a test checks
 * that the file and the catalog agree.
 */
export function locationTypesText(): string {
  const union = (names: readonly string[]) =>
    [...new Set(names)]
      .sort((a, b) => a.localeCompare(b, "en"))
      .map((n) => `  | ${JSON.stringify(n)}`)
      .join("\n");
  const ports = Array.isArray(data.directPortLocations)
    ? (data.directPortLocations as [string, string][]).map(([port]) => port)
    : Object.keys(data.directPortLocations);
  return `// Generated from peering-locations.data.json by \`npm run generate:types\` (scripts/location-types.ts).
// Do not edit: a test fails when this file and the catalog disagree.

/** A peering location of Microsoft's locations table (public, US Government and China clouds). */
export type PeeringLocationName =
${union(data.locations.map((l) => l.location))};

/** An Azure region's ARM name (the three clouds). */
export type AzureRegionName =
${union(data.azureRegions.map((r) => r.name))};

/** An ExpressRoute Direct port location (\`Equinix-Amsterdam-AM5\`). */
export type DirectPortLocationName =
${union(ports)};
`;
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("node:fs") as typeof import("node:fs");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require("node:path") as typeof import("node:path");
  const file = path.join(__dirname, "../lib/core/facts/location-names.generated.ts");
  fs.writeFileSync(file, locationTypesText());
  process.stdout.write(`${path.relative(process.cwd(), file)} written\n`);
}
