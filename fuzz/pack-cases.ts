import * as path from "node:path";
import fc from "fast-check";
import { UNKNOWN } from "../lib/core/model";
import { azureNativeKind } from "../lib/core/translate";
import { runProgram } from "../lib/plan/run-program";
import { ALL_KINDS } from "../lib/policy-pack";
import { plainInputs, type PackResource } from "./in-process-pack";

/** The raw azure-native program of the policy tests, and the compliant estates it builds. */
const RAW_PROGRAM = path.resolve(__dirname, "../test/fixtures/raw-program");
const COMPLIANT = [
  "compliant-estate-standalone",
  "compliant-estate-inline",
  "compliant-direct",
  "vwan-compliant-standalone",
  "vwan-compliant-inline",
];

/**
 * The compliant estates of the raw program (two circuits with peerings, route filter, hub VNet, gateway,
 * links and Global Reach, with standalone and inline peerings; a Direct port and its circuit), as the pack
 * sees them: run once under the mock runtime, their inputs as plain data.
 */
export async function compliantStacks(): Promise<PackResource[][]> {
  const stacks: PackResource[][] = [];
  for (const scenario of COMPLIANT) {
    const run = await runProgram(RAW_PROGRAM, { config: { scenario }, typeCheck: false });
    stacks.push(
      run.resources
        .filter((r) => r.custom)
        .map((r) => ({
          urn: r.urn,
          type: r.type,
          name: r.name,
          props: plainInputs(r.serializedInputs) as Record<string, unknown>,
          propertyDependencies: r.propertyDependencies,
        })),
    );
  }
  return stacks;
}

/** The policied kinds (`network:ExpressRouteCircuit`, ...), each fuzzed on its own. */
export const POLICIED_KINDS: readonly string[] = ALL_KINDS;

/** A property path as violations print it: `peerings[0].vlanId`. */
export function pathText(p: readonly (string | number)[]): string {
  return p.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}

/** Every path in a resource's props: each object property and list item, nested. */
export function propPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => propPaths(v, [...at, i]))];
  if (typeof value === "object" && value !== null && value !== UNKNOWN)
    return [...here, ...Object.entries(value).flatMap(([k, v]) => propPaths(v, [...at, k]))];
  return here;
}

/**
 * Values a property can have on the wire (JSON, and unknown at preview): every type, empty and huge
 * strings, unicode, numbers past every limit, deep and wide objects.
 */
export const wireValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 0.5, 1e21, -0, "", " ", "\u0000", UNKNOWN),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => "9".repeat(n)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 100, max: 3000 }).map((depth) => {
    let o: unknown = "deep";
    for (let i = 0; i < depth; i++) o = { inner: o };
    return o;
  }),
);

/** A string no catalog, list or format accepts. */
const nonsense = fc.string({ minLength: 1, maxLength: 10 }).map((s) => `zz-${s}`);

/**
 * Properties the rules read, with values of the right type that no rule may pass: a mutation to one of them
 * must be reported (a violation or "cannot verify") naming the property. The right answer comes from
 * Microsoft's documentation (EXPRESSROUTE-FACTS.md), not from the rules.
 */
export const MUST_FLAG: readonly {
  readonly kinds: readonly string[];
  readonly path: RegExp;
  readonly invalid: fc.Arbitrary<unknown>;
  /** Whether leaving the property out must be reported too. @default false */
  readonly required?: boolean;
  /**
   * Where else the report may be: a rule about a gateway's subnet reports on the gateway's reference to it.
   * @default only on the changed resource
   */
  readonly reportedVia?: { readonly kind: string; readonly path: string };
}[] = [
  {
    kinds: ["network:ExpressRouteCircuit"],
    path: /^peerings$/,
    invalid: fc.constantFrom<unknown>({ name: "AzurePrivatePeering" }, "AzurePrivatePeering", 1),
  },
  {
    kinds: ["network:ExpressRouteCircuit", "network:ExpressRouteCircuitPeering"],
    path: /(^|\.)sharedKey$/,
    invalid: fc.constantFrom("has-a-dash", "x".repeat(26), "spaces in it"),
  },
  {
    kinds: ["network:ExpressRouteCircuitConnection"],
    path: /^(expressRouteCircuitPeering|peerExpressRouteCircuitPeering)\.id$/,
    invalid: fc.constantFrom("", "not-an-id"),
    required: true,
  },
  {
    kinds: ["network:ExpressRouteCircuitConnection"],
    path: /^ipv6CircuitConnectionConfig(\.addressPrefix)?$/,
    invalid: fc.constantFrom<unknown>("2001:db8::/126", "zz", "10.0.0.0/29"),
  },
  { kinds: ["network:ExpressRouteCircuit"], path: /^sku\.(tier|family)$/, invalid: nonsense },
  {
    kinds: ["network:ExpressRouteCircuit"],
    path: /^serviceProviderProperties\.peeringLocation$/,
    invalid: nonsense,
  },
  {
    kinds: ["network:ExpressRouteCircuit"],
    path: /^serviceProviderProperties\.bandwidthInMbps$/,
    invalid: fc.constantFrom(0, -50, 123, 3000, 1.5),
  },
  {
    kinds: [
      "network:ExpressRouteCircuit",
      "network:VirtualNetworkGateway",
      "network:RouteFilter",
      "network:VirtualNetwork",
      "network:VirtualHub",
    ],
    path: /^location$/,
    invalid: nonsense,
  },
  {
    kinds: ["network:ExpressRouteCircuit", "network:ExpressRouteCircuitPeering"],
    path: /(^|\.)vlanId$/,
    required: true,
    invalid: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 4095 }), fc.constant(100.5)),
  },
  {
    kinds: ["network:ExpressRouteCircuit", "network:ExpressRouteCircuitPeering"],
    path: /(^|\.)peerASN$/,
    required: true,
    invalid: fc.oneof(
      fc.constant(0),
      fc.integer({ max: -1 }),
      fc.constantFrom(4294967296, 4294967295, 65010.5),
    ),
  },
  {
    kinds: ["network:ExpressRouteCircuit", "network:ExpressRouteCircuitPeering"],
    path: /(^|\.)(primary|secondary)PeerAddressPrefix$/,
    required: true,
    invalid: fc.oneof(
      nonsense,
      fc.constantFrom("10.0.0.0/33", "192.168.100.300/30", "10.0.0.0", "10.0.0.0/29"),
    ),
  },
  {
    kinds: ["network:ExpressRouteCircuit", "network:ExpressRouteCircuitPeering"],
    path: /(^|\.)peeringType$/,
    invalid: nonsense,
  },
  {
    kinds: ["network:ExpressRouteCircuitConnection"],
    path: /^addressPrefix$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("10.0.0.0/30", "10.0.0.4/29", "10.0.0.0/33")),
    required: true,
  },
  {
    kinds: ["network:ExpressRoutePort"],
    path: /^bandwidthInGbps$/,
    invalid: fc.constantFrom(0, 1, 25, 40, -10),
  },
  { kinds: ["network:ExpressRoutePort"], path: /^(encapsulation|peeringLocation)$/, invalid: nonsense },
  { kinds: ["network:VirtualNetworkGateway"], path: /^sku\.name$/, invalid: nonsense },
  {
    kinds: ["network:ExpressRouteConnection", "network:ExpressRouteGateway"],
    path: /^(expressRouteConnections\[\d+\]\.)?routingWeight$/,
    invalid: fc.oneof(fc.integer({ min: 32001 }), fc.integer({ max: -1 }), fc.constant(10.5)),
  },
  {
    kinds: ["network:ExpressRouteConnection", "network:ExpressRouteGateway"],
    path: /^(expressRouteConnections\[\d+\]\.)?expressRouteCircuitPeering\.id$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("not-an-id", "/subscriptions/x/resourceGroups/rg")),
  },
  {
    kinds: ["network:ExpressRouteGateway"],
    path: /^autoScaleConfiguration\.bounds\.(min|max)$/,
    invalid: fc.constantFrom(0, 11, 40, -1, 2.5),
  },
  {
    kinds: ["network:VirtualWan"],
    path: /^type$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("Basic", "basic")),
  },
  { kinds: ["network:VirtualHub"], path: /^sku$/, invalid: fc.oneof(nonsense, fc.constantFrom("Basic")) },
  {
    kinds: ["network:VirtualHub"],
    path: /^addressPrefix$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("10.100.0.0/25", "10.100.1.0/23", "2001:db8::/48")),
  },
  {
    kinds: ["network:VirtualNetworkGatewayConnection"],
    path: /^routingWeight$/,
    invalid: fc.oneof(fc.integer({ min: 32001 }), fc.integer({ max: -1 }), fc.constant(10.5)),
  },
  { kinds: ["network:VirtualNetworkGatewayConnection"], path: /^connectionType$/, invalid: nonsense },
  {
    kinds: ["network:VirtualNetworkGatewayConnection"],
    path: /^(peer|virtualNetworkGateway1)\.id$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("not-an-id", "/subscriptions/x/resourceGroups/rg")),
  },
  {
    kinds: ["network:VirtualNetworkGateway"],
    path: /^ipConfigurations\[0\]\.subnet\.id$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("GatewaySubnet", "/subscriptions/x/resourceGroups/rg")),
  },
  {
    kinds: ["network:ExpressRouteCircuitPeering"],
    path: /^routeFilter\.id$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("not-an-id")),
  },
  {
    kinds: ["network:ExpressRouteCircuit"],
    path: /^expressRoutePort\.id$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("not-an-id")),
  },
  {
    kinds: ["network:RouteFilter"],
    path: /^rules\[\d+\]\.communities\[\d+\]$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("65000:1", "12076:abc", "12076-5010")),
  },
  {
    kinds: ["network:VirtualNetwork"],
    path: /^subnets\[\d+\]\.addressPrefix$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("10.10.255.0/30", "10.10.255.5/27", "10.10.255.0/33")),
    reportedVia: { kind: "network:VirtualNetworkGateway", path: "ipConfigurations[0].subnet.id" },
  },
  {
    kinds: ["network:Subnet"],
    path: /^addressPrefix$/,
    invalid: fc.oneof(nonsense, fc.constantFrom("10.10.255.0/30", "10.10.255.5/27", "10.10.255.0/33")),
    reportedVia: { kind: "network:VirtualNetworkGateway", path: "ipConfigurations[0].subnet.id" },
  },
];

/** Properties the compliant estates leave out that the fuzzer sets too (each in the oracle above). */
export const EXTRA_PATHS: Readonly<Record<string, readonly (string | number)[][]>> = {
  "network:ExpressRouteCircuitPeering": [["sharedKey"]],
  "network:ExpressRouteCircuitConnection": [
    ["ipv6CircuitConnectionConfig"],
    ["ipv6CircuitConnectionConfig", "addressPrefix"],
  ],
};

/** The oracle entry for a property of a resource, if its invalid values are known. */
export function mustFlag(kind: string, p: string) {
  return MUST_FLAG.find((m) => m.kinds.includes(kind) && m.path.test(p));
}

/** The props' JSON type, to tell a change of type. */
export function jsonType(v: unknown): string {
  if (v === null || v === undefined) return "absent";
  if (v === UNKNOWN) return "unknown";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** Whether a kind is one the pack has policies for. */
export function isPolicied(type: string): boolean {
  return POLICIED_KINDS.includes(azureNativeKind(type) ?? "");
}
