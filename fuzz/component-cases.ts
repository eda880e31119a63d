import {
  CircuitConnection,
  DirectCircuit,
  DirectPort,
  ExpressRouteGateway,
  GlobalReachMesh,
  LocalCircuit,
  MaximumResiliency,
  PremiumCircuit,
  RedundantCircuit,
  HubCircuitConnection,
  VirtualWanHubGateway,
} from "../lib";
import { ARGUMENT_SHAPES } from "../lib/components/argument-shapes";
import type { Shape } from "../lib/components/argument-shape";

/** A component under fuzzing: valid arguments to start from, and how to build it from (mutated) arguments. */
export interface ComponentCase {
  readonly component: string;
  readonly shape: Shape;
  /** Resources the component needs that are not under test (a gateway to link to), made before the case. */
  readonly setup?: (name: string) => Record<string, unknown>;
  /** Valid arguments, which the component accepts and the pack passes. */
  readonly base: (name: string, context: Record<string, unknown>) => Record<string, unknown>;
  /** Builds the component. */
  readonly create: (name: string, args: unknown) => unknown;
}

const id = (kind: string, name: string) =>
  `/subscriptions/0000/resourceGroups/rg-er/providers/Microsoft.Network/${kind}/${name}`;

const privatePeering = { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.10.0/29" };
const provider = {
  resourceGroupName: "rg-er",
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering,
};
const gateway = {
  resourceGroupName: "rg-hub",
  location: "westeurope",
  virtualNetworkName: "vnet-hub",
  gatewaySubnetPrefix: "10.0.255.0/27",
};
const hubGateway = { resourceGroupName: "rg-wan", location: "westeurope", hubAddressPrefix: "10.100.0.0/23" };
const existing = (name: string, peeringLocation: string) => ({
  circuitId: id("expressRouteCircuits", name),
  peeringLocation,
  skuTier: "Standard",
  bandwidthInMbps: 1000,
});

type Constructor = new (name: string, args: never) => unknown;
const build = (C: Constructor) => (name: string, args: unknown) => new C(name, args as never);

/** Every component, each from a valid configuration (verified by the fuzz tests: it is accepted unchanged). */
export const COMPONENT_CASES: readonly ComponentCase[] = [
  { component: "RedundantCircuit", base: () => provider, create: build(RedundantCircuit) },
  {
    component: "PremiumCircuit",
    base: () => ({ ...provider, peeringLocation: "London", location: "uksouth" }),
    create: build(PremiumCircuit),
  },
  { component: "LocalCircuit", base: () => provider, create: build(LocalCircuit) },
  {
    component: "DirectPort",
    base: () => ({
      resourceGroupName: "rg-direct",
      peeringLocation: "Equinix-Amsterdam-AM5",
      bandwidthInGbps: 10,
    }),
    create: build(DirectPort),
  },
  {
    component: "DirectCircuit",
    base: () => ({
      resourceGroupName: "rg-direct",
      port: {
        id: id("expressRoutePorts", "port-1"),
        bandwidthInGbps: 10,
        peeringLocation: "Equinix-Amsterdam-AM5",
      },
      bandwidthInGbps: 5,
      privatePeering,
    }),
    create: build(DirectCircuit),
  },
  { component: "ExpressRouteGateway", base: () => gateway, create: build(ExpressRouteGateway) },
  {
    component: "CircuitConnection",
    setup: (name: string) => ({
      gateway: new ExpressRouteGateway(`${name}-gw`, gateway),
      circuit: new RedundantCircuit(`${name}-er`, provider as never),
    }),
    base: (_name: string, context: Record<string, unknown>) => ({
      gateway: context.gateway,
      circuit: context.circuit,
      routingWeight: 0,
    }),
    create: build(CircuitConnection),
  },
  { component: "VirtualWanHubGateway", base: () => hubGateway, create: build(VirtualWanHubGateway) },
  {
    component: "HubCircuitConnection",
    setup: (name: string) => ({
      gateway: new VirtualWanHubGateway(`${name}-hub`, hubGateway),
      circuit: new RedundantCircuit(`${name}-er`, provider as never),
    }),
    base: (_name: string, context: Record<string, unknown>) => ({
      gateway: context.gateway,
      circuit: context.circuit,
      routingWeight: 0,
    }),
    create: build(HubCircuitConnection),
  },
  {
    component: "GlobalReachMesh",
    base: () => ({
      circuits: [
        { name: "ams", existing: existing("er-ams", "Amsterdam") },
        { name: "lon", existing: existing("er-lon", "London") },
      ],
      addressPool: "10.255.0.0/29",
    }),
    create: build(GlobalReachMesh),
  },
  {
    component: "MaximumResiliency",
    base: () => ({
      resourceGroupName: "rg-mr",
      primary: { ...provider, location: undefined, peeringLocation: "Amsterdam" },
      secondary: {
        ...provider,
        location: undefined,
        peeringLocation: "London",
        privatePeering: { ...privatePeering, peerAddressPrefix: "192.168.11.0/29" },
      },
      gateway: {
        location: "westeurope",
        virtualNetworkName: "vnet-hub",
        gatewaySubnetPrefix: "10.0.255.0/27",
      },
    }),
    create: build(MaximumResiliency),
  },
].map((c: Omit<ComponentCase, "shape">) => ({ ...c, shape: ARGUMENT_SHAPES[c.component] }));
