/**
 * Benchmarks, run side by side in one process so the ratios hold on a noisy machine: `npm run bench`.
 * - overlap detection: the O(n log n) sweep against the O(n^2) pairwise check, same inputs;
 * - validation: every rule over a large estate model;
 * - Global Reach planning: a 40-site full mesh (780 pairs);
 * - org template allocation: 20 and 200 sites, from nothing and from their allocation file;
 * - the plan of whole programs (components against raw azure-native at 50, 200 and 400 circuits, each plan in
 *   its own process), its time split, memory per resource, and the pack's scaling from 500 to 2,000 circuits.
 * Writes every figure to bench/results.json; bench/README.md explains them.
 */
import { Estate, EstateCircuit, EstateGlobalReach, Site, type AllocationFile } from "../lib/blueprint";
import { planMesh } from "../lib/components/global-reach-plan";
import { findOverlaps, overlaps, prefix, type LabelledPrefix } from "../lib/core/ip";
import { EMPTY_MODEL, type CircuitModel, type TopologyModel } from "../lib/core/model";
import { validateTopology } from "../lib/core/validate";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packMs, planOnce, type PlanMeasure } from "./plan-bench";

function time(label: string, runs: number, fn: () => unknown): number {
  fn(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(`${label.padEnd(48)} ${ms.toFixed(3).padStart(10)} ms/run`);
  return ms;
}

function randomPrefixes(n: number, seed: number): LabelledPrefix<number>[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: n }, (_, i) => {
    const len = 20 + (next() % 11);
    const addr = (10 << 24) | ((next() % 2 ** 22) << 2);
    const text = `${(addr >>> 24) & 255}.${(addr >>> 16) & 255}.${(addr >>> 8) & 255}.${addr & 255}/${len}`;
    return { prefix: prefix(text), label: i };
  });
}

function pairwise(items: LabelledPrefix<number>[]): number {
  let found = 0;
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) if (overlaps(items[i].prefix, items[j].prefix)) found++;
  return found;
}

console.log("Overlap detection (same inputs):");
const overlapResults: Record<number, { sweep: number; pairwise: number }> = {};
for (const n of [500, 2000, 4000]) {
  const items = randomPrefixes(n, n);
  const sweep = time(`  sweep, ${n} prefixes`, 20, () => findOverlaps(items));
  const brute = time(`  pairwise, ${n} prefixes`, 3, () => pairwise(items));
  overlapResults[n] = { sweep, pairwise: brute };
  console.log(`  ratio pairwise/sweep at ${n}: ${(brute / sweep).toFixed(1)}x`);
}

function estate(circuits: number): TopologyModel {
  const list: CircuitModel[] = Array.from({ length: circuits }, (_, i) => ({
    key: `c${i}`,
    origin: { resource: `c${i}` },
    location: "westeurope",
    sku: { tier: "Premium", family: "MeteredData", name: "Premium_MeteredData" },
    provider: {
      serviceProviderName: "Equinix",
      peeringLocation: i % 2 ? "Amsterdam" : "London",
      bandwidthInMbps: 10000,
    },
    peerings: [
      {
        key: `c${i}:p`,
        origin: { resource: `c${i}` },
        peeringType: "AzurePrivatePeering",
        primaryPeerAddressPrefix: `10.${i >> 6}.${(i & 63) * 4}.0/30`,
        secondaryPeerAddressPrefix: `10.${i >> 6}.${(i & 63) * 4}.4/30`,
        vlanId: 100,
        peerAsn: 65000,
        sharedKey: undefined,
        routeFilter: undefined,
      },
    ],
  }));
  return { ...EMPTY_MODEL, circuits: list };
}

console.log("\nValidation, every rule:");
const small = time("  10-circuit estate", 200, () => validateTopology(estate(10)));
const large = time("  200-circuit estate", 20, () => validateTopology(estate(200)));
console.log(`  ratio 200/10 circuits: ${(large / small).toFixed(1)}x (20x the circuits)`);

console.log("\nGlobal Reach planning:");
const members = (n: number) => ({
  circuits: Array.from({ length: n }, (_, i) => ({
    name: `site${i}`,
    existing: {
      circuitId: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c${i}`,
      peeringLocation: ["Amsterdam", "London", "Frankfurt", "Paris", "Dublin"][i % 5] + (i >= 5 ? "2" : ""),
      skuTier: "Premium" as const,
      bandwidthInMbps: 10000,
    },
  })),
  addressPool: "10.200.0.0/16",
});
const m8 = time("  plan + validate, 8-site full mesh (28 pairs)", 50, () => {
  const p = planMesh("m", members(8));
  return validateTopology(p.model);
});
const m40 = time("  plan + validate, 40-site full mesh (780 pairs)", 5, () => {
  const p = planMesh("m", members(40));
  return validateTopology(p.model);
});
console.log(`  ratio 780/28 pairs: ${(m40 / m8).toFixed(1)}x (27.9x the pairs)`);

console.log("\nOrg template allocation (pure; the issue's bar: 200 sites in under a second):");
function orgEstate(sites: number, allocations?: AllocationFile): Estate {
  const org = new Estate("Org", {
    peerAsn: 65100,
    resourceGroupName: "rg",
    pools: { peering: "10.100.0.0/16", globalReach: "10.101.0.0/16", vlans: { min: 100, max: 3999 } },
    defaults: { serviceProviderName: "Equinix" },
    allocations,
  });
  const hubs: EstateCircuit[] = [];
  for (let i = 0; i < sites; i++) {
    const site = new Site(org, `Site-${i}`, { location: "westeurope", edgeRouters: ["a", "b"] });
    hubs.push(new EstateCircuit(site, "Circuit-Primary", { peeringLocation: "Amsterdam" }));
    new EstateCircuit(site, "Circuit-Secondary", { peeringLocation: "London" });
  }
  new EstateGlobalReach(org, "Reach", { circuits: hubs, topology: "hubAndSpoke" });
  return org;
}
const fresh20 = time("  20 sites, nothing allocated yet", 20, () => orgEstate(20).allocate());
const fresh200 = time("  200 sites, nothing allocated yet", 5, () => orgEstate(200).allocate());
const recorded200 = orgEstate(200).allocate().file;
const again200 = time("  200 sites, from their allocation file", 5, () =>
  orgEstate(200, recorded200).allocate(),
);
console.log(
  `  ratio 200/20 sites: ${(fresh200 / fresh20).toFixed(1)}x (10x the sites); from the file: ${again200.toFixed(1)} ms`,
);

// The plan of whole programs, each in a process of its own, components and raw azure-native side by side.
console.log(
  "\nPlan, components against hand-written raw azure-native (same Azure resources), no type check:",
);
const planRows: Record<string, unknown>[] = [];
for (const n of [50, 200, 400]) {
  const components = planOnce("components", n, false);
  const raw = planOnce("raw", n, false);
  const row = {
    circuits: n,
    components,
    raw,
    timeRatio: components.totalMs / raw.totalMs,
    peakMemoryRatio: components.peakRssMb / raw.peakRssMb,
  };
  planRows.push(row);
  console.log(
    `  ${String(n).padStart(3)} circuits: components ${(components.totalMs / 1000).toFixed(1)} s, ${components.peakRssMb.toFixed(0)} MB (${components.resources} resources); raw ${(raw.totalMs / 1000).toFixed(1)} s, ${raw.peakRssMb.toFixed(0)} MB (${raw.resources}); ratios time ${row.timeRatio.toFixed(2)}x, memory ${row.peakMemoryRatio.toFixed(2)}x`,
  );
}
const perResource = (style: "components" | "raw") => {
  const [small, large] = [planRows[0][style], planRows[2][style]] as PlanMeasure[];
  return ((large.peakRssMb - small.peakRssMb) * 1024) / (large.resources - small.resources);
};
const memoryPerResource = { components: perResource("components"), raw: perResource("raw") };
console.log(
  `  memory per resource (peak RSS slope, 50 to 400 circuits): components ${memoryPerResource.components.toFixed(0)} KB, raw ${memoryPerResource.raw.toFixed(0)} KB`,
);

console.log("\nPlan time split, 50 circuits with components, type check included (not from its cache):");
const split = planOnce("components", 50, true);
console.log(
  `  type check ${(split.typeCheckMs / 1000).toFixed(1)} s, program ${(split.programMs / 1000).toFixed(1)} s, policies ${(split.policiesMs / 1000).toFixed(1)} s (pack start included), total ${(split.totalMs / 1000).toFixed(1)} s`,
);

console.log("\nPolicy scaling, the whole pack in process over raw circuits with peerings:");
const pack500 = packMs(500, 3);
const pack2000 = packMs(2000, 2);
const policyScaling = pack2000 / (4 * pack500);
console.log(
  `  500 circuits ${pack500.toFixed(0)} ms, 2,000 circuits ${pack2000.toFixed(0)} ms; time(2,000) / (4 x time(500)) = ${policyScaling.toFixed(2)} (1 is linear)`,
);

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version },
  overlap: overlapResults,
  validation: { small, large },
  globalReach: { m8, m40 },
  orgTemplates: { fresh20, fresh200, again200 },
  plan: { rows: planRows, memoryPerResourceKb: memoryPerResource, split, policyScaling, pack500, pack2000 },
};
fs.writeFileSync(path.join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nWrote bench/results.json");
