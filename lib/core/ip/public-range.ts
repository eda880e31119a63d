import ipaddr from "ipaddr.js";
import { overlaps, type IpFamily, type Prefix, parsePrefix } from "./prefix";

function specialBlocks(family: IpFamily): { name: string; prefix: Prefix }[] {
  const ranges = (
    (family === 4 ? ipaddr.IPv4 : ipaddr.IPv6).prototype as unknown as { SpecialRanges: unknown }
  ).SpecialRanges as Record<
    string,
    [ipaddr.IPv4 | ipaddr.IPv6, number] | [ipaddr.IPv4 | ipaddr.IPv6, number][]
  >;
  const out: { name: string; prefix: Prefix }[] = [];
  for (const [name, value] of Object.entries(ranges)) {
    const list = (Array.isArray(value[0]) ? value : [value]) as [ipaddr.IPv4 | ipaddr.IPv6, number][];
    for (const [addr, len] of list) {
      const r = parsePrefix(`${addr.toString()}/${len}`);
      if (r.ok) out.push({ name, prefix: r.prefix });
    }
  }
  return out;
}

const SPECIAL = { 4: specialBlocks(4), 6: specialBlocks(6) };

/**
 * The special-purpose range (RFC 1918 private, loopback, CGNAT, documentation, ...) the prefix overlaps, or
 * undefined when every address in it is public unicast. The ranges are ipaddr.js's own table.
 */
export function nonPublicRange(p: Prefix): string | undefined {
  return SPECIAL[p.family].find((s) => overlaps(s.prefix, p))?.name;
}
