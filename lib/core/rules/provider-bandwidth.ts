import { PROVIDER_BANDWIDTHS_MBPS } from "../facts/circuit";
import { declaredCircuits } from "./each";
import { oneOf, type Rule } from "./rule";

export const providerBandwidth: Rule = {
  id: "provider-bandwidth-offered",
  severity: "mandatory",
  description:
    "A provider circuit's bandwidth is one ExpressRoute offers: 50, 100, 200, 500, 1000, 2000, 5000 or 10000 Mbps.",
  why: "Providers only provision the offered bandwidths; any other value fails when the circuit is created.",
  source: PROVIDER_BANDWIDTHS_MBPS.source,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      const bw = c.provider?.bandwidthInMbps;
      if (!c.provider || !report.known(c, "serviceProviderProperties.bandwidthInMbps", bw)) continue;
      if (bw === undefined || !(PROVIDER_BANDWIDTHS_MBPS.value as readonly number[]).includes(bw)) {
        report.fail(c, "serviceProviderProperties.bandwidthInMbps", {
          message:
            bw === undefined
              ? "A provider circuit needs a bandwidth."
              : "The bandwidth is not one ExpressRoute offers.",
          value: bw,
          allowed: `${oneOf(PROVIDER_BANDWIDTHS_MBPS.value)} (Mbps)`,
          fix: "Pick an offered bandwidth your provider sells at this peering location.",
        });
      }
    }
  },
};
