import { MAX_ASN, PRIVATE_ASNS, RESERVED_ASNS } from "../facts/bgp";

/** Why an ASN cannot be a customer's peer ASN, or undefined when it can. */
export function asnProblem(asn: number): string | undefined {
  if (!Number.isInteger(asn) || asn < 0 || asn > MAX_ASN) return `is not an ASN (0..${MAX_ASN})`;
  const reserved = RESERVED_ASNS.value.find((r) => asn >= r.from && asn <= r.to);
  return reserved ? `is ${reserved.why}` : undefined;
}

/** True for a private-use ASN (RFC 6996). */
export function isPrivateAsn(asn: number): boolean {
  return PRIVATE_ASNS.value.some((r) => asn >= r.from && asn <= r.to);
}

/** The reserved ranges, printed for "allowed" texts. */
export function reservedAsnsText(): string {
  return RESERVED_ASNS.value.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(", ");
}
