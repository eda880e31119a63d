import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { runPackInProcess, type PackResource } from "../fuzz/in-process-pack";
import { writeEstate, type EstateStyle } from "./plan-estates";

/** What one plan measured (bench/plan-once.ts). */
export interface PlanMeasure {
  readonly resources: number;
  readonly violations: number;
  readonly totalMs: number;
  readonly typeCheckMs: number;
  readonly programMs: number;
  readonly policiesMs: number;
  readonly peakRssMb: number;
}

/** Plans the estate in a process of its own, so its peak memory is its own. */
export function planOnce(style: EstateStyle, circuits: number, typeCheck: boolean): PlanMeasure {
  const dir = writeEstate(style, circuits);
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "plan-once.ts"), dir, ...(typeCheck ? [] : ["--no-type-check"])],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split("\n").pop()!) as PlanMeasure;
}

/** `n` raw circuits with a private peering each, as the pack sees them (plain inputs, no mock runtime). */
function packEstate(n: number): PackResource[] {
  const locations = ["Amsterdam", "London", "Frankfurt", "Paris", "Dublin"];
  return Array.from({ length: n }, (_, i): PackResource[] => {
    const urn = `urn:pulumi:bench::bench::azure-native:network:ExpressRouteCircuit::er-${i}`;
    const [b, c] = [(i >> 5) & 255, (i & 31) * 8];
    return [
      {
        urn,
        type: "azure-native:network:ExpressRouteCircuit",
        name: `er-${i}`,
        props: {
          resourceGroupName: "rg",
          location: "westeurope",
          circuitName: `er-${i}`,
          sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
          serviceProviderProperties: {
            serviceProviderName: "Equinix",
            peeringLocation: locations[i % locations.length],
            bandwidthInMbps: 1000,
          },
        },
      },
      {
        urn: `urn:pulumi:bench::bench::azure-native:network:ExpressRouteCircuitPeering::er-${i}-private`,
        type: "azure-native:network:ExpressRouteCircuitPeering",
        name: `er-${i}-private`,
        props: {
          resourceGroupName: "rg",
          circuitName: `er-${i}`,
          peeringName: "AzurePrivatePeering",
          peeringType: "AzurePrivatePeering",
          peerASN: 65010,
          vlanId: 100,
          primaryPeerAddressPrefix: `10.${b}.${c}.0/30`,
          secondaryPeerAddressPrefix: `10.${b}.${c}.4/30`,
        },
        propertyDependencies: { circuitName: [urn] },
      },
    ];
  }).flat();
}

/** Milliseconds the whole pack takes over `n` circuits, in this process (the best of `runs`). */
export function packMs(n: number, runs: number): number {
  const resources = packEstate(n);
  runPackInProcess(resources); // warm up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    runPackInProcess(resources);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
