import { ADVERTISED_PUBLIC_PREFIXES, ROUTING_REGISTRIES } from "../facts/bgp";
import { SOURCES } from "../facts/sources";
import { parsePrefix } from "../ip/prefix";
import { nonPublicRange } from "../ip/public-range";
import type { Maybe, PeeringModel } from "../model";
import { eachPeering } from "./each";
import { oneOf, type Reporter, type Rule } from "./rule";

function checkPublic(
  report: Reporter,
  p: PeeringModel,
  field: string,
  value: Maybe<string>,
  what: string,
): void {
  if (value === undefined || !report.known(p, field, value)) return;
  const parsed = parsePrefix(value);
  if (!parsed.ok) {
    report.fail(p, field, {
      message: `The prefix ${parsed.reason}.`,
      value,
      allowed: "a public IPv4 or IPv6 prefix you own",
      fix: "Write it as address/length.",
    });
    return;
  }
  const range = nonPublicRange(parsed.prefix);
  if (range) {
    report.fail(p, field, {
      message: `Microsoft peering needs public addresses that you own; ${what} is in the ${range} range.`,
      value,
      allowed:
        "a public prefix registered to you or your provider (no RFC 1918, CGNAT or documentation ranges)",
      fix: "Use public addresses registered to you in a routing registry, and SNAT traffic to them.",
    });
  }
}

export const microsoftPeering: Rule = {
  id: "microsoft-peering-public",
  severity: "mandatory",
  description:
    "A Microsoft peering uses public peer prefixes and has a microsoftPeeringConfig advertising 1 to 200 public prefixes, with a known routing registry.",
  why: "Microsoft only accepts public addresses registered to you on Microsoft peering, and drops a session advertising more than 200 prefixes.",
  source: SOURCES.routing,
  check(model, report) {
    for (const { peering: p } of eachPeering(model)) {
      if (p.peeringType !== "MicrosoftPeering") continue;
      const links: [string, Maybe<string>][] = [
        ["primaryPeerAddressPrefix", p.primaryPeerAddressPrefix],
        ["secondaryPeerAddressPrefix", p.secondaryPeerAddressPrefix],
        ["ipv6.primaryPeerAddressPrefix", p.ipv6?.primaryPeerAddressPrefix],
        ["ipv6.secondaryPeerAddressPrefix", p.ipv6?.secondaryPeerAddressPrefix],
      ];
      for (const [field, value] of links) checkPublic(report, p, field, value, `the ${field} link prefix`);
      const ms = p.microsoft;
      const adv = ms?.advertisedPublicPrefixes;
      const advField = "microsoftPeeringConfig.advertisedPublicPrefixes";
      if (!report.known(p, advField, adv)) continue;
      const count = adv?.length ?? 0;
      if (count < ADVERTISED_PUBLIC_PREFIXES.min || count > ADVERTISED_PUBLIC_PREFIXES.max) {
        report.fail(p, advField, {
          message:
            count === 0
              ? "A Microsoft peering must advertise at least one public prefix."
              : `A Microsoft peering session accepts at most ${ADVERTISED_PUBLIC_PREFIXES.max} prefixes; the session drops above that.`,
          value: count === 0 ? adv : `${count} prefixes`,
          allowed: `${ADVERTISED_PUBLIC_PREFIXES.min}..${ADVERTISED_PUBLIC_PREFIXES.max} public prefixes`,
          fix:
            count === 0
              ? "List the public prefixes you will advertise (your NAT pool)."
              : "Summarise the prefixes.",
        });
      }
      (adv ?? []).forEach((a, i) => checkPublic(report, p, `${advField}[${i}]`, a, "the advertised prefix"));
      const registry = ms?.routingRegistryName;
      const regField = "microsoftPeeringConfig.routingRegistryName";
      if (registry !== undefined && report.known(p, regField, registry)) {
        if (!(ROUTING_REGISTRIES.value as readonly string[]).includes(registry)) {
          report.fail(p, regField, {
            message: "The routing registry is not one Microsoft validates prefixes against.",
            value: registry,
            allowed: oneOf(ROUTING_REGISTRIES.value),
            fix: "Name the registry where your prefixes and ASN are registered.",
          });
        }
      }
    }
  },
};
