import fc from "fast-check";
import { findOverlaps, prefix, type LabelledPrefix, type Overlap, type Prefix } from "../../../lib/core/ip";
import {
  intersects,
  members,
  RUNS,
  smallPrefixIn,
  windowAddresses,
  windowArb,
  type Window,
} from "./arbitraries";

const labelled = (texts: string[]): LabelledPrefix<string>[] =>
  texts.map((t) => ({ prefix: prefix(t), label: t }));

const pairs = (found: Overlap<string>[]): [string, string][] =>
  found.map((o) => [o.earlier.label, o.later.label]);

describe("findOverlaps examples", () => {
  it("reports nothing for an empty list", () => {
    expect(findOverlaps([])).toEqual([]);
  });

  it("reports nothing for a single prefix", () => {
    expect(findOverlaps(labelled(["10.0.0.0/8"]))).toEqual([]);
  });

  it("reports nothing for adjacent, disjoint prefixes", () => {
    expect(findOverlaps(labelled(["192.168.100.128/30", "192.168.100.132/30", "10.0.0.0/8"]))).toEqual([]);
  });

  it("reports a nested prefix as later, paired with the prefix that contains it, whatever the input order", () => {
    expect(pairs(findOverlaps(labelled(["10.1.2.0/24", "10.0.0.0/8"])))).toEqual([
      ["10.0.0.0/8", "10.1.2.0/24"],
    ]);
    expect(pairs(findOverlaps(labelled(["10.0.0.0/8", "10.1.2.0/24"])))).toEqual([
      ["10.0.0.0/8", "10.1.2.0/24"],
    ]);
  });

  it("reports a prefix that starts at the same address as a wider one as the later of the two", () => {
    expect(pairs(findOverlaps(labelled(["192.168.100.128/30", "192.168.100.128/29"])))).toEqual([
      ["192.168.100.128/29", "192.168.100.128/30"],
    ]);
  });

  it("reports one of two identical prefixes once", () => {
    const items = [
      { prefix: prefix("10.0.0.0/24"), label: "a" },
      { prefix: prefix("10.0.0.0/24"), label: "b" },
    ];
    const found = findOverlaps(items);
    expect(found).toHaveLength(1);
    expect(new Set([found[0].earlier.label, found[0].later.label])).toEqual(new Set(["a", "b"]));
  });

  it("treats unaligned prefixes by the block they fall in", () => {
    expect(pairs(findOverlaps(labelled(["192.168.100.133/29", "192.168.100.130/32"])))).toEqual([
      ["192.168.100.133/29", "192.168.100.130/32"],
    ]);
  });

  it("pairs every prefix nested in a wide one with the furthest-reaching earlier prefix", () => {
    const found = pairs(findOverlaps(labelled(["10.0.0.0/8", "10.0.0.0/16", "10.0.1.0/24", "10.2.0.0/16"])));
    expect(found).toEqual([
      ["10.0.0.0/8", "10.0.0.0/16"],
      ["10.0.0.0/8", "10.0.1.0/24"],
      ["10.0.0.0/8", "10.2.0.0/16"],
    ]);
  });

  it("never pairs IPv4 with IPv6, even ::/0 with 0.0.0.0/0 or an IPv4-mapped prefix with its IPv4 twin", () => {
    expect(findOverlaps(labelled(["0.0.0.0/0", "::/0"]))).toEqual([]);
    expect(findOverlaps(labelled(["10.0.0.0/8", "::a00:0/104", "::ffff:10.0.0.0/104"]))).toEqual([]);
  });

  it("finds overlaps within each family in a mixed list", () => {
    const found = pairs(
      findOverlaps(labelled(["2001:db8::/32", "10.0.0.0/8", "2001:db8:1::/48", "10.9.0.0/16"])),
    );
    expect(found).toEqual([
      ["10.0.0.0/8", "10.9.0.0/16"],
      ["2001:db8::/32", "2001:db8:1::/48"],
    ]);
  });
});

interface Case {
  readonly items: LabelledPrefix<number>[];
  readonly universe: Record<4 | 6, bigint[]>;
}

/**
 * A list of small IPv4 and IPv6 prefixes drawn from one IPv4 /22 and one IPv6 /118, with some repeated, so
 * overlaps are common. Half
 * the time the IPv6 window has the same numeric base as the IPv4 one, so a sweep that ignored the family would
 * pair them.
 */
const caseArb: fc.Arbitrary<Case> = fc
  .record({ w4: windowArb(4), w6: windowArb(6), sameNumbers: fc.boolean() })
  .chain(({ w4, w6, sameNumbers }) => {
    const v6: Window = sameNumbers ? { family: 6, base: w4.base } : w6;
    return fc
      .array(fc.oneof(smallPrefixIn(w4), smallPrefixIn(v6)), { maxLength: 10 })
      .chain((ps: Prefix[]) =>
        // Repeat a few of the prefixes (as fresh objects), so identical prefixes are common.
        fc
          .shuffledSubarray(ps, { maxLength: Math.min(3, ps.length) })
          .map((dups) => [...ps, ...dups.map((p) => ({ ...p }))]),
      )
      .map((ps: Prefix[]) => ({
        items: ps.map((p, i) => ({ prefix: p, label: i })),
        universe: { 4: windowAddresses(w4), 6: windowAddresses(v6) },
      }));
  });

/** The brute-force overlap relation between items, by index: same family and a shared address. */
function oracle(c: Case): (i: number, j: number) => boolean {
  const sets = c.items.map((it) => members(it.prefix, c.universe[it.prefix.family]));
  return (i, j) => c.items[i].prefix.family === c.items[j].prefix.family && intersects(sets[i], sets[j]);
}

describe("findOverlaps against a brute-force oracle", () => {
  it("reports only pairs of two distinct input items that truly share an address", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ov = oracle(c);
        for (const { earlier, later } of findOverlaps(c.items)) {
          expect(c.items[earlier.label]).toBe(earlier);
          expect(c.items[later.label]).toBe(later);
          expect(earlier.label).not.toBe(later.label);
          expect(ov(earlier.label, later.label)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("reports something exactly when some pair of items overlaps", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ov = oracle(c);
        let any = false;
        for (let i = 0; i < c.items.length; i++)
          for (let j = i + 1; j < c.items.length; j++) any ||= ov(i, j);
        expect(findOverlaps(c.items).length > 0).toBe(any);
      }),
      { numRuns: RUNS },
    );
  });

  it("reports every item that overlaps another item in at least one pair", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ov = oracle(c);
        const reported = new Set(findOverlaps(c.items).flatMap((o) => [o.earlier.label, o.later.label]));
        for (let i = 0; i < c.items.length; i++) {
          const overlapsAnother = c.items.some((_, j) => j !== i && ov(i, j));
          expect(reported.has(i)).toBe(overlapsAnother);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("never pairs an IPv4 prefix with an IPv6 prefix", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const { earlier, later } of findOverlaps(c.items)) {
          expect(earlier.prefix.family).toBe(later.prefix.family);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("reports each item as later at most once, paired with an earlier item that starts at or before it", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const found = findOverlaps(c.items);
        const laters = found.map((o) => o.later.label);
        expect(new Set(laters).size).toBe(laters.length);
        for (const { earlier, later } of found) {
          const first = (it: LabelledPrefix<number>) =>
            [...members(it.prefix, c.universe[it.prefix.family])].reduce((a, b) => (a < b ? a : b));
          expect(first(earlier) <= first(later)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("reports all but one item of each group of transitively overlapping items", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ov = oracle(c);
        const parent = c.items.map((_, i) => i);
        const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
        for (let i = 0; i < c.items.length; i++)
          for (let j = i + 1; j < c.items.length; j++) if (ov(i, j)) parent[root(i)] = root(j);
        const groups = new Set(c.items.map((_, i) => root(i))).size;
        expect(findOverlaps(c.items)).toHaveLength(c.items.length - groups);
      }),
      { numRuns: RUNS },
    );
  });

  it("does not reorder or modify the input list", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const before = [...c.items];
        findOverlaps(c.items);
        expect(c.items).toEqual(before);
        c.items.forEach((it, i) => expect(it).toBe(before[i]));
      }),
      { numRuns: RUNS },
    );
  });
});
