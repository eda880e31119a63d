import fc from "fast-check";
import type { IpFamily, Prefix } from "../../../lib/core/ip";

/** Address bits per family, restated here so the oracles do not lean on the code under test. */
export const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

/** Property runs per fc.assert: enough to find shallow bugs, cheap enough to keep each file well under a second. */
export const RUNS = 200;

export function pfx(family: IpFamily, address: bigint, length: number): Prefix {
  return { family, address, length };
}

const maxAddress = (family: IpFamily): bigint => (1n << BigInt(BITS[family])) - 1n;

/** Any prefix of the family: an arbitrary address (host bits often set) and any length. */
export function anyPrefix(family: IpFamily): fc.Arbitrary<Prefix> {
  return fc
    .record({
      address: fc.bigInt({ min: 0n, max: maxAddress(family) }),
      length: fc.integer({ min: 0, max: BITS[family] }),
    })
    .map(({ address, length }) => pfx(family, address, length));
}

export const anyV4Prefix = anyPrefix(4);
export const anyV6Prefix = anyPrefix(6);
export const anyV4OrV6Prefix = fc.oneof(anyV4Prefix, anyV6Prefix);

/** An aligned block of 2^WINDOW_BITS addresses (an IPv4 /22, an IPv6 /118) that small prefixes are drawn from. */
export const WINDOW_BITS = 10;
/** Small prefixes hold at most 2^SMALL_HOST_BITS addresses: IPv4 /24../32, IPv6 /120../128. */
export const SMALL_HOST_BITS = 8;

export interface Window {
  readonly family: IpFamily;
  readonly base: bigint;
}

export function windowArb(family: IpFamily): fc.Arbitrary<Window> {
  const max = (1n << BigInt(BITS[family] - WINDOW_BITS)) - 1n;
  return fc.bigInt({ min: 0n, max }).map((hi) => ({ family, base: hi << BigInt(WINDOW_BITS) }));
}

/**
 * An offset in the window, a third of the time the last address of a /24 or /29 (IPv6 /120 or /125) block so
 * that single addresses often land exactly on the end of a wider prefix.
 */
const offsetArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 2 ** WINDOW_BITS - 1 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 2 ** (WINDOW_BITS - 8) - 1 }).map((k) => k * 256 + 255), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 2 ** (WINDOW_BITS - 3) - 1 }).map((k) => k * 8 + 7), weight: 1 },
);

/** A prefix of length >= bits-8 whose address (as written, host bits included) lies in the window. */
export function smallPrefixIn(w: Window): fc.Arbitrary<Prefix> {
  return fc
    .record({
      offset: offsetArb,
      length: fc.integer({ min: BITS[w.family] - SMALL_HOST_BITS, max: BITS[w.family] }),
    })
    .map(({ offset, length }) => pfx(w.family, w.base + BigInt(offset), length));
}

/** Every address of the window, for brute-force enumeration. */
export function windowAddresses(w: Window): bigint[] {
  return Array.from({ length: 2 ** WINDOW_BITS }, (_, i) => w.base + BigInt(i));
}

/**
 * Brute-force membership: the addresses of `universe` whose leading `length` bits equal those of the prefix's
 * address. Exact whenever the universe covers the prefix (true for small prefixes in their own window).
 */
export function members(p: Prefix, universe: readonly bigint[]): Set<bigint> {
  const shift = BigInt(BITS[p.family] - p.length);
  const net = p.address >> shift;
  return new Set(universe.filter((a) => a >> shift === net));
}

export function intersects(a: ReadonlySet<bigint>, b: ReadonlySet<bigint>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export function isSubset(a: ReadonlySet<bigint>, b: ReadonlySet<bigint>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
