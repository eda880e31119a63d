import fc from "fast-check";
import {
  contains,
  familyBits,
  firstAddress,
  formatAddress,
  formatPrefix,
  isAligned,
  lastAddress,
  linkAddresses,
  normalise,
  overlaps,
  parsePrefix,
  prefix,
  size,
  split,
  subnetAt,
  type IpFamily,
  type Prefix,
} from "../../../lib/core/ip";
import {
  anyPrefix,
  anyV4OrV6Prefix,
  anyV4Prefix,
  anyV6Prefix,
  BITS,
  intersects,
  isSubset,
  members,
  pfx,
  RUNS,
  smallPrefixIn,
  windowAddresses,
  windowArb,
  type Window,
} from "./arbitraries";

/** Independent dotted-quad formatter for the IPv4 oracles. */
function dottedQuad(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => ((n >> s) & 0xffn).toString()).join(".");
}

/** A window and two small prefixes drawn from it, so they overlap often enough to matter. */
function pairInWindow(family: IpFamily): fc.Arbitrary<{ w: Window; a: Prefix; b: Prefix }> {
  return windowArb(family).chain((w) =>
    fc.record({ w: fc.constant(w), a: smallPrefixIn(w), b: smallPrefixIn(w) }),
  );
}

const smallInWindow = (family: IpFamily): fc.Arbitrary<{ w: Window; p: Prefix }> =>
  windowArb(family).chain((w) => fc.record({ w: fc.constant(w), p: smallPrefixIn(w) }));

describe("parsePrefix", () => {
  it.each<[string, IpFamily, bigint, number]>([
    ["192.168.100.128/30", 4, 0xc0a86480n, 30],
    ["10.0.0.0/8", 4, 0x0a000000n, 8],
    ["0.0.0.0/0", 4, 0n, 0],
    ["255.255.255.255/32", 4, 0xffffffffn, 32],
    ["10.0.0.5/30", 4, 0x0a000005n, 30],
    ["2001:db8::/32", 6, 0x20010db8n << 96n, 32],
    ["2001:DB8:0:0:0:0:0:1/64", 6, (0x20010db8n << 96n) | 1n, 64],
    ["::/0", 6, 0n, 0],
    ["::1/128", 6, 1n, 128],
    ["::ffff:192.0.2.1/128", 6, 0xffffc0000201n, 128],
    ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", 6, (1n << 128n) - 1n, 128],
  ])("accepts %s as IPv%s with the address as written and its length", (text, family, address, length) => {
    expect(parsePrefix(text)).toEqual({ ok: true, prefix: { family, address, length } });
  });

  it.each<[string, RegExp]>([
    ["10.0.0.0", /no prefix length/],
    ["2001:db8::", /no prefix length/],
    ["10.0.0.0/", /invalid prefix length ''/],
    ["10.0.0.0/abc", /invalid prefix length 'abc'/],
    ["10.0.0.0/-1", /invalid prefix length '-1'/],
    ["10.0.0.0/2.5", /invalid prefix length '2.5'/],
    ["10.0.0.0/1e1", /invalid prefix length '1e1'/],
    ["10.0.0.0/1024", /invalid prefix length '1024'/],
    ["10.0.0.0/24/1", /invalid prefix length '24\/1'/],
    ["10.0.0.0/33", /prefix length 33, more than the 32 bits of IPv4/],
    ["10.0.0.0/128", /prefix length 128, more than the 32 bits of IPv4/],
    ["2001:db8::/129", /prefix length 129, more than the 128 bits of IPv6/],
    ["010.1.2.3/8", /invalid IP address '010.1.2.3'/],
    ["10.1/16", /invalid IP address '10.1'/],
    ["10/8", /invalid IP address '10'/],
    ["0x0a.0.0.0/8", /invalid IP address '0x0a.0.0.0'/],
    ["167772160/8", /invalid IP address '167772160'/],
    ["10.0.0.256/24", /invalid IP address '10.0.0.256'/],
    ["1.2.3.4.5/24", /invalid IP address '1.2.3.4.5'/],
    ["2001:db8:::1/64", /invalid IP address '2001:db8:::1'/],
    ["2001:db8::g/64", /invalid IP address '2001:db8::g'/],
    ["garbage/24", /invalid IP address 'garbage'/],
    ["/24", /invalid IP address ''/],
    ["garbage", /no prefix length/],
    ["", /no prefix length/],
  ])("rejects %j with a reason matching %s", (text, reason) => {
    const r = parsePrefix(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it("rejects a value that is not a string", () => {
    expect(parsePrefix(42 as unknown as string)).toEqual({ ok: false, reason: "is not a string" });
  });

  it("prefix() returns the parsed prefix for valid text and throws quoting the text otherwise", () => {
    expect(prefix("10.0.0.0/8")).toEqual({ family: 4, address: 0x0a000000n, length: 8 });
    expect(() => prefix("10.0.0.0/33")).toThrow("'10.0.0.0/33' has prefix length 33");
  });

  it("round-trips every IPv4 and IPv6 prefix through formatPrefix and parsePrefix unchanged", () => {
    fc.assert(
      fc.property(anyV4OrV6Prefix, (p) => {
        expect(parsePrefix(formatPrefix(p))).toEqual({ ok: true, prefix: p });
      }),
      { numRuns: RUNS },
    );
  });
});

describe("formatPrefix", () => {
  it.each<[string, string]>([
    ["192.168.100.128/30", "192.168.100.128/30"],
    ["10.0.0.5/30", "10.0.0.5/30"],
    ["0.0.0.0/0", "0.0.0.0/0"],
    ["2001:0db8:0000::0001/64", "2001:db8::1/64"],
    ["2001:DB8::/32", "2001:db8::/32"],
    ["2001:db8:0:0:1:0:0:1/64", "2001:db8::1:0:0:1/64"],
    ["0:0:0:0:0:0:0:0/0", "::/0"],
    ["::ffff:192.0.2.1/128", "::ffff:c000:201/128"],
  ])("formats %s as %s, keeping host bits as written and compressing IPv6", (text, expected) => {
    expect(formatPrefix(prefix(text))).toBe(expected);
  });

  it("formats IPv4 addresses as four decimal octets", () => {
    fc.assert(
      fc.property(anyV4Prefix, (p) => {
        expect(formatPrefix(p)).toBe(`${dottedQuad(p.address)}/${p.length}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("isAligned", () => {
  it.each<[string, boolean]>([
    ["10.0.0.4/30", true],
    ["10.0.0.5/30", false],
    ["10.0.0.6/30", false],
    ["192.168.100.128/29", true],
    ["192.168.100.132/29", false],
    ["0.0.0.0/0", true],
    ["1.2.3.4/0", false],
    ["1.2.3.4/32", true],
    ["2001:db8::/32", true],
    ["2001:db8::1/32", false],
    ["2001:db8::4/126", true],
    ["2001:db8::5/126", false],
    ["::1/128", true],
  ])("%s is aligned: %s", (text, aligned) => {
    expect(isAligned(prefix(text))).toBe(aligned);
  });
});

describe("normalise", () => {
  it.each<[string, string]>([
    ["10.0.0.5/30", "10.0.0.4/30"],
    ["10.0.0.4/30", "10.0.0.4/30"],
    ["192.168.100.133/29", "192.168.100.128/29"],
    ["10.255.255.255/8", "10.0.0.0/8"],
    ["1.2.3.4/0", "0.0.0.0/0"],
    ["1.2.3.4/32", "1.2.3.4/32"],
    ["2001:db8::7/126", "2001:db8::4/126"],
    ["2001:db8:ffff::1/32", "2001:db8::/32"],
  ])("normalises %s to %s", (text, expected) => {
    expect(formatPrefix(normalise(prefix(text)))).toBe(expected);
  });

  it("gives an aligned prefix of the same family and length that contains the original address", () => {
    fc.assert(
      fc.property(anyV4OrV6Prefix, (p) => {
        const n = normalise(p);
        expect(n.family).toBe(p.family);
        expect(n.length).toBe(p.length);
        expect(isAligned(n)).toBe(true);
        // The original address shares the normalised prefix's leading bits.
        const shift = BigInt(BITS[p.family] - p.length);
        expect(n.address >> shift).toBe(p.address >> shift);
        expect(contains(n, pfx(p.family, p.address, BITS[p.family]))).toBe(true);
        expect(normalise(n)).toEqual(n);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("size, firstAddress and lastAddress", () => {
  it.each<[string, bigint]>([
    ["10.0.0.1/32", 1n],
    ["10.0.0.0/31", 2n],
    ["192.168.100.128/30", 4n],
    ["192.168.100.128/29", 8n],
    ["10.0.0.0/8", 1n << 24n],
    ["0.0.0.0/0", 1n << 32n],
    ["::1/128", 1n],
    ["2001:db8::/126", 4n],
    ["2001:db8::/64", 1n << 64n],
    ["::/0", 1n << 128n],
  ])("%s holds %s addresses", (text, n) => {
    expect(size(prefix(text))).toBe(n);
  });

  it("the first and last address of an unaligned prefix bound its aligned block", () => {
    const p = prefix("192.168.100.133/29");
    expect(dottedQuad(firstAddress(p))).toBe("192.168.100.128");
    expect(dottedQuad(lastAddress(p))).toBe("192.168.100.135");
  });

  it("size, firstAddress and lastAddress match the brute-force set of addresses of a small prefix", () => {
    fc.assert(
      fc.property(fc.oneof(smallInWindow(4), smallInWindow(6)), ({ w, p }) => {
        const set = [...members(p, windowAddresses(w))];
        expect(size(p)).toBe(BigInt(set.length));
        expect(firstAddress(p)).toBe(set[0]);
        expect(lastAddress(p)).toBe(set[set.length - 1]);
      }),
      { numRuns: RUNS },
    );
  });

  it("familyBits is 32 for IPv4 and 128 for IPv6", () => {
    expect(familyBits(4)).toBe(32);
    expect(familyBits(6)).toBe(128);
  });
});

describe("contains", () => {
  it.each<[string, string, boolean]>([
    ["10.0.0.0/8", "10.1.2.0/24", true],
    ["10.0.0.0/8", "10.0.0.0/8", true],
    ["10.1.2.0/24", "10.0.0.0/8", false],
    ["10.0.0.0/8", "11.0.0.0/24", false],
    ["10.0.0.0/8", "9.255.255.255/32", false],
    ["10.0.0.0/8", "10.255.255.255/32", true],
    ["0.0.0.0/0", "255.255.255.255/32", true],
    ["192.168.100.133/29", "192.168.100.128/30", true],
    ["192.168.100.128/30", "192.168.100.132/30", false],
    ["2001:db8::/32", "2001:db8:1::/48", true],
    ["2001:db8:1::/48", "2001:db8::/32", false],
    ["2001:db8::/125", "2001:db8::4/126", true],
    ["::/0", "0.0.0.0/0", false],
    ["0.0.0.0/0", "::/0", false],
    ["::/0", "::ffff:10.0.0.0/104", true],
    ["10.0.0.0/8", "::ffff:10.0.0.0/104", false],
  ])("%s contains %s: %s", (outer, inner, expected) => {
    expect(contains(prefix(outer), prefix(inner))).toBe(expected);
  });

  it.each<IpFamily>([4, 6])("agrees with the set-of-addresses oracle for small IPv%s prefixes", (family) => {
    fc.assert(
      fc.property(pairInWindow(family), ({ w, a, b }) => {
        const u = windowAddresses(w);
        expect(contains(a, b)).toBe(isSubset(members(b, u), members(a, u)));
      }),
      { numRuns: RUNS },
    );
  });

  it("never holds between an IPv4 and an IPv6 prefix, whatever their numeric addresses", () => {
    fc.assert(
      fc.property(anyV4Prefix, fc.integer({ min: 0, max: 128 }), (p4, len6) => {
        const p6 = pfx(6, p4.address, len6);
        expect(contains(p4, p6)).toBe(false);
        expect(contains(p6, p4)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("overlaps", () => {
  it.each<[string, string, boolean]>([
    ["10.0.0.0/8", "10.1.2.0/24", true],
    ["10.1.2.0/24", "10.0.0.0/8", true],
    ["10.0.0.0/24", "10.0.1.0/24", false],
    ["10.0.0.0/23", "10.0.1.0/24", true],
    ["192.168.100.128/30", "192.168.100.132/30", false],
    ["192.168.100.128/30", "192.168.100.131/32", true],
    ["192.168.100.133/29", "192.168.100.128/32", true],
    ["0.0.0.0/0", "203.0.113.7/32", true],
    ["2001:db8::/126", "2001:db8::4/126", false],
    ["2001:db8::/125", "2001:db8::4/126", true],
    ["::/0", "0.0.0.0/0", false],
    ["::a00:0/104", "10.0.0.0/8", false],
  ])("%s overlaps %s: %s", (a, b, expected) => {
    expect(overlaps(prefix(a), prefix(b))).toBe(expected);
  });

  it.each<IpFamily>([4, 6])("agrees with the set-of-addresses oracle for small IPv%s prefixes", (family) => {
    fc.assert(
      fc.property(pairInWindow(family), ({ w, a, b }) => {
        const u = windowAddresses(w);
        const expected = intersects(members(a, u), members(b, u));
        expect(overlaps(a, b)).toBe(expected);
        expect(overlaps(b, a)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it("holds exactly when one prefix contains the other, since prefixes nest or are disjoint", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(anyV4Prefix, anyV4Prefix),
          fc.tuple(anyV6Prefix, anyV6Prefix),
          fc.tuple(anyV4Prefix, anyV6Prefix),
        ),
        ([a, b]) => {
          expect(overlaps(a, b)).toBe(contains(a, b) || contains(b, a));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never holds between an IPv4 and an IPv6 prefix, whatever their numeric addresses", () => {
    fc.assert(
      fc.property(anyV4Prefix, fc.integer({ min: 0, max: 128 }), (p4, len6) => {
        const p6 = pfx(6, p4.address, len6);
        expect(overlaps(p4, p6)).toBe(false);
        expect(overlaps(p6, p4)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("split", () => {
  it.each<[string, string, string]>([
    ["192.168.100.128/29", "192.168.100.128/30", "192.168.100.132/30"],
    ["192.168.100.133/29", "192.168.100.128/30", "192.168.100.132/30"],
    ["10.0.0.0/8", "10.0.0.0/9", "10.128.0.0/9"],
    ["0.0.0.0/0", "0.0.0.0/1", "128.0.0.0/1"],
    ["10.0.0.0/31", "10.0.0.0/32", "10.0.0.1/32"],
    ["2001:db8::/125", "2001:db8::/126", "2001:db8::4/126"],
    ["2001:db8::8/125", "2001:db8::8/126", "2001:db8::c/126"],
    ["::/0", "::/1", "8000::/1"],
  ])("splits %s into %s and %s", (text, lo, hi) => {
    expect(split(prefix(text)).map(formatPrefix)).toEqual([lo, hi]);
  });

  it.each(["10.0.0.1/32", "2001:db8::1/128"])("refuses to split the single-address prefix %s", (text) => {
    expect(() => split(prefix(text))).toThrow(`${text} cannot be split`);
  });

  const splittable = (family: IpFamily) => anyPrefix(family).filter((p) => p.length < BITS[family]);

  it("gives two aligned, disjoint halves one bit longer that are contained in the parent and cover it", () => {
    fc.assert(
      fc.property(fc.oneof(splittable(4), splittable(6)), (p) => {
        const [lo, hi] = split(p);
        for (const h of [lo, hi]) {
          expect(h.family).toBe(p.family);
          expect(h.length).toBe(p.length + 1);
          expect(isAligned(h)).toBe(true);
          expect(contains(p, h)).toBe(true);
        }
        expect(overlaps(lo, hi)).toBe(false);
        expect(firstAddress(lo)).toBe(firstAddress(p));
        expect(lastAddress(lo) + 1n).toBe(firstAddress(hi));
        expect(lastAddress(hi)).toBe(lastAddress(p));
        expect(size(lo) + size(hi)).toBe(size(p));
      }),
      { numRuns: RUNS },
    );
  });

  it("partitions the parent's brute-force address set into the halves' address sets", () => {
    const smallSplittable = (family: IpFamily) =>
      smallInWindow(family).filter(({ p }) => p.length < BITS[family]);
    fc.assert(
      fc.property(fc.oneof(smallSplittable(4), smallSplittable(6)), ({ w, p }) => {
        const u = windowAddresses(w);
        const [lo, hi] = split(p);
        const parent = members(p, u);
        const a = members(lo, u);
        const b = members(hi, u);
        expect(a.size).toBeGreaterThan(0);
        expect(b.size).toBe(a.size);
        expect(intersects(a, b)).toBe(false);
        expect(new Set([...a, ...b])).toEqual(parent);
        // The lower half holds the lower addresses.
        expect([...a].every((x) => [...b].every((y) => x < y))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("linkAddresses", () => {
  it.each<[string, string, string]>([
    ["192.168.100.128/30", "192.168.100.129", "192.168.100.130"],
    ["192.168.100.132/30", "192.168.100.133", "192.168.100.134"],
    ["10.0.0.252/30", "10.0.0.253", "10.0.0.254"],
    ["2001:db8:c0de::/126", "2001:db8:c0de::1", "2001:db8:c0de::2"],
    ["2001:db8::4/126", "2001:db8::5", "2001:db8::6"],
    ["2001:db8::ffff:fffc/126", "2001:db8::ffff:fffd", "2001:db8::ffff:fffe"],
  ])("gives the customer the first usable and Microsoft the second usable address of %s", (text, c, m) => {
    expect(linkAddresses(prefix(text))).toEqual({ customer: c, microsoft: m });
  });

  it("gives first+1 and first+2 of any aligned IPv4 /30", () => {
    const aligned30 = fc.integer({ min: 0, max: 2 ** 30 - 1 }).map((i) => pfx(4, BigInt(i) << 2n, 30));
    fc.assert(
      fc.property(aligned30, (p) => {
        expect(linkAddresses(p)).toEqual({
          customer: dottedQuad(p.address + 1n),
          microsoft: dottedQuad(p.address + 2n),
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("gives first+1 and first+2 of any aligned IPv6 /126", () => {
    const aligned126 = fc.bigInt({ min: 0n, max: (1n << 126n) - 1n }).map((i) => pfx(6, i << 2n, 126));
    fc.assert(
      fc.property(aligned126, (p) => {
        const { customer, microsoft } = linkAddresses(p);
        expect(prefix(`${customer}/128`).address).toBe(p.address + 1n);
        expect(prefix(`${microsoft}/128`).address).toBe(p.address + 2n);
        expect(customer).toBe(formatAddress(p.address + 1n, 6));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("formatAddress", () => {
  it.each<[bigint, IpFamily, string]>([
    [0n, 4, "0.0.0.0"],
    [0xc0a86481n, 4, "192.168.100.129"],
    [0xffffffffn, 4, "255.255.255.255"],
    [0n, 6, "::"],
    [1n, 6, "::1"],
    [(0x20010db8n << 96n) | 2n, 6, "2001:db8::2"],
  ])("formats %s as IPv%s %s", (address, family, expected) => {
    expect(formatAddress(address, family)).toBe(expected);
  });
});

describe("subnetAt", () => {
  it.each<[string, number, bigint, string]>([
    ["192.168.100.0/24", 30, 0n, "192.168.100.0/30"],
    ["192.168.100.0/24", 30, 1n, "192.168.100.4/30"],
    ["192.168.100.0/24", 30, 32n, "192.168.100.128/30"],
    ["192.168.100.0/24", 30, 63n, "192.168.100.252/30"],
    ["192.168.100.77/24", 29, 16n, "192.168.100.128/29"],
    ["10.0.0.0/8", 16, 255n, "10.255.0.0/16"],
    ["10.0.0.0/8", 8, 0n, "10.0.0.0/8"],
    ["2001:db8::/120", 126, 0n, "2001:db8::/126"],
    ["2001:db8::/120", 126, 3n, "2001:db8::c/126"],
    ["2001:db8::/32", 48, 1n, "2001:db8:1::/48"],
  ])("in %s, the /%s at index %s is %s", (pool, length, index, expected) => {
    expect(formatPrefix(subnetAt(prefix(pool), length, index))).toBe(expected);
  });

  it("gives aligned subnets inside the pool, disjoint for distinct indices, with the last one ending the pool", () => {
    const arb = fc.oneof(anyPrefix(4), anyPrefix(6)).chain((pool) =>
      fc.integer({ min: pool.length, max: Math.min(BITS[pool.family], pool.length + 16) }).chain((length) => {
        const count = 1n << BigInt(length - pool.length);
        return fc.record({
          pool: fc.constant(pool),
          length: fc.constant(length),
          i: fc.bigInt({ min: 0n, max: count - 1n }),
          j: fc.bigInt({ min: 0n, max: count - 1n }),
          count: fc.constant(count),
        });
      }),
    );
    fc.assert(
      fc.property(arb, ({ pool, length, i, j, count }) => {
        const a = subnetAt(pool, length, i);
        const b = subnetAt(pool, length, j);
        expect(a.length).toBe(length);
        expect(isAligned(a)).toBe(true);
        expect(contains(pool, a)).toBe(true);
        expect(overlaps(a, b)).toBe(i === j);
        expect(firstAddress(subnetAt(pool, length, 0n))).toBe(firstAddress(pool));
        expect(lastAddress(subnetAt(pool, length, count - 1n))).toBe(lastAddress(pool));
      }),
      { numRuns: RUNS },
    );
  });
});
