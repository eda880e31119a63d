export * from "./prefix";
export * from "./overlaps";
export * from "./public-range";
