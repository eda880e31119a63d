import { SOURCES } from "./sources";

/** Countries where Global Reach is supported (2023 list in the FAQ). */
export const GLOBAL_REACH_COUNTRIES = {
  value: [
    "Australia",
    "Canada",
    "Denmark",
    "France",
    "Germany",
    "Hong Kong SAR",
    "India",
    "Ireland",
    "Japan",
    "Korea",
    "Netherlands",
    "New Zealand",
    "Norway",
    "Poland",
    "Singapore",
    "South Africa",
    "Sweden",
    "Switzerland",
    "Taiwan",
    "UK",
    "US",
  ] as const,
  source: SOURCES.faqs,
};
