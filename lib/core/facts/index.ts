export * from "./sources";
export * from "./circuit";
export * from "./bgp";
export * from "./global-reach";
export * from "./peering-locations";
export * from "./gateway";
export * from "./virtual-wan";
export * from "./roles";
