export * from "./facts";
export * from "./ip";
export * from "./model";
export * from "./findings";
export * from "./rules";
export * from "./validate";
export * from "./peering-pair";
export * from "./translate";
