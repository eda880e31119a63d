import ipaddr from "ipaddr.js";

/** IP version of a prefix. */
export type IpFamily = 4 | 6;

/** An IPv4 or IPv6 prefix as written (`192.168.100.128/30`), with its address as a number. */
export interface Prefix {
  readonly family: IpFamily;
  /** The address as written, before masking; aligned prefixes have no host bits set. */
  readonly address: bigint;
  readonly length: number;
}

/** The outcome of parsing a prefix: the prefix, or why the text is not one. */
export type ParseResult = { ok: true; prefix: Prefix } | { ok: false; reason: string };

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

function toBigInt(bytes: number[]): bigint {
  return bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

function toBytes(value: bigint, family: IpFamily): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < BITS[family] / 8; i++) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  return bytes;
}

/** Parses `address/length`; IPv4 must be four decimal octets, IPv6 any RFC 4291 form. */
export function parsePrefix(text: string): ParseResult {
  if (typeof text !== "string") return { ok: false, reason: "is not a string" };
  if (text !== text.trim() || /\s/.test(text))
    return { ok: false, reason: "has spaces in it (Azure takes address/length with no spaces)" };
  const slash = text.indexOf("/");
  if (slash < 0) return { ok: false, reason: "has no prefix length (write it as address/length)" };
  const addr = text.slice(0, slash).trim();
  const lenText = text.slice(slash + 1).trim();
  if (!/^\d{1,3}$/.test(lenText)) return { ok: false, reason: `has an invalid prefix length '${lenText}'` };
  const length = Number(lenText);
  let family: IpFamily;
  if (ipaddr.IPv4.isValidFourPartDecimal(addr)) family = 4;
  else if (ipaddr.IPv6.isValid(addr)) family = 6;
  else return { ok: false, reason: `has an invalid IP address '${addr}'` };
  if (length > BITS[family]) {
    return {
      ok: false,
      reason: `has prefix length ${length}, more than the ${BITS[family]} bits of IPv${family}`,
    };
  }
  const address = toBigInt(ipaddr.parse(addr).toByteArray());
  return { ok: true, prefix: { family, address, length } };
}

/** Parses a prefix or throws; for literals known to be valid. */
export function prefix(text: string): Prefix {
  const r = parsePrefix(text);
  if (!r.ok) throw new Error(`'${text}' ${r.reason}`);
  return r.prefix;
}

function hostMask(p: { family: IpFamily; length: number }): bigint {
  return (1n << BigInt(BITS[p.family] - p.length)) - 1n;
}

/** Number of addresses in the prefix. */
export function size(p: Prefix): bigint {
  return hostMask(p) + 1n;
}

/** First address of the prefix (host bits cleared). */
export function firstAddress(p: Prefix): bigint {
  return p.address & ~hostMask(p);
}

/** Last address of the prefix. */
export function lastAddress(p: Prefix): bigint {
  return firstAddress(p) | hostMask(p);
}

/** True when the address as written has no host bits set (`10.0.0.4/30`, not `10.0.0.5/30`). */
export function isAligned(p: Prefix): boolean {
  return (p.address & hostMask(p)) === 0n;
}

/** The aligned prefix that contains this one at the same length. */
export function normalise(p: Prefix): Prefix {
  return { family: p.family, address: firstAddress(p), length: p.length };
}

/** Formats an address of the given family. */
export function formatAddress(address: bigint, family: IpFamily): string {
  return ipaddr.fromByteArray(toBytes(address, family)).toString();
}

/** Formats a prefix as `address/length`, with the address as written. */
export function formatPrefix(p: Prefix): string {
  return `${formatAddress(p.address, p.family)}/${p.length}`;
}

/** True when `outer` contains every address of `inner`. */
export function contains(outer: Prefix, inner: Prefix): boolean {
  return (
    outer.family === inner.family &&
    firstAddress(outer) <= firstAddress(inner) &&
    lastAddress(inner) <= lastAddress(outer)
  );
}

/** True when the two prefixes share at least one address. */
export function overlaps(a: Prefix, b: Prefix): boolean {
  return a.family === b.family && firstAddress(a) <= lastAddress(b) && firstAddress(b) <= lastAddress(a);
}

/** The two halves of an aligned prefix: a /29 gives two /30s, a /125 two /126s. */
export function split(p: Prefix): [Prefix, Prefix] {
  if (p.length >= BITS[p.family]) throw new Error(`${formatPrefix(p)} cannot be split`);
  const length = p.length + 1;
  const first = firstAddress(p);
  const half = size({ ...p, length });
  return [
    { family: p.family, address: first, length },
    { family: p.family, address: first + half, length },
  ];
}

/**
 * The two ends of one BGP link in an aligned /30 (/126): the customer router takes the first usable address,
 * Microsoft the second (`192.168.100.128/30`: customer .129, Microsoft .130).
 */
export function linkAddresses(p: Prefix): { customer: string; microsoft: string } {
  const first = firstAddress(p);
  return { customer: formatAddress(first + 1n, p.family), microsoft: formatAddress(first + 2n, p.family) };
}

/** The two ends of a link given as text (`"192.168.100.128/30"`); undefined when it is not a prefix. */
export function linkEnds(text: unknown): { customer: string; microsoft: string } | undefined {
  const parsed = typeof text === "string" ? parsePrefix(text) : undefined;
  return parsed?.ok ? linkAddresses(parsed.prefix) : undefined;
}

/** The aligned prefix of `length` that starts `index` blocks after the start of `pool`. */
export function subnetAt(pool: Prefix, length: number, index: bigint): Prefix {
  const block = 1n << BigInt(BITS[pool.family] - length);
  return { family: pool.family, address: firstAddress(pool) + block * index, length };
}

/** Number of address bits of a family. */
export function familyBits(family: IpFamily): number {
  return BITS[family];
}
