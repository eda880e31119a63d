import * as pulumi from "@pulumi/pulumi";
import { RedundantCircuit, type RedundantCircuitArgs } from "../../lib";
import { resolvedShapeCheck, shapeWhenKnown, verifyWhenKnown } from "../../lib/components/verify-when-known";
import type { Finding } from "../../lib/core/findings";
import { rejection } from "../support/refusals";
import { armId } from "../../lib/components/argument-shape";
import { ARM_TYPES } from "../../lib/core/arm-id";
import { resolvedFindings } from "../../lib/components/circuit-component";
import type { CircuitSpec } from "../../lib/components/circuit-spec";
import {
  isSecretInput,
  isSecretOutput,
  ofType,
  recordResources,
  settled,
  unwrap,
  valueOf,
} from "../support/mock-runtime";

const recorded = recordResources();

describe("verifyWhenKnown", () => {
  it("passes a value that satisfies the check through, still secret", async () => {
    const out = verifyWhenKnown(pulumi.secret("ok"), (v) => {
      if (v !== "ok") throw new Error("bad");
    });
    expect(await valueOf(out)).toBe("ok");
    expect(await isSecretOutput(out)).toBe(true);
  });
});

describe("a circuit's Output arguments are judged when they resolve", () => {
  const args = (o: Partial<RedundantCircuitArgs>): RedundantCircuitArgs => ({
    resourceGroupName: "rg-er",
    serviceProviderName: "Equinix",
    peeringLocation: "Amsterdam",
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: "192.168.40.0/29" },
    ...o,
  });
  const spec = (a: RedundantCircuitArgs): CircuitSpec => ({
    component: "RedundantCircuit",
    args: a,
    tier: "Standard",
    family: "MeteredData",
    tierPath: "skuTier",
    familyPath: "skuFamily",
    provider: a,
  });
  const when = (key: string, value: unknown, a = args({})) =>
    resolvedFindings(spec(a), "late", key, value)
      .filter((f) => f.severity === "mandatory")
      .map((f) => [f.ruleId, f.path, f.value]);

  it("accepts Output arguments at construction: nothing is known to refuse yet", () => {
    const unknown = pulumi.output(pulumi.unknown) as pulumi.Output<string>;
    expect(
      () => new RedundantCircuit("late-args", args({ location: unknown, serviceProviderName: unknown })),
    ).not.toThrow();
  });

  it("refuses a location that resolves to an unknown region, as a plain one is refused", () => {
    expect(when("location", "westeurop")).toEqual([["azure-region-known", "location", '"westeurop"']]);
  });

  it("refuses a provider that resolves to one not at the peering location", () => {
    expect(when("serviceProviderName", "Telstra")).toEqual([
      ["provider-at-location", "serviceProviderName", '"Telstra"'],
    ]);
  });

  it("refuses a value that resolves to something that is not a string", () => {
    expect(when("location", 42)).toEqual([["argument-type", "location", "42"]]);
    expect(when("serviceProviderName", "")).toEqual([["argument-type", "serviceProviderName", '""']]);
  });

  it("accepts values that resolve to good ones", () => {
    expect(when("location", "westeurope")).toEqual([]);
    expect(when("serviceProviderName", "Equinix")).toEqual([]);
  });

  it("sends the checked values, still secret where they were", async () => {
    const c = new RedundantCircuit(
      "late-good",
      args({ location: pulumi.output("westeurope"), serviceProviderName: pulumi.secret("Equinix") }),
    );
    await settled(c);
    const [circuit] = ofType(recorded, "network:ExpressRouteCircuit", "late-good-");
    expect(circuit.inputs.location).toBe("westeurope");
    // The engine marks the whole property that holds a secret as secret.
    expect(isSecretInput(circuit.inputs.serviceProviderProperties)).toBe(true);
    expect(unwrap(circuit.inputs.serviceProviderProperties).serviceProviderName).toBe("Equinix");
  });
});

describe("ids given as Outputs are checked when they resolve", () => {
  const subnet = armId(ARM_TYPES.subnet);
  const check = (more?: () => Finding[]) =>
    resolvedShapeCheck("ExpressRouteGateway", "gw", subnet, "gatewaySubnetId", more);
  const gatewaySubnet =
    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet";

  it("passes a plain value through unchecked (it was checked at construction)", () => {
    expect(shapeWhenKnown("ExpressRouteGateway", "gw", "anything", subnet, "gatewaySubnetId")).toBe(
      "anything",
    );
  });

  it("refuses a value that is not a subnet id, in the error recipe", () => {
    const error = rejection(() => check()("GatewaySubnet"));
    expect(error.findings.map((f) => [f.ruleId, f.path, f.value])).toEqual([
      ["argument-type", "gatewaySubnetId", '"GatewaySubnet"'],
    ]);
    expect(error.findings[0].allowed).toContain("/virtualNetworks/<name>/subnets/<name>");
  });

  it("runs the component's own check on a well-formed id", () => {
    const own = finding({ ruleId: "gateway-input", message: "Not GatewaySubnet.", path: "gatewaySubnetId" });
    expect(rejection(() => check(() => [own])(gatewaySubnet)).findings).toEqual([own]);
    expect(() => check()(gatewaySubnet)).not.toThrow();
  });

  it("keeps a good id, and its secrecy", async () => {
    const late = shapeWhenKnown(
      "ExpressRouteGateway",
      "gw",
      pulumi.secret(gatewaySubnet),
      subnet,
      "gatewaySubnetId",
    );
    expect(await valueOf(late as pulumi.Output<string>)).toBe(gatewaySubnet);
    expect(await isSecretOutput(late as pulumi.Output<string>)).toBe(true);
  });
});

function finding(o: Partial<Finding>): Finding {
  return {
    ruleId: "argument-type",
    severity: "mandatory",
    message: "m",
    path: "p",
    value: "v",
    allowed: "a",
    fix: "f",
    resource: "gw",
    ...o,
  };
}
