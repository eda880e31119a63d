import * as pulumi from "@pulumi/pulumi";
import {
  ExpressRouteGateway,
  ExpressRouteValidationError,
  GlobalReachMesh,
  RedundantCircuit,
  VirtualWanHubGateway,
  type RedundantCircuitArgs,
} from "../../lib";
import { authorizationRedemptions, resolvedKeyCheck } from "../../lib/components/authorization-redemptions";
import { recordResources } from "../support/mock-runtime";
import { rejection, warningsOf } from "../support/refusals";

// Checks across the components of one program: they share state per Pulumi stack, so each test runs its
// program in a stack of its own, as `pulumi up` (and the plan) run a program.
recordResources();

/** Runs `build` as a program in a new stack; returns what it returned or threw. */
async function inStack<T>(build: () => T): Promise<T> {
  let result: T | undefined;
  let error: unknown;
  await pulumi.runtime.runInPulumiStack(async () => {
    try {
      result = build();
    } catch (e) {
      error = e;
    }
    return {};
  });
  if (error !== undefined) throw error;
  return result as T;
}

const hubArgs = {
  resourceGroupName: "rg-hub",
  location: "westeurope",
  virtualNetworkName: "vnet-hub",
  gatewaySubnetPrefix: "10.0.255.0/27",
};

const existingCircuit = {
  circuitId:
    "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-remote/providers/Microsoft.Network/expressRouteCircuits/er-partner",
  peeringLocation: "Amsterdam",
  skuTier: "Standard" as const,
  bandwidthInMbps: 1000,
};

/** Refusal of whatever `build` throws, inside a stack. */
async function refusalIn(build: () => unknown): Promise<ExpressRouteValidationError> {
  try {
    await inStack(build);
  } catch (e) {
    if (e instanceof ExpressRouteValidationError) return e;
    throw e;
  }
  throw new Error("expected an ExpressRouteValidationError");
}

describe("outside a stack (bare mocks, before any program ran)", () => {
  it("shares no state between components, so refuses nothing across them", () => {
    const key = "outside-a-stack";
    const gw = new ExpressRouteGateway("bare-hub", hubArgs);
    gw.connect("bare-a", { existing: existingCircuit, authorizationKey: key });
    expect(() => gw.connect("bare-b", { existing: existingCircuit, authorizationKey: key })).not.toThrow();
  });
});

describe("an authorization key is redeemed by one connection in a program", () => {
  it("refuses a second VNet link redeeming the same key, naming the argument and the first link", async () => {
    const error = await refusalIn(() => {
      const gw = new ExpressRouteGateway("auth-hub", hubArgs);
      const key = "11111111-2222-3333-4444-555555555555";
      gw.connect("auth-link-a", { existing: existingCircuit, authorizationKey: key });
      gw.connect("auth-link-b", { existing: existingCircuit, authorizationKey: key });
    });
    expect(error.message).toContain('CircuitConnection "auth-link-b"');
    expect(error.findings).toEqual([
      expect.objectContaining({ ruleId: "authorization-single-use", path: "authorizationKey" }),
    ]);
    expect(error.findings[0].message).toContain("auth-link-a");
    expect(error.message).not.toContain("11111111-2222");
  });

  it("refuses a Virtual WAN hub connection redeeming a key a VNet link already redeemed", async () => {
    const error = await refusalIn(() => {
      const key = "22222222-2222-3333-4444-555555555555";
      new ExpressRouteGateway("auth-vnet-hub", hubArgs).connect("auth-vnet-link", {
        existing: existingCircuit,
        authorizationKey: key,
      });
      new VirtualWanHubGateway("auth-wan-hub", {
        resourceGroupName: "rg-wan",
        location: "westeurope",
        hubAddressPrefix: "10.100.0.0/23",
      }).connect("auth-hub-connection", { existing: existingCircuit, authorizationKey: key });
    });
    expect(error.message).toContain('HubCircuitConnection "auth-hub-connection"');
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["authorization-single-use", "authorizationKey"],
    ]);
    expect(error.findings[0].message).toContain("auth-vnet-link");
  });

  it("refuses a second link given the same Output as its key", async () => {
    const error = await refusalIn(() => {
      const gw = new ExpressRouteGateway("auth-hub-2", hubArgs);
      const key = pulumi.secret("from-another-stack");
      gw.connect("out-link-a", { existing: existingCircuit, authorizationKey: key });
      gw.connect("out-link-b", { existing: existingCircuit, authorizationKey: key });
    });
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["authorization-single-use", "authorizationKey"],
    ]);
  });

  it("accepts links that redeem their own keys, and the same key again in another run", async () => {
    for (const run of [1, 2]) {
      await inStack(() => {
        const gw = new ExpressRouteGateway(`own-hub-${run}`, hubArgs);
        gw.connect(`own-link-a-${run}`, { existing: existingCircuit, authorizationKey: "key-a" });
        gw.connect(`own-link-b-${run}`, { existing: existingCircuit, authorizationKey: "key-b" });
      });
    }
  });

  it("checks keys known only at deploy time when they resolve: a second one of the same value fails", async () => {
    await inStack(() => {
      const redemption = (i: number) => ({
        name: `late-link-${i}`,
        path: "authorizationKey",
        key: pulumi.output("same-key-later"),
      });
      // Different Outputs: nothing to compare until they resolve.
      for (const i of [1, 2]) {
        const r = authorizationRedemptions(`late-link-${i}`, [redemption(i)]);
        expect(r.findings).toEqual([]);
      }
      resolvedKeyCheck("CircuitConnection", "late-link-1", redemption(1))("same-key-later");
      resolvedKeyCheck("CircuitConnection", "late-link-3", redemption(3))("another-key");
      const error = rejection(() =>
        resolvedKeyCheck("CircuitConnection", "late-link-2", redemption(2))("same-key-later"),
      );
      expect(error.message).toContain('CircuitConnection "late-link-2"');
      expect(error.findings[0].message).toContain("late-link-1");
    });
  });

  it("refuses a Global Reach mesh in which a member of another subscription redeems its one key in two pairs", async () => {
    const circuit = (peeringLocation: string, block: number): RedundantCircuitArgs => ({
      resourceGroupName: "rg-er",
      serviceProviderName: "Equinix",
      peeringLocation,
      bandwidthInMbps: 1000,
      privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `192.168.${block}.0/29` },
    });
    const error = await refusalIn(() => {
      const ams = new RedundantCircuit("mesh-ams", circuit("Amsterdam", 50));
      const fra = new RedundantCircuit("mesh-fra", circuit("Frankfurt", 51));
      new GlobalReachMesh("shared-key-mesh", {
        circuits: [
          { name: "ams", circuit: ams },
          {
            name: "lon",
            existing: { ...existingCircuit, peeringLocation: "London" },
            authorizationKey: "lon-key",
          },
          { name: "fra", circuit: fra },
        ],
        addressPool: "10.250.0.0/27",
      });
    });
    expect(error.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ["authorization-single-use", "circuits[1].authorizationKey"],
    ]);
  });
});

describe("the circuits of a program count against the subscription's limits", () => {
  it("warns (does not refuse) at the eleventh circuit in one region", async () => {
    const warnings = await inStack(() =>
      Array.from({ length: 11 }, (_, i) =>
        warningsOf(
          () =>
            new RedundantCircuit(`count-${i}`, {
              resourceGroupName: "rg-er",
              location: "westeurope",
              serviceProviderName: "Equinix",
              peeringLocation: "Amsterdam",
              bandwidthInMbps: 1000,
              privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: `10.60.${i}.0/29` },
            }),
        ),
      ),
    );
    expect(warnings.slice(0, 10).flat()).toEqual([]);
    expect(warnings[10]).toEqual([
      expect.stringMatching(/^location: .*11 circuits in westeurope.*\[subscription-circuit-limits\]$/),
    ]);
  });
});
