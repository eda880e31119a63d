import { HUB_ADDRESS_PREFIX } from "../facts/virtual-wan";
import { formatPrefix, isAligned, normalise, parsePrefix } from "../ip/prefix";
import { hubGateways, hubOfGateway } from "./each";
import { type Rule } from "./rule";

const { maxPrefixLength } = HUB_ADDRESS_PREFIX;

export const virtualHubAddressPrefix: Rule = {
  id: "virtual-hub-address-prefix",
  severity: "mandatory",
  description: `A Virtual WAN hub with an ExpressRoute gateway has an address prefix that is an aligned IPv4 prefix of /${maxPrefixLength} or larger.`,
  why: `Azure refuses to create a hub with less than a /${maxPrefixLength} (Microsoft recommends a /23).`,
  source: HUB_ADDRESS_PREFIX.source,
  check(model, report) {
    const hubs = new Set(hubGateways(model).map((g) => hubOfGateway(model, g)));
    for (const hub of hubs) {
      if (!hub || !report.known(hub, "addressPrefix", hub.addressPrefix)) continue;
      const text = hub.addressPrefix;
      if (text === undefined) continue; // Azure takes the hub's address space as given elsewhere
      const parsed = parsePrefix(text);
      const allowed = `an aligned IPv4 prefix of /${maxPrefixLength} or larger, e.g. 10.100.0.0/23`;
      if (!parsed.ok || parsed.prefix.family !== 4 || !isAligned(parsed.prefix)) {
        report.fail(hub, "addressPrefix", {
          message: parsed.ok
            ? parsed.prefix.family !== 4
              ? "A hub's address space is IPv4."
              : `The hub's prefix is not aligned: its network address is ${formatPrefix(normalise(parsed.prefix))}.`
            : `The hub's address prefix ${parsed.reason}.`,
          value: text,
          allowed,
          fix:
            parsed.ok && parsed.prefix.family === 4
              ? `Use ${formatPrefix(normalise(parsed.prefix))}.`
              : "Give an IPv4 prefix such as 10.100.0.0/23.",
        });
        continue;
      }
      if (parsed.prefix.length > maxPrefixLength) {
        report.fail(hub, "addressPrefix", {
          message: `The hub's address space is a /${parsed.prefix.length}, smaller than the /${maxPrefixLength} a hub needs.`,
          value: text,
          allowed,
          fix: "Give the hub a /23 (recommended) or a /24 that no connected network uses.",
        });
      }
    }
  },
};
