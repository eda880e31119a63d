/**
 * pulumi-expressroute: typed Pulumi components for Azure ExpressRoute that cannot produce an SLA-invalid
 * topology, and the pure rules they share with the policy pack.
 */
export * from "./components";
export * from "./blueprint";
export * as core from "./core";
export { extendLocationCatalog } from "./core/validate";
export type { LocationCatalogExtension, PeeringLocation, AzureRegion } from "./core/facts/peering-locations";
export { plan, type PlanOptions, type PlanResult } from "./plan/plan";
export {
  diffAgainstState,
  parseStackExport,
  type ChangeAction,
  type DiffResult,
  type ResourceChange,
  type StackState,
} from "./diff";
