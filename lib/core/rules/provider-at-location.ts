import { SOURCES } from "../facts/sources";
import { isUnknown } from "../model";
import { didYouMean } from "../suggest";
import { declaredCircuits, siteOf } from "./each";
import { type Rule } from "./rule";

export const providerAtLocation: Rule = {
  id: "provider-at-location",
  severity: "advisory",
  description:
    "A provider circuit's connectivity provider is one Microsoft's locations table lists at the circuit's peering location.",
  why: "A provider that does not serve the peering location cannot provision the circuit; the table can lag behind the providers' offers, so the pack only advises (the components refuse, and take additions to the table).",
  source: SOURCES.locations,
  check(model, report) {
    const catalog = report.context.catalog;
    for (const c of declaredCircuits(model)) {
      const provider = c.provider?.serviceProviderName;
      if (!c.provider || isUnknown(provider) || typeof provider !== "string") continue;
      const site = siteOf(model, catalog, c);
      if (!site || (site.providers ?? []).length === 0) continue; // no list to judge by
      if (catalog.providerAt(site, provider)) continue;
      const elsewhere = catalog.locationsOfProvider(provider, site.cloud);
      const fix = `Pick a provider that serves ${site.location}, or a location the provider serves. If the table is out of date, add the provider: extendLocationCatalog({ providers: { ${JSON.stringify(site.location)}: [${JSON.stringify(provider)}] } }), or the policy's additionalProviders.`;
      report.fail(c, "serviceProviderProperties.serviceProviderName", {
        message:
          elsewhere.length > 0
            ? `${provider} is not listed at ${site.location}; Microsoft lists it at ${elsewhere.slice(0, 6).join(", ")}${elsewhere.length > 6 ? ` and ${elsewhere.length - 6} more` : ""}.`
            : `${provider} is not a provider Microsoft lists at any peering location.${didYouMean(provider, catalog.suggestProviders(provider, site.cloud))}`,
        value: provider,
        allowed: `a provider at ${site.location}, e.g. ${(site.providers ?? []).slice(0, 5).join(", ")}`,
        fix,
      });
    }
  },
};
