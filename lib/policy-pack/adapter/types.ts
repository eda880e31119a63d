/** The azure-native kinds (`module:Type`, any API version) the resource policies apply to. */
export const CIRCUIT = "network:ExpressRouteCircuit";
export const PEERING = "network:ExpressRouteCircuitPeering";
export const PORT = "network:ExpressRoutePort";
export const GATEWAY = "network:VirtualNetworkGateway";
export const CONNECTION = "network:VirtualNetworkGatewayConnection";
export const ROUTE_FILTER = "network:RouteFilter";
export const VNET = "network:VirtualNetwork";
export const SUBNET = "network:Subnet";
export const CIRCUIT_CONNECTION = "network:ExpressRouteCircuitConnection";
export const VIRTUAL_WAN = "network:VirtualWan";
export const VIRTUAL_HUB = "network:VirtualHub";
/** A Virtual WAN hub's ExpressRoute gateway. */
export const HUB_GATEWAY = "network:ExpressRouteGateway";
/** A circuit connection to a Virtual WAN hub's ExpressRoute gateway. */
export const HUB_CONNECTION = "network:ExpressRouteConnection";

/** Every kind the rules read. */
export const ALL_KINDS = [
  CIRCUIT,
  PEERING,
  PORT,
  GATEWAY,
  CONNECTION,
  ROUTE_FILTER,
  VNET,
  SUBNET,
  CIRCUIT_CONNECTION,
  VIRTUAL_WAN,
  VIRTUAL_HUB,
  HUB_GATEWAY,
  HUB_CONNECTION,
];
