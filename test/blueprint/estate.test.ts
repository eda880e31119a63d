import { Construct } from "constructs";
import {
  Aspects,
  Estate,
  EstateCircuit,
  EstateGlobalReach,
  EstateHub,
  Site,
  onEvery,
  validateTree,
  type EstateProps,
  type OrgRule,
} from "../../lib/blueprint";

// Issue 9: an estate described as a construct tree is validated whole, before any Pulumi resource exists,
// with the library's rules, the estate's own and the org's, each finding on its construct path.

const props = (o: Partial<EstateProps> = {}): EstateProps => ({
  peerAsn: 65100,
  resourceGroupName: "rg-er",
  pools: { peering: "10.100.0.0/24", globalReach: "10.101.0.0/26" },
  defaults: { serviceProviderName: "Equinix" },
  ...o,
});

/** Two European sites, each with circuits at two peering locations, a hub and Global Reach. */
function goodEstate(o: Partial<EstateProps> = {}) {
  const estate = new Estate("Contoso", props(o));
  const prod = new Construct(estate, "prod");
  const ams = new Site(prod, "Site-Amsterdam", {
    location: "westeurope",
    edgeRouters: ["ams-ce1", "ams-ce2"],
  });
  const fra = new Site(prod, "Site-Frankfurt", {
    location: "germanywestcentral",
    edgeRouters: ["fra-ce1", "fra-ce2"],
  });
  const circuits = {
    ams1: new EstateCircuit(ams, "Circuit-Primary", { peeringLocation: "Amsterdam" }),
    ams2: new EstateCircuit(ams, "Circuit-Secondary", { peeringLocation: "London" }),
    fra1: new EstateCircuit(fra, "Circuit-Primary", { peeringLocation: "Frankfurt" }),
    fra2: new EstateCircuit(fra, "Circuit-Secondary", { peeringLocation: "Amsterdam2" }),
  };
  const hub = new EstateHub(prod, "Hub", {
    location: "westeurope",
    virtualNetworkName: "vnet-hub",
    gatewaySubnetPrefix: "10.10.255.0/27",
    circuits: Object.values(circuits),
  });
  const reach = new EstateGlobalReach(prod, "Reach", { circuits: [circuits.ams1, circuits.fra1] });
  return { estate, prod, ams, fra, circuits, hub, reach };
}

const summary = (estate: Estate) => estate.findings().map((f) => [f.severity, f.resource, f.path, f.ruleId]);

describe("a good estate", () => {
  it("has no finding, and node.validate() is empty for every construct", () => {
    const { estate } = goodEstate();
    expect(summary(estate)).toEqual([]);
    expect(validateTree(estate)).toEqual([]);
  });

  it("is the core topology model, as plain JSON", () => {
    const { estate } = goodEstate();
    const model = estate.toModel();
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.circuits.map((c) => c.key)).toEqual([
      "Contoso/prod/Site-Amsterdam/Circuit-Primary",
      "Contoso/prod/Site-Amsterdam/Circuit-Secondary",
      "Contoso/prod/Site-Frankfurt/Circuit-Primary",
      "Contoso/prod/Site-Frankfurt/Circuit-Secondary",
    ]);
    expect(model.circuits[0].peerings[0]).toMatchObject({
      peeringType: "AzurePrivatePeering",
      primaryPeerAddressPrefix: "10.100.0.0/30",
      secondaryPeerAddressPrefix: "10.100.0.4/30",
      vlanId: 100,
      peerAsn: 65100,
    });
    expect(model.globalReach).toEqual([expect.objectContaining({ addressPrefix: "10.101.0.0/29" })]);
    expect(model.connections).toHaveLength(4);
  });
});

describe("a bad estate", () => {
  it("reports every problem of the tree at once, each on its construct path", () => {
    const estate = new Estate("Contoso", props());
    const site = new Site(estate, "Site-Amsterdam", { location: "westeurop", edgeRouters: ["a", "b"] });
    const ams = new EstateCircuit(site, "Circuit-Primary", { peeringLocation: "Amsterdm" });
    const nyc = new Site(estate, "Site-NewYork", { location: "eastus", edgeRouters: ["c", "d"] });
    const ny = new EstateCircuit(nyc, "Circuit-Primary", { peeringLocation: "New York" });
    new EstateGlobalReach(estate, "Reach", { circuits: [ams, ny] });
    const mandatory = estate.findings().filter((f) => f.severity === "mandatory");
    expect(mandatory.map((f) => [f.resource, f.path, f.ruleId])).toEqual(
      expect.arrayContaining([
        ["Contoso/Site-Amsterdam/Circuit-Primary", "location", "azure-region-known"],
        ["Contoso/Site-Amsterdam/Circuit-Primary", "peeringLocation", "peering-location-known"],
      ]),
    );
    expect(mandatory.find((f) => f.ruleId === "peering-location-known")?.message).toContain('"Amsterdam"');
    // node.validate() gives each construct its own problems, with its path.
    expect(ams.node.validate().every((m) => m.startsWith("Contoso/Site-Amsterdam/Circuit-Primary: "))).toBe(
      true,
    );
    expect(ams.node.validate().length).toBeGreaterThanOrEqual(2);
    expect(validateTree(estate).length).toBe(mandatory.length);
  });

  it("sees across the estate: Standard circuits in two geopolitical regions cannot be joined by Global Reach", () => {
    const estate = new Estate("Contoso", props());
    const ams = new EstateCircuit(
      new Site(estate, "Site-Amsterdam", { location: "westeurope", edgeRouters: ["a", "b"] }),
      "Circuit-Primary",
      { peeringLocation: "Amsterdam" },
    );
    const ny = new EstateCircuit(
      new Site(estate, "Site-NewYork", { location: "eastus", edgeRouters: ["c", "d"] }),
      "Circuit-Primary",
      { peeringLocation: "New York" },
    );
    new EstateGlobalReach(estate, "Reach", { circuits: [ams, ny] });
    expect(summary(estate)).toContainEqual([
      "mandatory",
      "Contoso/Reach",
      "circuits[1]",
      "global-reach-circuits",
    ]);
  });

  it("reports a hub linked to more circuits than its gateway SKU takes, on the hub", () => {
    const { estate, prod, circuits } = goodEstate();
    const extra = new EstateCircuit(
      new Site(prod, "Site-London", { location: "uksouth", edgeRouters: ["l1", "l2"] }),
      "Circuit-Primary",
      { peeringLocation: "London2" },
    );
    new EstateHub(prod, "Hub-Small", {
      location: "westeurope",
      virtualNetworkName: "vnet-small",
      gatewaySubnetPrefix: "10.11.255.0/27",
      circuits: [...Object.values(circuits), extra],
    });
    expect(summary(estate)).toContainEqual([
      "mandatory",
      "Contoso/prod/Hub-Small",
      "sku",
      "gateway-connection-limit",
    ]);
  });

  it("advises on a site whose circuits are all at one peering location (site-resiliency)", () => {
    const estate = new Estate("Contoso", props());
    const site = new Site(estate, "Site-Amsterdam", { location: "westeurope", edgeRouters: ["a", "b"] });
    new EstateCircuit(site, "Circuit-Primary", { peeringLocation: "Amsterdam" });
    expect(summary(estate)).toEqual([["advisory", "Contoso/Site-Amsterdam", "circuits", "site-resiliency"]]);
  });
});

describe("org rules and policy config", () => {
  const singleProvider: OrgRule = {
    id: "contoso-two-providers",
    severity: "mandatory",
    description: "Every site uses two providers.",
    why: "One provider's outage must not cut a site off.",
    source: { article: "standard.md", url: "https://contoso.example/standard" },
    check(model, report) {
      for (const s of model.sites) {
        const providers = new Set(
          s.circuitKeys.map(
            (k) => model.topology.circuits.find((c) => c.key === k)?.provider?.serviceProviderName,
          ),
        );
        if (providers.size < 2)
          report.fail(s, "circuits", {
            message: "One provider.",
            value: [...providers].join(", "),
            allowed: "two providers",
            fix: "Use another provider for the secondary circuit.",
          });
      }
    },
  };

  it("reports an org rule like a built-in one, on the construct's path", () => {
    const { estate } = goodEstate();
    estate.addRule(singleProvider);
    expect(summary(estate)).toEqual([
      ["mandatory", "Contoso/prod/Site-Amsterdam", "circuits", "contoso-two-providers"],
      ["mandatory", "Contoso/prod/Site-Frankfurt", "circuits", "contoso-two-providers"],
    ]);
  });

  it("turns a rule that throws into a finding of that rule", () => {
    const { estate } = goodEstate();
    estate.addRule({
      ...singleProvider,
      id: "broken",
      check: () => {
        throw new Error("boom");
      },
    });
    expect(estate.findings()).toEqual([
      expect.objectContaining({
        ruleId: "broken",
        resource: "Contoso",
        message: expect.stringContaining("boom"),
      }),
    ]);
  });

  it("applies levels, disabled rules and exemptions (by construct path glob) from the policy config", () => {
    const config = {
      "contoso-two-providers": {
        enforcementLevel: "advisory" as const,
        exemptions: [
          { resource: "Contoso/prod/Site-Frank*", reason: "Frankfurt has one provider until 2027" },
        ],
      },
    };
    const { estate } = goodEstate({ policyConfig: config });
    estate.addRule(singleProvider);
    expect(summary(estate)).toEqual([
      ["advisory", "Contoso/prod/Site-Amsterdam", "circuits", "contoso-two-providers"],
    ]);
    const off = goodEstate({ policyConfig: { all: { enforcementLevel: "disabled" } } }).estate;
    off.addRule(singleProvider);
    expect(off.findings()).toEqual([]);
  });

  it("refuses an exemption without a reason", () => {
    const { estate } = goodEstate({
      policyConfig: { "site-resiliency": { exemptions: [{ resource: "Contoso/*", reason: " " }] } },
    });
    expect(summary(estate)).toEqual([["mandatory", "Contoso", "policyConfig", "estate-policy-config"]]);
  });
});

describe("aspects", () => {
  it("apply a default to every construct of a kind, constructs added later included", () => {
    const { estate, circuits, ams } = goodEstate();
    Aspects.of(estate).add(onEvery(EstateCircuit, (c) => c.update({ skuTier: "Premium" })));
    const late = new EstateCircuit(ams, "Circuit-Third", { peeringLocation: "Amsterdam2" });
    expect(estate.findings()).toEqual([]);
    expect(estate.toModel().circuits.map((c) => c.sku.tier)).toEqual(Array(5).fill("Premium"));
    expect([circuits.ams1.props.skuTier, late.props.skuTier]).toEqual(["Premium", "Premium"]);
  });

  it("apply only beneath the scope they were added to, each once", () => {
    const { estate, prod, ams, fra } = goodEstate();
    const seen: string[] = [];
    Aspects.of(ams).add({ visit: (node) => void seen.push(node.node.path) });
    estate.findings();
    estate.findings();
    expect(seen).toEqual([
      "Contoso/prod/Site-Amsterdam",
      "Contoso/prod/Site-Amsterdam/Circuit-Primary",
      "Contoso/prod/Site-Amsterdam/Circuit-Secondary",
    ]);
    expect(seen.some((p) => p.startsWith(fra.node.path) || p === prod.node.path)).toBe(false);
  });
});

describe("the estate refuses what its components would", () => {
  it("refuses a provider the catalog does not list at the peering location, as RedundantCircuit does", () => {
    const estate = new Estate("Contoso", props());
    const site = new Site(estate, "Site-Amsterdam", { location: "westeurope", edgeRouters: ["a", "b"] });
    new EstateCircuit(site, "Circuit-Primary", {
      peeringLocation: "Amsterdam",
      serviceProviderName: "Telstra",
    });
    expect(summary(estate)).toContainEqual([
      "mandatory",
      "Contoso/Site-Amsterdam/Circuit-Primary",
      "serviceProviderName",
      "provider-at-location",
    ]);
  });
});

describe("the estate checks what it will give the components", () => {
  it("refuses a hub whose VNet name a gateway would refuse, on the hub", () => {
    const { estate, prod, circuits } = goodEstate();
    new EstateHub(prod, "Hub-Blank", {
      location: "westeurope",
      virtualNetworkName: " ",
      gatewaySubnetPrefix: "10.12.255.0/27",
      circuits: [circuits.ams1],
    });
    expect(summary(estate)).toContainEqual([
      "mandatory",
      "Contoso/prod/Hub-Blank",
      "virtualNetworkName",
      "argument-type",
    ]);
  });

  it("refuses a Global Reach pool too small for the mesh's slots, on the Global Reach construct", () => {
    const { estate } = goodEstate({ pools: { peering: "10.100.0.0/24", globalReach: "10.101.0.0/29" } });
    expect(estate.findings()).toEqual([]);
    const crowded = goodEstate({ pools: { peering: "10.100.0.0/24", globalReach: "10.101.0.0/29" } });
    new EstateGlobalReach(crowded.prod, "Reach-All", {
      circuits: Object.values(crowded.circuits),
      topology: "hubAndSpoke",
    });
    expect(summary(crowded.estate)).toContainEqual([
      "mandatory",
      "Contoso/prod/Reach-All",
      "circuits",
      "global-reach-pool",
    ]);
  });
});
