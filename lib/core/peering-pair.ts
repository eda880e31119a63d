import { PAIR_PREFIX_LENGTH } from "./facts/bgp";
import { formatPrefix, isAligned, normalise, parsePrefix, split, type IpFamily } from "./ip/prefix";

/** The two link prefixes of a peering carved from one /29 (IPv6: /125), or why that is not possible. */
export type PairSplit =
  | { ok: true; primary: string; secondary: string }
  | { ok: false; message: string; allowed: string; fix: string };

/**
 * Splits a peering's /29 (/125) into its primary (lower) and secondary (upper) /30 (/126), the usual way to
 * address dual BGP.
 */
export function splitPeeringPair(text: string, family: IpFamily): PairSplit {
  const len = PAIR_PREFIX_LENGTH.value[family];
  const allowed = `an aligned IPv${family} /${len}, e.g. ${family === 4 ? "192.168.100.128/29" : "2001:db8:0:1::/125"}`;
  const parsed = parsePrefix(text);
  if (!parsed.ok)
    return {
      ok: false,
      message: `The prefix ${parsed.reason}.`,
      allowed,
      fix: `Write it as address/${len}.`,
    };
  const p = parsed.prefix;
  if (p.family !== family) {
    return {
      ok: false,
      message: `The prefix is IPv${p.family} where IPv${family} is expected.`,
      allowed,
      fix: `Give an IPv${family} /${len}.`,
    };
  }
  if (p.length !== len) {
    return {
      ok: false,
      message: `A peering's address block is one /${len}, split into a /${len + 1} per link; this is a /${p.length}.`,
      allowed,
      fix: `Give a /${len}, or set primaryPeerAddressPrefix and secondaryPeerAddressPrefix (/${len + 1} each) instead.`,
    };
  }
  if (!isAligned(p)) {
    return {
      ok: false,
      message: `The /${len} is not aligned: its address has host bits set.`,
      allowed,
      fix: `Use ${formatPrefix(normalise(p))}.`,
    };
  }
  const [a, b] = split(p);
  return { ok: true, primary: formatPrefix(a), secondary: formatPrefix(b) };
}
