import { SOURCES } from "./sources";

/**
 * Where Global Reach is available: both circuits must be at peering locations in these countries
 * (expressroute-global-reach.md, ms.date 04/09/2025, which lists 25 entries; the 01/2025 FAQ's 21 lacked
 * Belgium, Brazil, Italy and Spain). Country names are spelt as the catalog's `country` field.
 */
export const GLOBAL_REACH_COUNTRIES = {
  value: [
    "Australia",
    "Belgium",
    "Brazil",
    "Canada",
    "Denmark",
    "France",
    "Germany",
    "Hong Kong SAR",
    "India",
    "Ireland",
    "Italy",
    "Japan",
    "Netherlands",
    "New Zealand",
    "Norway",
    "Poland",
    "Singapore",
    "South Africa",
    "South Korea",
    "Spain",
    "Sweden",
    "Switzerland",
    "Taiwan",
    "United Kingdom",
    "United States",
  ] as const,
  /**
   * Countries where only some metros take part: "South Africa (Johannesburg only)"; the article lists Brazil as
   * "Brazil South", an Azure region, read here as the metros whose Local region is brazilsouth (Sao Paulo and
   * Campinas; Rio de Janeiro is local to brazilsoutheast).
   */
  onlyInMetros: {
    "South Africa": ["Johannesburg"],
    Brazil: ["Sao Paulo", "Campinas"],
  } as Readonly<Record<string, readonly string[]>>,
  date: "2025-04-09",
  source: SOURCES.globalReachAbout,
};
