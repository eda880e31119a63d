import { displayKey } from "../findings";
import { SOURCES } from "../facts/sources";
import { findOverlaps, type LabelledPrefix } from "../ip/overlaps";
import { normalise, parsePrefix } from "../ip/prefix";
import { isUnknown, type Entity, type Maybe } from "../model";
import { eachPeering } from "./each";
import { type Rule } from "./rule";

interface Source {
  readonly entity: Entity;
  readonly field: string;
  readonly text: string;
  readonly peering: boolean;
}

function label(
  entity: Entity,
  field: string,
  value: Maybe<string>,
  peering: boolean,
): LabelledPrefix<Source> | undefined {
  if (typeof value !== "string" || isUnknown(value)) return undefined;
  const r = parsePrefix(value);
  return r.ok ? { prefix: normalise(r.prefix), label: { entity, field, text: value, peering } } : undefined;
}

export const privatePeeringVnetOverlap: Rule = {
  id: "private-peering-vnet-overlap",
  severity: "mandatory",
  description: "A private peering's link prefixes do not overlap the address space of any VNet in the stack.",
  why: "The /30s of the BGP links must be routable next to the VNets; an overlap black-holes traffic to that part of the VNet.",
  source: SOURCES.routing,
  check(model, report) {
    const items: LabelledPrefix<Source>[] = [];
    for (const { peering: p } of eachPeering(model)) {
      if (p.peeringType !== "AzurePrivatePeering") continue;
      for (const [field, value] of [
        ["primaryPeerAddressPrefix", p.primaryPeerAddressPrefix],
        ["secondaryPeerAddressPrefix", p.secondaryPeerAddressPrefix],
        ["ipv6.primaryPeerAddressPrefix", p.ipv6?.primaryPeerAddressPrefix],
        ["ipv6.secondaryPeerAddressPrefix", p.ipv6?.secondaryPeerAddressPrefix],
      ] as const) {
        const l = label(p, field, value, true);
        if (l) items.push(l);
      }
    }
    if (items.length === 0) return;
    for (const v of model.vnets ?? []) {
      if (isUnknown(v.addressPrefixes)) continue;
      for (const a of v.addressPrefixes ?? []) {
        const l = label(v, "addressSpace", a, false);
        if (l) items.push(l);
      }
    }
    for (const { earlier, later } of findOverlaps(items)) {
      if (earlier.label.peering === later.label.peering) continue;
      const [peering, vnet] = earlier.label.peering ? [earlier, later] : [later, earlier];
      report.fail(peering.label.entity, peering.label.field, {
        message: `The link prefix overlaps the address space ${vnet.label.text} of VNet ${displayKey(vnet.label.entity.key)}.`,
        value: peering.label.text,
        allowed: "a /30 outside every VNet's address space",
        fix: "Take the peering /29 from a range reserved for ExpressRoute links, outside the VNets.",
      });
    }
  },
};
