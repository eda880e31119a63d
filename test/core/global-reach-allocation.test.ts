import fc from "fast-check";
import ipaddr from "ipaddr.js";
import {
  meshPairs,
  parsePool,
  poolProblem,
  slotPrefix,
  slotsNeeded,
  type MeshPair,
  type MeshTopology,
} from "../../lib/core/global-reach-allocation";
import { prefix, type IpFamily } from "../../lib/core/ip/prefix";
import { globalReachPrefix } from "../../lib/core/rules";
import { validateTopology } from "../../lib/core/validate";
import type { GlobalReachMember, GlobalReachMeshArgs } from "../../lib/components/global-reach-args";
import { planMesh } from "../../lib/components/global-reach-plan";
import { RUNS } from "./ip/arbitraries";

/** An address range as [first, last], computed here (not by the code under test) from `address/length`. */
function range(text: string): { family: IpFamily; first: bigint; last: bigint; length: number } {
  const [addr, len] = text.split("/");
  const ip = ipaddr.parse(addr);
  const family: IpFamily = ip.kind() === "ipv4" ? 4 : 6;
  const bits = family === 4 ? 32 : 128;
  const length = Number(len);
  const value = ip.toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
  const host = (1n << BigInt(bits - length)) - 1n;
  const first = value & ~host;
  return { family, first, last: first | host, length };
}

function rangesOverlap(a: string, b: string): boolean {
  const x = range(a);
  const y = range(b);
  return x.family === y.family && x.first <= y.last && y.first <= x.last;
}

/** Two of the blocks that share an address, by brute force over every pair; undefined when none do. */
function overlappingPair(blocks: readonly string[]): [string, string] | undefined {
  const ranges = blocks.map(range);
  for (let x = 0; x < ranges.length; x++)
    for (let y = x + 1; y < ranges.length; y++)
      if (ranges[x].first <= ranges[y].last && ranges[y].first <= ranges[x].last)
        return [blocks[x], blocks[y]];
  return undefined;
}

/** The IPv4 address `n` as dotted decimal. */
function v4(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
}

const pair = (a: number, b: number, slot: number): MeshPair => ({ a, b, slot });

describe("meshPairs", () => {
  it.each<[string, number, MeshTopology, number, number[], MeshPair[]]>([
    ["no members", 0, "fullMesh", -1, [], []],
    ["a single member", 1, "fullMesh", -1, [], []],
    ["two members", 2, "fullMesh", -1, [], [pair(0, 1, 0)]],
    ["three members", 3, "fullMesh", -1, [], [pair(0, 1, 0), pair(0, 2, 1), pair(1, 2, 2)]],
    [
      "four members (pair (i, j) takes slot j(j-1)/2 + i)",
      4,
      "fullMesh",
      -1,
      [],
      [pair(0, 1, 0), pair(0, 2, 1), pair(1, 2, 2), pair(0, 3, 3), pair(1, 3, 4), pair(2, 3, 5)],
    ],
    [
      "four members with member 1 retired (its slots 0, 2 and 4 stay free)",
      4,
      "fullMesh",
      -1,
      [1],
      [pair(0, 2, 1), pair(0, 3, 3), pair(2, 3, 5)],
    ],
    [
      "four members with the first retired (the others keep their slots)",
      4,
      "fullMesh",
      -1,
      [0],
      [pair(1, 2, 2), pair(1, 3, 4), pair(2, 3, 5)],
    ],
    ["three members with two retired", 3, "fullMesh", -1, [0, 2], []],
    [
      "eight members: the last pair (6, 7) takes slot 27",
      8,
      "fullMesh",
      -1,
      [0, 1, 2, 3, 4, 5],
      [pair(6, 7, 27)],
    ],
    [
      "a hub first: each spoke takes its own position",
      4,
      "hubAndSpoke",
      0,
      [],
      [pair(0, 1, 1), pair(0, 2, 2), pair(0, 3, 3)],
    ],
    [
      "a hub in the middle: pairs are ordered, the hub's slot 2 stays free",
      4,
      "hubAndSpoke",
      2,
      [],
      [pair(0, 2, 0), pair(1, 2, 1), pair(2, 3, 3)],
    ],
    ["a retired spoke: its slot stays free", 4, "hubAndSpoke", 2, [1], [pair(0, 2, 0), pair(2, 3, 3)]],
    ["a retired hub: no pairs", 4, "hubAndSpoke", 2, [2], []],
    ["a hub alone", 1, "hubAndSpoke", 0, [], []],
  ])("connects %s", (_what, count, topology, hub, retired, expected) => {
    expect(meshPairs(count, topology, hub, new Set(retired))).toEqual(expected);
  });
});

describe("slotsNeeded", () => {
  it.each<[MeshTopology, number, number]>([
    ["fullMesh", 1, 0],
    ["fullMesh", 2, 1],
    ["fullMesh", 3, 3],
    ["fullMesh", 4, 6],
    ["fullMesh", 8, 28],
    ["fullMesh", 12, 66],
    ["hubAndSpoke", 2, 2],
    ["hubAndSpoke", 5, 5],
    ["hubAndSpoke", 12, 12],
  ])("a %s of %i members needs %i slots", (topology, count, slots) => {
    expect(slotsNeeded(count, topology)).toBe(slots);
  });

  it.each([2, 3, 5, 8, 12])(
    "covers every slot a full mesh of %i members (or any retirement of them) uses",
    (count) => {
      const slots = meshPairs(count, "fullMesh", -1, new Set()).map((p) => p.slot);
      expect(Math.max(...slots) + 1).toBe(slotsNeeded(count, "fullMesh"));
      expect(new Set(slots).size).toBe(slots.length);
    },
  );
});

describe("poolProblem", () => {
  it.each<[string, number, IpFamily]>([
    ["10.255.0.0/26", 8, 4],
    ["10.255.0.0/26", 1, 4],
    ["10.255.0.0/26", 0, 4],
    ["10.255.0.0/29", 1, 4],
    ["10.255.0.0/24", 28, 4],
    ["10.255.0.0/24", 32, 4],
    ["10.255.0.0/22", 66, 4],
    ["fd00::/125", 1, 6],
    ["fd00::/120", 32, 6],
  ])("accepts %s for %i slots", (pool, slots, family) => {
    expect(poolProblem(prefix(pool), slots, family)).toBeUndefined();
  });

  it.each<[string, number, IpFamily, string, string]>([
    ["10.255.0.0/26", 9, 4, "The mesh needs 9 /29s but a /26 holds 8.", "a /25 or larger (9 /29s)"],
    ["10.255.0.0/26", 16, 4, "The mesh needs 16 /29s but a /26 holds 8.", "a /25 or larger (16 /29s)"],
    ["10.255.0.0/26", 17, 4, "The mesh needs 17 /29s but a /26 holds 8.", "a /24 or larger (17 /29s)"],
    ["10.255.0.0/26", 28, 4, "The mesh needs 28 /29s but a /26 holds 8.", "a /24 or larger (28 /29s)"],
    ["10.255.0.0/25", 28, 4, "The mesh needs 28 /29s but a /25 holds 16.", "a /24 or larger (28 /29s)"],
    ["10.255.0.0/29", 2, 4, "The mesh needs 2 /29s but a /29 holds 1.", "a /28 or larger (2 /29s)"],
    ["10.255.0.0/28", 3, 4, "The mesh needs 3 /29s but a /28 holds 2.", "a /27 or larger (3 /29s)"],
    ["10.255.0.0/23", 66, 4, "The mesh needs 66 /29s but a /23 holds 64.", "a /22 or larger (66 /29s)"],
    ["fd00::/124", 3, 6, "The mesh needs 3 /125s but a /124 holds 2.", "a /123 or larger (3 /125s)"],
    ["fd00::/120", 33, 6, "The mesh needs 33 /125s but a /120 holds 32.", "a /119 or larger (33 /125s)"],
  ])("refuses %s for %i slots, saying the size needed", (pool, slots, family, message, allowed) => {
    expect(poolProblem(prefix(pool), slots, family)).toEqual({ message, allowed });
  });

  it.each<[string, IpFamily, string, string]>([
    ["10.255.0.0/30", 4, "The pool is a /30, smaller than one /29.", "a /29 or larger"],
    ["10.255.0.0/32", 4, "The pool is a /32, smaller than one /29.", "a /29 or larger"],
    ["fd00::/126", 6, "The pool is a /126, smaller than one /125.", "a /125 or larger"],
  ])("refuses %s as smaller than one block", (pool, family, message, allowed) => {
    expect(poolProblem(prefix(pool), 1, family)).toEqual({ message, allowed });
  });
});

describe("slotPrefix", () => {
  it.each([
    ["10.255.0.0/24", 0, "10.255.0.0/29"],
    ["10.255.0.0/24", 1, "10.255.0.8/29"],
    ["10.255.0.0/24", 5, "10.255.0.40/29"],
    ["10.255.0.0/24", 27, "10.255.0.216/29"],
    ["10.255.0.0/24", 31, "10.255.0.248/29"],
    ["10.255.0.0/22", 65, "10.255.2.8/29"],
    ["192.168.64.0/26", 7, "192.168.64.56/29"],
    ["fd00:255::/120", 0, "fd00:255::/125"],
    ["fd00:255::/120", 1, "fd00:255::8/125"],
    ["fd00:255::/120", 3, "fd00:255::18/125"],
    ["fd00:255::/120", 31, "fd00:255::f8/125"],
  ])("gives slot %s #%i as %s", (pool, slot, expected) => {
    expect(slotPrefix(prefix(pool), slot)).toBe(expected);
  });
});

describe("parsePool", () => {
  it.each<[string, IpFamily]>([
    ["10.255.0.0/24", 4],
    ["192.168.0.0/16", 4],
    ["fd00:255::/120", 6],
  ])("parses %s as an IPv%i pool", (text, family) => {
    expect(parsePool(text, family)).toEqual({ ok: true, pool: prefix(text) });
  });

  it.each<[string, IpFamily, string]>([
    ["fd00::/120", 4, "it is IPv6, not IPv4"],
    ["10.255.0.0/24", 6, "it is IPv4, not IPv6"],
    ["10.255.0.0", 4, "the prefix has no prefix length (write it as address/length)"],
    ["10.255.0.0/33", 4, "the prefix has prefix length 33, more than the 32 bits of IPv4"],
    ["10.255.0.0/x", 4, "the prefix has an invalid prefix length 'x'"],
    ["10.256.0.0/24", 4, "the prefix has an invalid IP address '10.256.0.0'"],
    ["fd00::/129", 6, "the prefix has prefix length 129, more than the 128 bits of IPv6"],
  ])("refuses %s as an IPv%i pool: %s", (text, family, reason) => {
    expect(parsePool(text, family)).toEqual({ ok: false, reason });
  });
});

// ---- Properties ----

interface MeshShape {
  readonly count: number;
  readonly topology: MeshTopology;
  readonly hub: number;
  readonly retired: ReadonlySet<number>;
}

/** 2..12 members, a topology, a hub among them and any retired subset. */
const meshShape: fc.Arbitrary<MeshShape> = fc.integer({ min: 2, max: 12 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    topology: fc.constantFrom<MeshTopology>("fullMesh", "hubAndSpoke"),
    hub: fc.integer({ min: 0, max: count - 1 }),
    retired: fc.subarray(Array.from({ length: count }, (_, i) => i)).map((r) => new Set(r)),
  }),
);

/** Bits of the pool beyond one block that `slots` blocks need: the smallest b with 2^b >= slots. */
function extraBits(slots: number): number {
  let b = 0;
  while (2 ** b < slots) b++;
  return b;
}

/** An aligned IPv4 pool at least large enough for `slots` /29s (up to 2 bits larger), under 10.0.0.0/8. */
function v4PoolFor(slots: number): fc.Arbitrary<string> {
  return fc
    .record({ spare: fc.integer({ min: 0, max: 2 }), base: fc.integer({ min: 0, max: 2 ** 24 - 1 }) })
    .map(({ spare, base }) => {
      const length = 29 - extraBits(slots) - spare;
      const size = 2 ** (32 - length);
      return `${v4(0x0a000000 + Math.floor(base / size) * size)}/${length}`;
    });
}

/** An aligned IPv6 pool at least large enough for `slots` /125s, under fd00::/16. */
function v6PoolFor(slots: number): fc.Arbitrary<string> {
  return fc
    .record({ spare: fc.integer({ min: 0, max: 2 }), hi: fc.integer({ min: 0, max: 0xffff }) })
    .map(({ spare, hi }) => `fd00:${hi.toString(16)}::/${125 - extraBits(slots) - spare}`);
}

function existingMembers(count: number, retired: ReadonlySet<number>): GlobalReachMember[] {
  const sites = ["Amsterdam", "London", "Frankfurt", "Paris", "Dublin", "Madrid"];
  return Array.from({ length: count }, (_, i) => ({
    name: `m${i}`,
    existing: {
      circuitId: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/m${i}`,
      peeringLocation: sites[i % sites.length],
      skuTier: "Premium" as const,
      bandwidthInMbps: 10000,
    },
    retired: retired.has(i) || undefined,
  }));
}

function meshArgs(shape: MeshShape, addressPool: string, extra: Partial<GlobalReachMeshArgs> = {}) {
  return {
    circuits: existingMembers(shape.count, shape.retired),
    topology: shape.topology,
    hub: shape.topology === "hubAndSpoke" ? `m${shape.hub}` : undefined,
    addressPool,
    ...extra,
  };
}

/** The plan's connections by pair ("m0|m3"), with their prefixes. */
function prefixesByPair(args: GlobalReachMeshArgs): Map<string, string> {
  const plan = planMesh("mesh", args);
  expect(plan.inputFindings).toEqual([]);
  return new Map(plan.connections.map((c) => [`m${c.a}|m${c.b}`, c.addressPrefix]));
}

describe("Global Reach allocation properties", () => {
  it("gives every pair of any mesh a distinct, aligned /29 inside a large enough pool, none overlapping another", () => {
    fc.assert(
      fc.property(
        meshShape.chain((shape) =>
          fc.record({ shape: fc.constant(shape), pool: v4PoolFor(slotsNeeded(shape.count, shape.topology)) }),
        ),
        ({ shape, pool }) => {
          const slots = slotsNeeded(shape.count, shape.topology);
          expect(poolProblem(prefix(pool), slots, 4)).toBeUndefined();
          const pairs = meshPairs(shape.count, shape.topology, shape.hub, shape.retired);
          const blocks = pairs.map((p) => slotPrefix(prefix(pool), p.slot));
          const poolRange = range(pool);
          for (const b of blocks) {
            const r = range(b);
            expect(r.length).toBe(29);
            expect(b).toBe(`${v4(Number(r.first))}/29`);
            expect(r.first >= poolRange.first && r.last <= poolRange.last).toBe(true);
          }
          expect(overlappingPair(blocks)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("gives every pair a distinct /125 inside a large enough IPv6 pool", () => {
    fc.assert(
      fc.property(
        meshShape.chain((shape) =>
          fc.record({ shape: fc.constant(shape), pool: v6PoolFor(slotsNeeded(shape.count, shape.topology)) }),
        ),
        ({ shape, pool }) => {
          expect(poolProblem(prefix(pool), slotsNeeded(shape.count, shape.topology), 6)).toBeUndefined();
          const blocks = meshPairs(shape.count, shape.topology, shape.hub, shape.retired).map((p) =>
            slotPrefix(prefix(pool), p.slot),
          );
          const poolRange = range(pool);
          for (const b of blocks) {
            const r = range(b);
            expect(r.length).toBe(125);
            expect(r.first >= poolRange.first && r.last <= poolRange.last).toBe(true);
          }
          expect(overlappingPair(blocks)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("refuses through global-reach-prefix exactly the meshes whose /29s overlap an excluded range", () => {
    const excluded = (pool: string) => {
      const { first } = range(pool);
      // Ranges near the pool (inside it or just past it), of any size from a /20 to a single address.
      return fc.array(
        fc
          .record({ offset: fc.integer({ min: -256, max: 4096 }), length: fc.integer({ min: 20, max: 32 }) })
          .map(({ offset, length }) => `${v4(Number(first) + offset)}/${length}`),
        { maxLength: 4 },
      );
    };
    fc.assert(
      fc.property(
        meshShape
          .filter((s) => s.count <= 8)
          .chain((shape) =>
            v4PoolFor(slotsNeeded(shape.count, shape.topology)).chain((pool) =>
              fc.record({ shape: fc.constant(shape), pool: fc.constant(pool), usedRanges: excluded(pool) }),
            ),
          ),
        ({ shape, pool, usedRanges }) => {
          const plan = planMesh("mesh", meshArgs(shape, pool, { usedRanges }));
          expect(plan.inputFindings).toEqual([]);
          const findings = validateTopology(plan.model, { rules: [globalReachPrefix] });
          const overlapping = plan.connections.filter((c) =>
            usedRanges.some((u) => rangesOverlap(c.addressPrefix, u)),
          );
          expect(findings.every((f) => f.ruleId === "global-reach-prefix")).toBe(true);
          // Either the rule reports the overlap, or no allocated /29 overlaps any excluded range.
          expect(findings.length > 0).toBe(overlapping.length > 0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never moves an existing pair's prefix when a member is appended", () => {
    fc.assert(
      fc.property(
        meshShape
          .filter((s) => s.count <= 11)
          .chain((shape) =>
            fc.record({
              shape: fc.constant(shape),
              pool: v4PoolFor(slotsNeeded(shape.count + 1, shape.topology)),
            }),
          ),
        ({ shape, pool }) => {
          const before = prefixesByPair(meshArgs(shape, pool));
          const after = prefixesByPair(meshArgs({ ...shape, count: shape.count + 1 }, pool));
          for (const [between, addressPrefix] of before) expect(after.get(between)).toBe(addressPrefix);
          // Only the new member's pairs are new.
          for (const between of after.keys())
            if (!before.has(between)) expect(between.split("|")).toContain(`m${shape.count}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never moves another pair's prefix when a member is retired", () => {
    fc.assert(
      fc.property(
        meshShape.chain((shape) =>
          fc.record({
            shape: fc.constant(shape),
            retiring: fc.integer({ min: 0, max: shape.count - 1 }),
            pool: v4PoolFor(slotsNeeded(shape.count, shape.topology)),
          }),
        ),
        ({ shape, retiring, pool }) => {
          const before = prefixesByPair(meshArgs(shape, pool));
          const retired = new Set([...shape.retired, retiring]);
          const after = prefixesByPair(meshArgs({ ...shape, retired }, pool));
          for (const [between, addressPrefix] of after) expect(before.get(between)).toBe(addressPrefix);
          for (const [between, addressPrefix] of before) {
            if (between.split("|").includes(`m${retiring}`)) expect(after.has(between)).toBe(false);
            else expect(after.get(between)).toBe(addressPrefix);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
