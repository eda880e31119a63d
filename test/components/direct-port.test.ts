import type { DirectCircuitBandwidthGbps, DirectPortBandwidthGbps } from "../../lib/core/facts/circuit";
import * as pulumi from "@pulumi/pulumi";
import { DirectCircuit, DirectPort, ExpressRouteValidationError, type DirectPortArgs } from "../../lib";
import { ofType, recordResources, settled, valueOf } from "../support/mock-runtime";
import { warningsOf } from "../support/refusals";

const recorded = recordResources();

const vault = "https://er-keys.vault.azure.net/secrets";
const port: DirectPortArgs = {
  resourceGroupName: "rg-direct",
  peeringLocation: "Equinix-Amsterdam-AM5",
  bandwidthInGbps: 10,
  macSec: {
    cknSecretIdentifier: `${vault}/macsec-ckn`,
    cakSecretIdentifier: `${vault}/macsec-cak`,
    identityId:
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/er-macsec",
  },
};

function findingsOf(create: () => unknown) {
  try {
    create();
  } catch (e) {
    if (e instanceof ExpressRouteValidationError)
      return e.findings.map((f) => [f.ruleId, f.path, f.severity]);
    throw e;
  }
  return [];
}

describe("DirectPort", () => {
  it("creates a protected port with both links enabled and MACsec keyed from Key Vault", async () => {
    const p = new DirectPort("ams-port", port);
    await settled(p);
    const [res] = ofType(recorded, "network:ExpressRoutePort", "ams-port-");
    const macSecConfig = {
      cknSecretIdentifier: `${vault}/macsec-ckn`,
      cakSecretIdentifier: `${vault}/macsec-cak`,
      cipher: "GcmAesXpn256",
    };
    expect(res.inputs).toEqual({
      resourceGroupName: "rg-direct",
      expressRoutePortName: "ams-port",
      peeringLocation: "Equinix-Amsterdam-AM5",
      bandwidthInGbps: 10,
      encapsulation: "Dot1Q",
      billingType: "MeteredData",
      links: [
        { name: "link1", adminState: "Enabled", macSecConfig },
        { name: "link2", adminState: "Enabled", macSecConfig },
      ],
      identity: { type: "UserAssigned", userAssignedIdentities: [port.macSec!.identityId] },
    });
    expect(res.protect).toBe(true);
    expect(await valueOf(p.id)).toMatch(/\/providers\/Microsoft\.Network\/expressRoutePorts\/ams-port$/);
  });

  it("accepts Key Vault ids that are only known at deploy time", async () => {
    const p = new DirectPort("late-ids", {
      ...port,
      macSec: {
        ...port.macSec!,
        cknSecretIdentifier: pulumi.output(`${vault}/ckn`),
        cakSecretIdentifier: pulumi.output(`${vault}/cak`),
      },
    });
    await settled(p);
    const [res] = ofType(recorded, "network:ExpressRoutePort", "late-ids-");
    expect(res.inputs.links[0].macSecConfig.cknSecretIdentifier).toBe(`${vault}/ckn`);
  });

  it.each<[string, DirectPortArgs, string, string]>([
    [
      "a port speed that does not exist",
      { ...port, bandwidthInGbps: 40 as 10 },
      "direct-port-valid",
      "bandwidthInGbps",
    ],
    [
      "an unknown encapsulation",
      { ...port, encapsulation: "VXLAN" as "Dot1Q" },
      "direct-port-valid",
      "encapsulation",
    ],
    [
      "a MACsec key given as a value instead of a Key Vault id",
      { ...port, macSec: { ...port.macSec!, cakSecretIdentifier: "0123456789abcdef" } },
      "direct-port-macsec",
      "macSec.cakSecretIdentifier",
    ],
    [
      "a cipher that does not exist",
      { ...port, macSec: { ...port.macSec!, cipher: "Aes512" as "GcmAes128" } },
      "direct-port-macsec",
      "macSec.cipher",
    ],
    [
      "MACsec without an identity",
      { ...port, macSec: { ...port.macSec!, identityId: undefined as unknown as string } },
      "direct-port-macsec",
      "macSec.identityId",
    ],
    [
      "a location that does not offer Direct",
      { ...port, peeringLocation: "Busan" },
      "direct-port-valid",
      "peeringLocation",
    ],
  ])("rejects %s", (_what, args, ruleId, path) => {
    expect(findingsOf(() => new DirectPort("bad-port", args))).toContainEqual([ruleId, path, "mandatory"]);
    expect(ofType(recorded, "network:ExpressRoutePort", "bad-port-")).toEqual([]);
  });

  it("warns, without refusing, about a non-XPN cipher and a 400 Gbps port", () => {
    const warn = jest.spyOn(pulumi.log, "warn").mockImplementation(async () => undefined);
    expect(
      findingsOf(
        () =>
          new DirectPort("advisory-port", {
            ...port,
            bandwidthInGbps: 400,
            macSec: { ...port.macSec!, cipher: "GcmAes256" },
          }),
      ),
    ).toEqual([]);
    const warned = warn.mock.calls.map(([message]) => message);
    warn.mockRestore();
    // Both links share the cipher: the warning is given once, for the argument the user wrote.
    expect(warned).toHaveLength(2);
    expect(warned).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^bandwidthInGbps: 400 Gbps ports are only available to enrolled subscriptions\..*\[direct-port-400g-enrolment\]$/,
        ),
        expect.stringMatching(/^macSec\.cipher: .*XPN.*\[direct-port-macsec-xpn\]$/),
      ]),
    );
  });
});

describe("DirectCircuit", () => {
  it("carves a circuit of an offered size from the port, with dual BGP", async () => {
    const p = new DirectPort("carve-port", { ...port, macSec: undefined });
    const c = new DirectCircuit("carved", {
      resourceGroupName: "rg-direct",
      port: p,
      bandwidthInGbps: 5,
      privatePeering: { peerAsn: 65040, vlanId: 500, peerAddressPrefix: "10.40.0.0/29" },
    });
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "carved-");
    expect(circuit.inputs).toEqual({
      resourceGroupName: "rg-direct",
      circuitName: "carved",
      sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
      expressRoutePort: { id: await valueOf(p.id) },
      bandwidthInGbps: 5,
    });
    expect(circuit.protect).toBe(true);
    expect(ofType(recorded, "network:ExpressRouteCircuitPeering", "carved-")).toHaveLength(1);
    expect((await valueOf(c.limits)).maxVnetLinks).toBe(10);
  });

  it("refuses a VLAN another circuit on the same Dot1Q port already uses, as the policy pack does", () => {
    const p = new DirectPort("vlan-port", { ...port, macSec: undefined });
    const peering = { peerAsn: 65040, vlanId: 500, peerAddressPrefix: "10.40.0.0/29" };
    new DirectCircuit("vlan-a", {
      resourceGroupName: "rg",
      port: p,
      bandwidthInGbps: 5,
      privatePeering: peering,
    });
    expect(
      findingsOf(
        () =>
          new DirectCircuit("vlan-b", {
            resourceGroupName: "rg",
            port: p,
            bandwidthInGbps: 5,
            privatePeering: { ...peering, peerAddressPrefix: "10.40.0.8/29" },
          }),
      ),
    ).toEqual([["peering-vlan-valid", "privatePeering.vlanId", "mandatory"]]);
  });

  it("lets circuits on a QinQ port reuse a VLAN (each circuit has its own S-Tag)", () => {
    const p = new DirectPort("qinq-port", { ...port, macSec: undefined, encapsulation: "QinQ" });
    const peering = { peerAsn: 65040, vlanId: 500, peerAddressPrefix: "10.40.0.0/29" };
    new DirectCircuit("qinq-a", {
      resourceGroupName: "rg",
      port: p,
      bandwidthInGbps: 5,
      privatePeering: peering,
    });
    expect(
      findingsOf(
        () =>
          new DirectCircuit("qinq-b", {
            resourceGroupName: "rg",
            port: p,
            bandwidthInGbps: 5,
            privatePeering: { ...peering, peerAddressPrefix: "10.40.0.8/29" },
          }),
      ),
    ).toEqual([]);
  });

  it.each([
    [10, 40],
    [10, 20],
    [100, 1],
    [100, 200],
  ])("refuses a circuit a %i Gbps port does not offer (%i Gbps)", (portSpeed, bandwidthInGbps) => {
    expect(
      findingsOf(
        () =>
          new DirectCircuit(`too-big-${portSpeed}-${bandwidthInGbps}`, {
            resourceGroupName: "rg",
            port: {
              id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRoutePorts/p",
              bandwidthInGbps: portSpeed as DirectPortBandwidthGbps,
            },
            bandwidthInGbps: bandwidthInGbps as DirectCircuitBandwidthGbps,
            privatePeering: { peerAsn: 65040, vlanId: 500, peerAddressPrefix: "10.40.0.0/29" },
          }),
      ),
    ).toEqual([["direct-circuit-bandwidth", "bandwidthInGbps", "mandatory"]]);
  });
});

describe("ExpressRoute Direct as Azure accepts it", () => {
  const peering = { peerAsn: 65040, vlanId: 500, peerAddressPrefix: "10.41.0.0/29" };

  it("creates a new port with both links Disabled until the cross-connects exist, without a warning", async () => {
    let p: DirectPort | undefined;
    const warnings = warningsOf(() => (p = new DirectPort("dark-port", { ...port, linksEnabled: false })));
    expect(warnings).toEqual([]);
    await settled(p!);
    const [res] = ofType(recorded, "network:ExpressRoutePort", "dark-port-");
    expect(res.inputs.links.map((l: { adminState: string }) => l.adminState)).toEqual([
      "Disabled",
      "Disabled",
    ]);
  });

  it("warns (does not refuse) about a circuit carved from a port whose links are disabled", () => {
    const p = new DirectPort("dark-port-2", { ...port, macSec: undefined, linksEnabled: false });
    const warnings = warningsOf(
      () =>
        new DirectCircuit("on-dark-port", {
          resourceGroupName: "rg",
          port: p,
          bandwidthInGbps: 5,
          privatePeering: peering,
        }),
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^port: Link 1 is disabled .*\[direct-port-link-disabled\]$/),
      expect.stringMatching(/^port: Link 2 is disabled .*\[direct-port-link-disabled\]$/),
    ]);
  });

  it("accepts a Local circuit billed MeteredData on a port local to a region (the only family Direct creates)", async () => {
    const p = new DirectPort("local-port", { ...port, macSec: undefined });
    const c = new DirectCircuit("local-direct", {
      resourceGroupName: "rg",
      port: p,
      bandwidthInGbps: 5,
      skuTier: "Local",
      privatePeering: { ...peering, peerAddressPrefix: "10.41.0.8/29" },
    });
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "local-direct-");
    expect(circuit.inputs.sku).toEqual({ name: "Local_MeteredData", tier: "Local", family: "MeteredData" });
  });

  it("refuses a Direct circuit created UnlimitedData", () => {
    const p = new DirectPort("unlimited-port", { ...port, macSec: undefined });
    expect(
      findingsOf(
        () =>
          new DirectCircuit("unlimited-direct", {
            resourceGroupName: "rg",
            port: p,
            bandwidthInGbps: 5,
            skuFamily: "UnlimitedData",
            privatePeering: peering,
          }),
      ),
    ).toEqual([["direct-circuit-metered", "skuFamily", "mandatory"]]);
    expect(ofType(recorded, "network:ExpressRouteCircuit", "unlimited-direct-")).toEqual([]);
  });

  it("refuses a Local circuit on a port at a facility with no Local region (Equinix-Dallas-DA3)", () => {
    const p = new DirectPort("dallas-port", {
      ...port,
      macSec: undefined,
      peeringLocation: "Equinix-Dallas-DA3",
    });
    expect(
      findingsOf(
        () =>
          new DirectCircuit("dallas-local", {
            resourceGroupName: "rg",
            port: p,
            bandwidthInGbps: 5,
            skuTier: "Local",
            privatePeering: peering,
          }),
      ),
    ).toEqual([["local-circuit-location", "port", "mandatory"]]);
  });

  it("warns about a port location it cannot place, suggesting the closest known one", () => {
    const warnings = warningsOf(
      () => new DirectPort("typo-port", { ...port, peeringLocation: "Equinix-Amsterdam-AM55" }),
    );
    expect(warnings).toEqual([
      expect.stringMatching(
        /^peeringLocation: .*Did you mean "Equinix-Amsterdam-AM5"\?.*\[direct-port-location-known\]$/,
      ),
    ]);
  });
});
