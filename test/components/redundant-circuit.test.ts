import * as pulumi from "@pulumi/pulumi";
import { RedundantCircuit, type MicrosoftPeeringArgs, type RedundantCircuitArgs } from "../../lib";
import { sharedKeyCheck } from "../../lib/components/circuit-component";
import { planCircuit } from "../../lib/components/circuit-plan";
import {
  defaultCatalog,
  extendLocationCatalog,
  resetLocationCatalog,
  validateTopology,
} from "../../lib/core";
import {
  isSecretInput,
  isSecretOutput,
  ofType,
  recordResources,
  settled,
  unwrap,
  valueOf,
} from "../support/mock-runtime";
import { rejection, warningsOf } from "../support/refusals";

const recorded = recordResources();

const base: RedundantCircuitArgs = {
  resourceGroupName: "rg-er",
  location: "westeurope",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.100.128/29" },
};

const microsoft: MicrosoftPeeringArgs = {
  peerAsn: 12345,
  vlanId: 200,
  primaryPeerAddressPrefix: "123.1.0.0/30",
  secondaryPeerAddressPrefix: "123.1.0.4/30",
  advertisedPublicPrefixes: ["123.1.0.0/24"],
  routingRegistryName: "RIPENCC",
  routeFilterCommunities: ["12076:5010"],
};

describe("RedundantCircuit resources", () => {
  it("creates a protected Standard circuit with a dual-BGP private peering carved from the /29", async () => {
    const c = new RedundantCircuit("ams", base);
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "ams-");
    expect(circuit.inputs).toMatchObject({
      circuitName: "ams",
      location: "westeurope",
      sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
      serviceProviderProperties: {
        serviceProviderName: "Equinix",
        peeringLocation: "Amsterdam",
        bandwidthInMbps: 1000,
      },
    });
    expect(circuit.protect).toBe(true);
    // The service key, and the keys inside the circuit's peerings and authorizations, stay secret in state.
    expect(circuit.additionalSecretOutputs).toEqual([
      "serviceKey",
      "peerings",
      "authorizations",
      "authorizationKey",
    ]);
    expect(circuit.parent).toMatch(/RedundantCircuit::ams$/);
    const peerings = ofType(recorded, "network:ExpressRouteCircuitPeering", "ams-");
    expect(peerings).toHaveLength(1);
    expect(peerings[0].inputs).toEqual({
      resourceGroupName: "rg-er",
      circuitName: "ams",
      peeringName: "AzurePrivatePeering",
      peeringType: "AzurePrivatePeering",
      peerASN: 65010,
      vlanId: 100,
      primaryPeerAddressPrefix: "192.168.100.128/30",
      secondaryPeerAddressPrefix: "192.168.100.132/30",
    });
    expect(peerings[0].protect).toBe(false);
    expect(ofType(recorded, "network:RouteFilter", "ams-")).toEqual([]);
  });

  it("exposes each router's customer and Microsoft addresses, VLAN and ASNs", async () => {
    const c = new RedundantCircuit("links", base);
    const links = await valueOf(c.privatePeeringLinks);
    expect(links).toEqual({
      peeringType: "AzurePrivatePeering",
      primary: {
        router: "primary",
        prefix: "192.168.100.128/30",
        customerAddress: "192.168.100.129",
        microsoftAddress: "192.168.100.130",
        vlanId: 100,
        customerAsn: 65010,
        microsoftAsn: 12076,
      },
      secondary: {
        router: "secondary",
        prefix: "192.168.100.132/30",
        customerAddress: "192.168.100.133",
        microsoftAddress: "192.168.100.134",
        vlanId: 100,
        customerAsn: 65010,
        microsoftAsn: 12076,
      },
    });
    expect(await valueOf(c.microsoftPeeringLinks)).toBeUndefined();
  });

  it("keeps the service key a secret and returns the circuit's ARM id", async () => {
    const c = new RedundantCircuit("keys", base);
    expect(await isSecretOutput(c.serviceKey)).toBe(true);
    expect(await valueOf(c.serviceKey)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await valueOf(c.circuitId)).toBe(
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/keys",
    );
  });

  it("takes two explicit /30s and sends the BGP key as a secret", async () => {
    const c = new RedundantCircuit("explicit", {
      ...base,
      privatePeering: {
        peerAsn: 4200000001,
        vlanId: 101,
        primaryPeerAddressPrefix: "10.99.0.0/30",
        secondaryPeerAddressPrefix: "10.99.0.8/30",
        sharedKey: "Md5Key2024",
      },
    });
    await settled(c);
    const [peering] = ofType(recorded, "network:ExpressRouteCircuitPeering", "explicit-");
    expect(peering.inputs.primaryPeerAddressPrefix).toBe("10.99.0.0/30");
    expect(peering.inputs.secondaryPeerAddressPrefix).toBe("10.99.0.8/30");
    expect(isSecretInput(peering.inputs.sharedKey)).toBe(true);
    expect(unwrap(peering.inputs.sharedKey)).toBe("Md5Key2024");
    expect(peering.additionalSecretOutputs).toEqual(["sharedKey", "connections"]);
  });

  it("configures IPv6 from a /125 on the same peering", async () => {
    const c = new RedundantCircuit("dual-stack", {
      ...base,
      privatePeering: { ...base.privatePeering!, ipv6: { peerAddressPrefix: "2001:db8:0:1::/125" } },
    });
    await settled(c);
    const [peering] = ofType(recorded, "network:ExpressRouteCircuitPeering", "dual-stack-");
    expect(peering.inputs.ipv6PeeringConfig).toEqual({
      primaryPeerAddressPrefix: "2001:db8:0:1::/126",
      secondaryPeerAddressPrefix: "2001:db8:0:1::4/126",
    });
    const links = await valueOf(c.privatePeeringLinks);
    expect(links?.ipv6Primary).toMatchObject({
      customerAddress: "2001:db8:0:1::1",
      microsoftAddress: "2001:db8:0:1::2",
    });
  });

  it("attaches a route filter with an Allow community rule, in the circuit's location, to the Microsoft peering", async () => {
    const c = new RedundantCircuit("m365", { ...base, microsoftPeering: microsoft });
    await settled(c);
    const [filter] = ofType(recorded, "network:RouteFilter", "m365-");
    expect(filter.inputs).toEqual({
      resourceGroupName: "rg-er",
      location: "westeurope",
      rules: [
        {
          name: "allow-service-communities",
          access: "Allow",
          routeFilterRuleType: "Community",
          communities: ["12076:5010"],
        },
      ],
    });
    const ms = ofType(recorded, "network:ExpressRouteCircuitPeering", "m365-microsoft");
    expect(ms).toHaveLength(1);
    expect(ms[0].inputs).toMatchObject({
      peeringType: "MicrosoftPeering",
      peeringName: "MicrosoftPeering",
      vlanId: 200,
      peerASN: 12345,
      primaryPeerAddressPrefix: "123.1.0.0/30",
      secondaryPeerAddressPrefix: "123.1.0.4/30",
      microsoftPeeringConfig: { advertisedPublicPrefixes: ["123.1.0.0/24"], routingRegistryName: "RIPENCC" },
      routeFilter: { id: await valueOf(c.routeFilter!.id) },
    });
    expect(ms[0].propertyDependencies.routeFilter).toEqual([
      c.routeFilter!.urn ? await valueOf(c.routeFilter!.urn) : "",
    ]);
  });

  it("creates authorizations whose keys stay secret", async () => {
    const c = new RedundantCircuit("shared", { ...base, authorizations: ["spoke-a", "spoke-b"] });
    await settled(c);
    const auths = ofType(recorded, "network:ExpressRouteCircuitAuthorization", "shared-");
    expect(auths.map((a) => a.inputs.authorizationName).sort()).toEqual(["spoke-a", "spoke-b"]);
    expect(auths.every((a) => a.additionalSecretOutputs.includes("authorizationKey"))).toBe(true);
    expect(await isSecretOutput(c.authorizationKeys)).toBe(true);
    expect(Object.keys(await valueOf(c.authorizationKeys)).sort()).toEqual(["spoke-a", "spoke-b"]);
  });

  it("can create the circuit first and its peerings once the provider has provisioned it", async () => {
    const c = new RedundantCircuit("two-step", {
      ...base,
      microsoftPeering: microsoft,
      configurePeerings: false,
    });
    await settled(c);
    expect(ofType(recorded, "network:ExpressRouteCircuit", "two-step-")).toHaveLength(1);
    expect(ofType(recorded, "network:ExpressRouteCircuitPeering", "two-step-")).toEqual([]);
    expect(ofType(recorded, "network:RouteFilter", "two-step-")).toEqual([]);
    // The plan for the routers is there already, and the peerings were validated.
    expect((await valueOf(c.privatePeeringLinks))?.primary?.customerAddress).toBe("192.168.100.129");
    expect(
      () =>
        new RedundantCircuit("two-step-bad", {
          ...base,
          configurePeerings: false,
          privatePeering: { peerAsn: 65010, vlanId: 100, primaryPeerAddressPrefix: "10.0.0.0/30" },
        }),
    ).toThrow(/peering-dual-bgp/);
  });

  it("configures an IPv6-only private peering: both /126s, no IPv4, and exposes the IPv6 sessions", async () => {
    const c = new RedundantCircuit("ipv6-only", {
      ...base,
      privatePeering: { peerAsn: 65010, vlanId: 100, ipv6: { peerAddressPrefix: "2001:db8:0:7::/125" } },
    });
    await settled(c);
    const [peering] = ofType(recorded, "network:ExpressRouteCircuitPeering", "ipv6-only-");
    expect(peering.inputs.primaryPeerAddressPrefix).toBeUndefined();
    expect(peering.inputs.ipv6PeeringConfig).toEqual({
      primaryPeerAddressPrefix: "2001:db8:0:7::/126",
      secondaryPeerAddressPrefix: "2001:db8:0:7::4/126",
    });
    const links = await valueOf(c.privatePeeringLinks);
    expect([
      links?.primary,
      links?.ipv6Primary?.customerAddress,
      links?.ipv6Secondary?.microsoftAddress,
    ]).toEqual([undefined, "2001:db8:0:7::1", "2001:db8:0:7::6"]);
  });

  it.each([
    ["Amsterdam Metro", "westeurope", "Amsterdam Metro"],
    ["amsterdam", "westeurope", "Amsterdam"],
    ["Washington DC", "usgovvirginia", "Washington DC"],
  ])(
    "accepts the peering location %s for a circuit in %s and sends Azure %s",
    async (given, location, sent) => {
      const name = `at-${given.replace(/\W/g, "")}-${location}`;
      const c = new RedundantCircuit(name, { ...base, location, peeringLocation: given });
      await settled(c);
      const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", `${name}-`);
      expect(circuit.inputs.serviceProviderProperties.peeringLocation).toBe(sent);
    },
  );

  it("accepts a SKU tier and family in any case and sends Azure their canonical spelling", async () => {
    const c = new RedundantCircuit("sku-case", {
      ...base,
      skuTier: "premium" as "Premium",
      skuFamily: "unlimiteddata" as "UnlimitedData",
    });
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "sku-case-");
    expect(circuit.inputs.sku).toEqual({
      name: "Premium_UnlimitedData",
      tier: "Premium",
      family: "UnlimitedData",
    });
  });

  it("leaves the circuit unprotected only when asked", async () => {
    const c = new RedundantCircuit("scratch", { ...base, protect: false });
    await settled(c);
    expect(ofType(recorded, "network:ExpressRouteCircuit", "scratch-")[0].protect).toBe(false);
  });
});

describe("RedundantCircuit validation", () => {
  const withPeering = (
    p: Partial<NonNullable<RedundantCircuitArgs["privatePeering"]>>,
  ): RedundantCircuitArgs => ({
    ...base,
    privatePeering: { peerAsn: 65010, vlanId: 100, ...p } as RedundantCircuitArgs["privatePeering"],
  });

  it.each<[string, RedundantCircuitArgs, string, string]>([
    [
      "a bandwidth no provider offers",
      { ...base, bandwidthInMbps: 300 as 200 },
      "provider-bandwidth-offered",
      "bandwidthInMbps",
    ],
    [
      "an unknown peering location",
      { ...base, peeringLocation: "Atlantis" },
      "peering-location-known",
      "peeringLocation",
    ],
    ["the retired Basic tier", { ...base, skuTier: "Basic" as "Standard" }, "circuit-sku-valid", "skuTier"],
    [
      "a family that does not exist",
      { ...base, skuFamily: "Prepaid" as "MeteredData" },
      "circuit-sku-valid",
      "skuFamily",
    ],
    [
      "a metered Local circuit",
      { ...base, skuTier: "Local", skuFamily: "MeteredData" },
      "local-circuit-unlimited",
      "skuFamily",
    ],
    [
      "a single /30 (no secondary link)",
      withPeering({ primaryPeerAddressPrefix: "192.168.100.128/30" }),
      "peering-dual-bgp",
      "privatePeering.secondaryPeerAddressPrefix",
    ],
    [
      "a /29 with host bits set",
      withPeering({ peerAddressPrefix: "192.168.100.130/29" }),
      "peering-address-input",
      "privatePeering.peerAddressPrefix",
    ],
    [
      "a /28 instead of a /29",
      withPeering({ peerAddressPrefix: "192.168.100.128/28" }),
      "peering-address-input",
      "privatePeering.peerAddressPrefix",
    ],
    [
      "both a /29 and explicit /30s",
      withPeering({
        peerAddressPrefix: "192.168.100.128/29",
        primaryPeerAddressPrefix: "192.168.100.128/30",
      }),
      "peering-address-input",
      "privatePeering.peerAddressPrefix",
    ],
    [
      "overlapping link prefixes",
      withPeering({ primaryPeerAddressPrefix: "10.0.0.0/30", secondaryPeerAddressPrefix: "10.0.0.0/30" }),
      "peering-dual-bgp",
      "privatePeering.secondaryPeerAddressPrefix",
    ],
    [
      "a misaligned /30",
      withPeering({ primaryPeerAddressPrefix: "10.0.0.1/30", secondaryPeerAddressPrefix: "10.0.0.4/30" }),
      "peering-dual-bgp",
      "privatePeering.primaryPeerAddressPrefix",
    ],
    [
      "a /31 link",
      withPeering({ primaryPeerAddressPrefix: "10.0.0.0/31", secondaryPeerAddressPrefix: "10.0.0.4/30" }),
      "peering-dual-bgp",
      "privatePeering.primaryPeerAddressPrefix",
    ],
    [
      "an ASN reserved by Azure",
      withPeering({ peerAddressPrefix: "10.0.0.0/29", peerAsn: 65515 }),
      "peer-asn-valid",
      "privatePeering.peerAsn",
    ],
    [
      "Microsoft's own ASN",
      withPeering({ peerAddressPrefix: "10.0.0.0/29", peerAsn: 12076 }),
      "peer-asn-valid",
      "privatePeering.peerAsn",
    ],
    [
      "a VLAN outside 1..4094",
      withPeering({ peerAddressPrefix: "10.0.0.0/29", vlanId: 4095 }),
      "peering-vlan-valid",
      "privatePeering.vlanId",
    ],
    [
      "a BGP key longer than 25 characters",
      withPeering({ peerAddressPrefix: "10.0.0.0/29", sharedKey: "a".repeat(26) }),
      "bgp-md5-key-format",
      "privatePeering.sharedKey",
    ],
    [
      "an IPv6 /64 instead of a /125",
      withPeering({ peerAddressPrefix: "10.0.0.0/29", ipv6: { peerAddressPrefix: "2001:db8::/64" } }),
      "peering-address-input",
      "privatePeering.ipv6.peerAddressPrefix",
    ],
    [
      "a single IPv6 /126",
      withPeering({ peerAddressPrefix: "10.0.0.0/29", ipv6: { primaryPeerAddressPrefix: "2001:db8::/126" } }),
      "peering-dual-bgp",
      "privatePeering.ipv6.secondaryPeerAddressPrefix",
    ],
    ["no peering at all", { ...base, privatePeering: undefined }, "circuit-has-peering", "privatePeering"],
    [
      "private addresses on Microsoft peering",
      { ...base, microsoftPeering: { ...microsoft, primaryPeerAddressPrefix: "10.1.0.0/30" } },
      "microsoft-peering-public",
      "microsoftPeering.primaryPeerAddressPrefix",
    ],
    [
      "Microsoft peering advertising nothing",
      { ...base, microsoftPeering: { ...microsoft, advertisedPublicPrefixes: [] } },
      "microsoft-peering-public",
      "microsoftPeering.advertisedPublicPrefixes",
    ],
    [
      "an advertised private prefix",
      {
        ...base,
        microsoftPeering: { ...microsoft, advertisedPublicPrefixes: ["123.1.0.0/24", "192.168.0.0/24"] },
      },
      "microsoft-peering-public",
      "microsoftPeering.advertisedPublicPrefixes[1]",
    ],
    [
      "an unknown routing registry",
      { ...base, microsoftPeering: { ...microsoft, routingRegistryName: "INTERNIC" } },
      "microsoft-peering-public",
      "microsoftPeering.routingRegistryName",
    ],
    [
      "a route filter with no communities",
      { ...base, microsoftPeering: { ...microsoft, routeFilterCommunities: [] } },
      "microsoft-peering-route-filter",
      "microsoftPeering.routeFilterCommunities",
    ],
    [
      "the IANA-reserved ASN 0",
      { ...base, privatePeering: { ...base.privatePeering!, peerAsn: 0 } },
      "peer-asn-valid",
      "privatePeering.peerAsn",
    ],
    [
      "the IANA-reserved ASN 4294967295",
      { ...base, privatePeering: { ...base.privatePeering!, peerAsn: 4294967295 } },
      "peer-asn-valid",
      "privatePeering.peerAsn",
    ],
    [
      "a route filter community that is not Microsoft's",
      { ...base, microsoftPeering: { ...microsoft, routeFilterCommunities: ["12076:5010", "65000:100"] } },
      "route-filter-rules",
      "microsoftPeering.routeFilterCommunities[1]",
    ],
    [
      "a region that is not an Azure region",
      { ...base, location: "westeurop" },
      "azure-region-known",
      "location",
    ],
    [
      "a peering location of Azure China for a public-cloud circuit",
      { ...base, location: "westeurope", peeringLocation: "Beijing" },
      "peering-location-known",
      "peeringLocation",
    ],
    [
      "a provider Microsoft does not list at the peering location",
      { ...base, serviceProviderName: "Vocus Group NZ" },
      "provider-at-location",
      "serviceProviderName",
    ],
    [
      "the same VLAN on both peerings",
      { ...base, microsoftPeering: { ...microsoft, vlanId: 100 } },
      "peering-vlan-valid",
      "microsoftPeering.vlanId",
    ],
  ])("rejects %s, naming the rule and the argument", (_what, args, ruleId, path) => {
    const before = recorded.length;
    const error = rejection(() => new RedundantCircuit("bad", args));
    expect(error.findings.map((f) => [f.ruleId, f.path])).toContainEqual([ruleId, path]);
    const finding = error.findings.find((f) => f.ruleId === ruleId && f.path === path)!;
    expect(finding.severity).toBe("mandatory");
    expect(finding.allowed).not.toBe("");
    expect(finding.fix).not.toBe("");
    expect(error.message).toContain(`${path}: `);
    expect(error.message).toContain(`[${ruleId}]`);
    expect(error.errors.map((e) => e.propertyPath)).toContain(path);
    expect(recorded.slice(before).filter((r) => r.custom)).toEqual([]);
  });

  it("accepts a private customer ASN on Microsoft peering, warning that Microsoft validates it by hand", () => {
    const warnings = warningsOf(
      () =>
        new RedundantCircuit("private-customer-asn", {
          ...base,
          microsoftPeering: { ...microsoft, customerAsn: 65001 },
        }),
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^microsoftPeering\.customerAsn: .*\[microsoft-peering-private-asn\]$/),
    ]);
  });

  it.each([
    ["peeringLocation", { peeringLocation: "Amsterdm" }, 'Did you mean "Amsterdam"'],
    ["location", { location: "westeurop" }, 'Did you mean "westeurope"'],
    ["serviceProviderName", { serviceProviderName: "Equinx" }, 'Did you mean "Equinix"'],
  ])("suggests the closest catalog name for a mistyped %s", (_field, override, hint) => {
    const error = rejection(() => new RedundantCircuit("typo", { ...base, ...override }));
    expect(error.message).toContain(hint);
  });

  it("takes a provider the table does not list yet once the catalog is extended with it", async () => {
    const before = defaultCatalog();
    try {
      extendLocationCatalog({ providers: { Amsterdam: ["Contoso Fibre"] } });
      const c = new RedundantCircuit("new-provider", { ...base, serviceProviderName: "Contoso Fibre" });
      await settled(c);
      expect(ofType(recorded, "network:ExpressRouteCircuit", "new-provider-")).toHaveLength(1);
    } finally {
      resetLocationCatalog(before);
    }
  });

  it("reports a refused /29 once, not again as missing links", () => {
    const error = rejection(
      () =>
        new RedundantCircuit("bad-29", {
          ...base,
          privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.100.130/29" },
        }),
    );
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["peering-address-input", "privatePeering.peerAddressPrefix"],
    ]);
  });

  it("lists every problem in one error", () => {
    const error = rejection(
      () =>
        new RedundantCircuit("many", {
          ...base,
          bandwidthInMbps: 3 as 50,
          privatePeering: { peerAsn: 65515, vlanId: 0, primaryPeerAddressPrefix: "10.0.0.0/30" },
        }),
    );
    expect(error.findings.map((f) => f.path).sort()).toEqual([
      "bandwidthInMbps",
      "privatePeering.peerAsn",
      "privatePeering.secondaryPeerAddressPrefix",
      "privatePeering.vlanId",
    ]);
    expect(error.message).toContain('RedundantCircuit "many" has 4 invalid arguments');
  });

  it("shows the bad value in the message and never echoes a BGP key", () => {
    const error = rejection(
      () =>
        new RedundantCircuit("leak", {
          ...base,
          bandwidthInMbps: 300 as 200,
          privatePeering: { ...base.privatePeering!, sharedKey: "not-alnum!" },
        }),
    );
    expect(error.message).toContain("Got 300");
    expect(error.message).not.toContain("not-alnum!");
    expect(error.message).toContain("a secret of 10 characters, 2 of them not alphanumeric");
  });

  it("checks a BGP key from config with the same rule once it resolves", () => {
    const args = { ...base, privatePeering: { ...base.privatePeering!, sharedKey: pulumi.secret("x") } };
    const plan = planCircuit("late-key", {
      component: "RedundantCircuit",
      args,
      tier: "Standard",
      family: "MeteredData",
      tierPath: "skuTier",
      familyPath: "skuFamily",
      provider: args,
    });
    // At construction the key is an Output: nothing to verify yet, so nothing is refused.
    expect(validateTopology(plan.model).filter((f) => !f.unverifiable)).toEqual([]);
    const check = sharedKeyCheck(plan, plan.peerings[0], "RedundantCircuit", "late-key");
    expect(() => check("Abc123")).not.toThrow();
    const error = rejection(() => check("has spaces in it"));
    expect(error.findings).toEqual([
      expect.objectContaining({ ruleId: "bgp-md5-key-format", path: "privatePeering.sharedKey" }),
    ]);
    expect(error.message).not.toContain("has spaces in it");
  });

  it("accepts a BGP key from config that resolves to a valid key", async () => {
    const c = new RedundantCircuit("good-late-key", {
      ...base,
      privatePeering: { ...base.privatePeering!, sharedKey: pulumi.secret("Abc123") },
    });
    await settled(c);
    const [peering] = ofType(recorded, "network:ExpressRouteCircuitPeering", "good-late-key-");
    expect(isSecretInput(peering.inputs.sharedKey)).toBe(true);
    expect(unwrap(peering.inputs.sharedKey)).toBe("Abc123");
  });
});
