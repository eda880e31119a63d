import { Construct } from "constructs";
import {
  Aspects,
  EstateCircuit,
  EstateGlobalReach,
  EstateHub,
  Site,
  onEvery,
  type Estate,
  type OrgRule,
} from "../../lib";

// Contoso's ExpressRoute template, as its platform team would publish it (an npm package of its own): four
// sites in two geopolitical regions, each leaving through two providers at two peering locations, a hub per
// region, and Global Reach between the sites. Teams instantiate it with an environment and a few props.

/** Props of {@link ContosoNetwork}. */
export interface ContosoNetworkProps {
  /** `prod`: every site, Premium circuits and Global Reach; `dev`: Amsterdam only, Standard and smaller. */
  readonly environment: "dev" | "prod";
  /**
   * The circuits' bandwidth in Mbps.
   * @default 1000 in prod, 200 in dev
   */
  readonly bandwidthInMbps?: number;
}

/** A Contoso site: two edge routers, a circuit at each of two peering locations, through two providers. */
interface SitePlan {
  readonly id: string;
  readonly location: string;
  readonly primary: { readonly peeringLocation: string; readonly provider: string };
  readonly secondary: { readonly peeringLocation: string; readonly provider: string };
}

const EUROPE: readonly SitePlan[] = [
  {
    id: "Site-Amsterdam",
    location: "westeurope",
    primary: { peeringLocation: "Amsterdam", provider: "Equinix" },
    secondary: { peeringLocation: "London", provider: "Megaport" },
  },
  {
    id: "Site-Frankfurt",
    location: "germanywestcentral",
    primary: { peeringLocation: "Frankfurt", provider: "Equinix" },
    secondary: { peeringLocation: "Amsterdam2", provider: "Megaport" },
  },
];

const NORTH_AMERICA: readonly SitePlan[] = [
  {
    id: "Site-NewYork",
    location: "eastus",
    primary: { peeringLocation: "New York", provider: "Equinix" },
    secondary: { peeringLocation: "Washington DC", provider: "Megaport" },
  },
  {
    id: "Site-Chicago",
    location: "northcentralus",
    primary: { peeringLocation: "Chicago", provider: "Equinix" },
    secondary: { peeringLocation: "Dallas", provider: "Megaport" },
  },
];

/** Contoso's rule: a site's two circuits come from two different providers (one provider's outage is not the site's). */
export const twoProviders: OrgRule = {
  id: "contoso-two-providers",
  severity: "mandatory",
  description: "Every Contoso site uses two different connectivity providers.",
  why: "One provider's outage must not cut a site off.",
  source: {
    article: "contoso-network-standard.md",
    url: "https://contoso.example/network-standard#providers",
  },
  check(model, report) {
    for (const site of model.sites) {
      const providers = new Set(
        site.circuitKeys.map(
          (k) => model.topology.circuits.find((c) => c.key === k)?.provider?.serviceProviderName,
        ),
      );
      if (site.circuitKeys.length > 1 && providers.size < 2)
        report.fail(site, "circuits", {
          message: "All the site's circuits come from one provider.",
          value: [...providers].join(", "),
          allowed: "two different providers",
          fix: "Order the secondary circuit from another provider.",
        });
    }
  },
};

/** Contoso's rule for production: circuits are Premium (Global Reach spans two geopolitical regions). */
export const prodPremium: OrgRule = {
  id: "contoso-prod-premium",
  severity: "mandatory",
  description: "Every production circuit is Premium.",
  why: "Production sites reach each other across geopolitical regions, which needs Premium on both ends.",
  source: { article: "contoso-network-standard.md", url: "https://contoso.example/network-standard#premium" },
  check(model, report) {
    for (const c of model.topology.circuits) {
      if (c.key.split("/")[1] === "prod" && c.sku.tier !== "Premium")
        report.fail(c, "sku.tier", {
          message: "A production circuit is not Premium.",
          value: c.sku.tier,
          allowed: "Premium",
          fix: "Make the circuit Premium.",
        });
    }
  },
};

/** Contoso's network in one environment: sites, circuits, hubs and Global Reach under `estate/<environment>`. */
export class ContosoNetwork extends Construct {
  constructor(estate: Estate, props: ContosoNetworkProps) {
    super(estate, props.environment);
    const prod = props.environment === "prod";
    const plans = prod ? [...EUROPE, ...NORTH_AMERICA] : [EUROPE[0]];
    const sites = plans.map((plan) => {
      const site = new Site(this, plan.id, {
        location: plan.location,
        edgeRouters: [`${plan.id}-ce1`, `${plan.id}-ce2`],
      });
      const circuit = (id: string, end: SitePlan["primary"]) =>
        new EstateCircuit(site, id, {
          peeringLocation: end.peeringLocation,
          serviceProviderName: end.provider,
        });
      return {
        plan,
        primary: circuit("Circuit-Primary", plan.primary),
        secondary: circuit("Circuit-Secondary", plan.secondary),
      };
    });
    const hub = (id: string, location: string, prefix: string, members: typeof sites) =>
      new EstateHub(this, id, {
        location,
        virtualNetworkName: `vnet-${props.environment}-${location}`,
        gatewaySubnetPrefix: prefix,
        sku: prod ? "ErGw2AZ" : "ErGw1AZ",
        circuits: members.flatMap((s) => [s.primary, s.secondary]),
      });
    hub(
      "Hub-WestEurope",
      "westeurope",
      prod ? "10.10.255.0/27" : "10.20.255.0/27",
      sites.filter((s) => EUROPE.includes(s.plan)),
    );
    if (prod) {
      hub(
        "Hub-EastUS",
        "eastus",
        "10.30.255.0/27",
        sites.filter((s) => NORTH_AMERICA.includes(s.plan)),
      );
      new EstateGlobalReach(this, "Reach", { circuits: sites.map((s) => s.primary) });
    }
    // Org defaults, applied by kind: production circuits are Premium, dev circuits smaller.
    const bandwidth = props.bandwidthInMbps ?? (prod ? 1000 : 200);
    Aspects.of(this).add(
      onEvery(EstateCircuit, (c) =>
        c.update({ skuTier: prod ? "Premium" : "Standard", bandwidthInMbps: bandwidth }),
      ),
    );
    estate.addRule(twoProviders);
    if (prod) estate.addRule(prodPremium);
  }
}
