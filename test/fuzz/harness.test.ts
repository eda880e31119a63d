import * as network from "@pulumi/azure-native/network";
import * as pulumi from "@pulumi/pulumi";
import { ExpressRouteValidationError, RedundantCircuit } from "../../lib";
import type { Finding } from "../../lib/core/findings";
import type { PulumiSdk } from "../../lib/plan/sdk";
import { ComponentHarness } from "../../fuzz/component-harness";
import { fuzzPack } from "../../fuzz/pack-campaign";
import { compliantStacks } from "../../fuzz/pack-cases";
import { runPackInProcess, type PackResource } from "../../fuzz/in-process-pack";

// The fuzzing campaign's own checks can fail: each defect it counts is detected when it happens.

/* eslint-disable @typescript-eslint/no-require-imports -- the SDK modules the components register with */
const sdk = {
  runtime: pulumi.runtime,
  settings: require("@pulumi/pulumi/runtime/settings"),
  rpc: require("@pulumi/pulumi/runtime/rpc"),
  resource: require("@pulumi/pulumi/runtime/resource"),
} as unknown as PulumiSdk;
/* eslint-enable @typescript-eslint/no-require-imports */
const harness = new ComponentHarness({ sdk, hangAfterMs: 5000 });

const finding = (o: Partial<Finding> = {}): Finding => ({
  ruleId: "argument-type",
  severity: "mandatory",
  message: "Expected a string, got a number.",
  path: "peeringLocation",
  value: "42",
  allowed: "a string",
  fix: "Give peeringLocation a string.",
  resource: "x",
  ...o,
});

describe("the component harness", () => {
  it("accepts a valid component whose resources the pack passes", async () => {
    const outcome = await harness.run(
      "fz-good",
      () =>
        new RedundantCircuit("fz-good", {
          resourceGroupName: "rg",
          serviceProviderName: "Equinix",
          peeringLocation: "Amsterdam",
          bandwidthInMbps: 1000,
          privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "10.60.0.0/29" },
        }),
    );
    expect(outcome).toEqual({ verdict: "accepted" });
  });

  it("counts an exception other than the library's refusal as a crash", async () => {
    const outcome = await harness.run("fz-crash", () => {
      throw new TypeError("Cannot read properties of undefined");
    });
    expect(outcome.crash).toMatch(/^TypeError: Cannot read properties of undefined/);
  });

  it("counts a refusal without a fix as a crash (the error recipe is part of the product)", async () => {
    const outcome = await harness.run("fz-no-fix", () => {
      throw new ExpressRouteValidationError("RedundantCircuit", "fz-no-fix", [finding({ fix: "" })]);
    });
    expect(outcome.crash).toMatch(/a finding without fix/);
  });

  it("counts a child registered before the refusal as a partial registration", async () => {
    const outcome = await harness.run("fz-partial", () => {
      new network.RouteFilter("fz-partial-filter", { resourceGroupName: "rg", location: "westeurope" });
      throw new ExpressRouteValidationError("RedundantCircuit", "fz-partial", [finding()]);
    });
    expect(outcome.partial).toEqual(["azure-native:network:RouteFilter fz-partial-filter"]);
  });

  it("counts an accepted configuration the pack fails as a disagreement, with the pack's verdict", async () => {
    const outcome = await harness.run("fz-bad", () => {
      new network.ExpressRouteCircuit("fz-bad-circuit", {
        resourceGroupName: "rg",
        location: "westeurope",
        sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
        serviceProviderProperties: {
          serviceProviderName: "Equinix",
          peeringLocation: "Atlantis",
          bandwidthInMbps: 1000,
        },
      });
    });
    expect(outcome.disagreements?.map((d) => d.policy)).toContain("peering-location-known");
  });
});

describe("the pack campaign", () => {
  let stacks: PackResource[][];
  beforeAll(async () => {
    stacks = await compliantStacks();
  }, 180_000);

  it("starts from estates the pack passes", () => {
    for (const stack of stacks) {
      expect(stack.length).toBeGreaterThan(0);
      expect(runPackInProcess(stack).filter((v) => v.level === "mandatory")).toEqual([]);
    }
  });

  it("counts a pack that reports nothing as passing the oracle's cases silently", () => {
    const r = fuzzPack(stacks, "network:ExpressRouteCircuitPeering", 100, 7, () => []);
    expect(r.oracleCases).toBeGreaterThan(0);
    expect(r.silentPasses).toBe(r.oracleCases);
  });

  it("counts a pack that throws, or a policy that reports its own failure, as a crash", () => {
    const throwing = fuzzPack(stacks, "network:RouteFilter", 20, 7, () => {
      throw new Error("boom");
    });
    expect(throwing.crashes).toBe(20);
    const failing = fuzzPack(stacks, "network:RouteFilter", 20, 7, () => [
      { policy: "p", level: "mandatory", message: "x: (policy p): The policy failed while checking this" },
    ]);
    expect(failing.crashes).toBe(20);
  });
});
