export * from "./arm-shapes";
export * from "./props";
export * from "./resource-index";
export * from "./from-azure-native";
