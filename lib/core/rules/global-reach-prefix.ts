import { displayKey } from "../findings";
import { PAIR_PREFIX_LENGTH } from "../facts/bgp";
import { SOURCES } from "../facts/sources";
import { findOverlaps, type LabelledPrefix } from "../ip/overlaps";
import { formatPrefix, isAligned, normalise, parsePrefix, type IpFamily, type Prefix } from "../ip/prefix";
import { isUnknown, type Entity, type Maybe } from "../model";
import type { Reporter, Rule } from "./rule";

interface Owner {
  readonly entity: Entity;
  readonly field: string;
  readonly what: string;
}

function parseGlobalReach(
  report: Reporter,
  e: Entity,
  field: string,
  value: Maybe<string>,
  family: IpFamily,
): Prefix | undefined {
  if (!report.known(e, field, value)) return undefined;
  const len = PAIR_PREFIX_LENGTH.value[family];
  if (value === undefined) {
    report.fail(e, field, {
      message: `A Global Reach connection needs an IPv${family} /${len} for its links.`,
      value,
      allowed: `an aligned IPv${family} /${len} not used anywhere else`,
      fix: `Allocate a /${len} from a range reserved for Global Reach.`,
    });
    return undefined;
  }
  const parsed = parsePrefix(value);
  const allowed = `an aligned IPv${family} /${len} not used anywhere else`;
  if (!parsed.ok || parsed.prefix.family !== family || parsed.prefix.length !== len) {
    report.fail(e, field, {
      message: `A Global Reach connection takes one IPv${family} /${len}${parsed.ok ? `; this is ${formatPrefix(parsed.prefix)}` : `; the prefix ${parsed.reason}`}.`,
      value,
      allowed,
      fix: `Allocate a /${len} from a range reserved for Global Reach.`,
    });
    return undefined;
  }
  if (!isAligned(parsed.prefix)) {
    report.fail(e, field, {
      message: `The /${len} is not aligned: its address has host bits set.`,
      value,
      allowed,
      fix: `Use ${formatPrefix(normalise(parsed.prefix))}.`,
    });
    return undefined;
  }
  return parsed.prefix;
}

function parsed(value: Maybe<string> | undefined): Prefix | undefined {
  if (typeof value !== "string" || isUnknown(value)) return undefined;
  const r = parsePrefix(value);
  return r.ok ? normalise(r.prefix) : undefined;
}

export const globalReachPrefix: Rule = {
  id: "global-reach-prefix",
  severity: "mandatory",
  description:
    "Every Global Reach connection has an aligned /29 (IPv6: /125) that overlaps no other Global Reach prefix, no peering /30, no VNet and no declared on-premises range.",
  why: "Global Reach builds its links from this block; an overlap breaks routing between the sites or to the VNets.",
  source: SOURCES.globalReach,
  check(model, report) {
    const grs = model.globalReach ?? [];
    if (grs.length === 0) return;
    const items: LabelledPrefix<Owner>[] = [];
    for (const g of grs) {
      const v4 = parseGlobalReach(report, g, "addressPrefix", g.addressPrefix, 4);
      if (v4)
        items.push({
          prefix: v4,
          label: { entity: g, field: "addressPrefix", what: `Global Reach connection ${displayKey(g.key)}` },
        });
      if (g.ipv6AddressPrefix !== undefined) {
        const v6 = parseGlobalReach(
          report,
          g,
          "ipv6CircuitConnectionConfig.addressPrefix",
          g.ipv6AddressPrefix,
          6,
        );
        if (v6)
          items.push({
            prefix: v6,
            label: {
              entity: g,
              field: "ipv6CircuitConnectionConfig.addressPrefix",
              what: `Global Reach connection ${displayKey(g.key)}`,
            },
          });
      }
    }
    const others: LabelledPrefix<Owner>[] = [];
    // Ranges only known at deploy time: the prefixes cannot be proven clear of them at preview.
    const unknown: string[] = [];
    for (const c of model.circuits) {
      for (const p of c.peerings) {
        for (const [field, v] of [
          ["primaryPeerAddressPrefix", p.primaryPeerAddressPrefix],
          ["secondaryPeerAddressPrefix", p.secondaryPeerAddressPrefix],
          ["ipv6.primaryPeerAddressPrefix", p.ipv6?.primaryPeerAddressPrefix],
          ["ipv6.secondaryPeerAddressPrefix", p.ipv6?.secondaryPeerAddressPrefix],
        ] as const) {
          if (isUnknown(v)) unknown.push(`circuit ${displayKey(c.key)}'s ${field}`);
          const pre = parsed(v);
          if (pre)
            others.push({
              prefix: pre,
              label: {
                entity: p,
                field,
                what: `the ${p.peeringType as string} ${field} of circuit ${displayKey(c.key)}`,
              },
            });
        }
      }
    }
    for (const v of model.vnets ?? []) {
      if (isUnknown(v.addressPrefixes) || (v.addressPrefixes ?? []).some(isUnknown))
        unknown.push(`VNet ${displayKey(v.key)}'s address space`);
      const list = isUnknown(v.addressPrefixes) ? [] : (v.addressPrefixes ?? []);
      for (const a of list) {
        const pre = parsed(a);
        if (pre)
          others.push({
            prefix: pre,
            label: { entity: v, field: "addressSpace", what: `VNet ${displayKey(v.key)} (${a})` },
          });
      }
    }
    for (const u of model.usedRanges ?? []) {
      const pre = parsed(u.prefix);
      if (pre)
        others.push({
          prefix: pre,
          label: { entity: u, field: "prefix", what: `the declared range ${u.prefix}` },
        });
    }
    const all = [...items, ...others];
    for (const { earlier, later } of findOverlaps(all)) {
      // Report on the Global Reach side of each overlap; overlaps between two non-Global-Reach ranges are not this rule's.
      const [gr, other] = items.includes(later)
        ? [later, earlier]
        : items.includes(earlier)
          ? [earlier, later]
          : [undefined, undefined];
      if (!gr || !other) continue;
      report.fail(gr.label.entity, gr.label.field, {
        message: `The Global Reach prefix overlaps ${other.label.what}.`,
        value: formatPrefix(gr.prefix),
        allowed:
          "a /29 (/125) that overlaps no other Global Reach prefix, peering /30, VNet or on-premises range",
        fix: "Allocate Global Reach /29s from a range reserved for them.",
      });
    }
    if (unknown.length > 0) {
      for (const g of new Set(items.map((x) => x.label.entity))) {
        report.cannotVerify(
          g,
          "addressPrefix",
          `it cannot be compared with ${unknown.join(", ")}, unknown at preview`,
        );
      }
    }
  },
};
