export * from "./peering-args";
export * from "./circuit-args";
export * from "./provider-circuit-args";
export type { BgpLink, PeeringLinks } from "./bgp-links";
export { CircuitComponent, type CircuitLimits, type CircuitInfo } from "./circuit-component";
export * from "./redundant-circuit";
export * from "./premium-circuit";
export * from "./local-circuit";
export * from "./direct-circuit";
export type { SharedPort } from "./circuit-spec";
export * from "./direct-port";
export { ExpressRouteValidationError } from "./validation-error";
export { parseCircuitId, type ExistingCircuit } from "./circuit-ref";
export * from "./global-reach-args";
export { GlobalReachMesh, type GlobalReachAllocation } from "./global-reach-mesh";
export {
  ExpressRouteGateway,
  type ExpressRouteGatewayArgs,
  type ExpressRouteGatewaySku,
  type GatewayScaleUnits,
} from "./expressroute-gateway";
export { CircuitConnection, type CircuitConnectionArgs, type CircuitLinkArgs } from "./circuit-connection";
export {
  VirtualWanHubGateway,
  type VirtualWanHubGatewayArgs,
  type HubScaleUnits,
} from "./virtual-wan-hub-gateway";
export {
  HubCircuitConnection,
  type HubCircuitConnectionArgs,
  type HubLinkArgs,
} from "./hub-circuit-connection";
export * from "./maximum-resiliency";
export { ComponentMonitoring, type MonitoringArgs } from "./monitoring";
export type { LockArgs } from "./management-lock";
export type { NameRequest, NamingConvention } from "./naming";
export type { RoleAssignmentArgs } from "./role-assignments";
