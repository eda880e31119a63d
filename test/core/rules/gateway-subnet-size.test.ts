import { UNKNOWN } from "../../../lib/core/model";
import { gatewaySubnetSize } from "../../../lib/core/rules/gateway-subnet-size";
import {
  GATEWAY,
  VALID_MODELS,
  connections,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gatewayModel,
  gatewaySubnet,
  run,
  vnet,
} from "./fixtures";

const ruleId = "gateway-subnet-size";
const path = "ipConfigurations[0].subnet.id";

/** The gateway model whose GatewaySubnet has these fields, with a gateway of this SKU. */
function inSubnet(subnet: Parameters<typeof gatewaySubnet>[0], skuName = "ErGw1AZ") {
  return gatewayModel({
    vnet: { subnets: [gatewaySubnet(subnet)] },
    gateway: { skuName, scaleMin: 2, scaleMax: 10 },
  });
}

/** An ErGw3AZ gateway in a GatewaySubnet of `addressPrefix` with `n` circuit connections. */
function withConnections(n: number, addressPrefix: string) {
  const m = gatewayModel({
    vnet: { subnets: [gatewaySubnet({ addressPrefix })] },
    gateway: { skuName: "ErGw3AZ" },
  });
  return { ...m, connections: connections(n, (i) => `circuit-${i}`) };
}

describe("gateway-subnet-size", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(gatewaySubnetSize, m)).toEqual([]);
  });

  it.each([
    ["a /27 GatewaySubnet for an ErGw1AZ gateway", inSubnet({ addressPrefix: "10.10.255.0/27" })],
    ["a /26 GatewaySubnet for an ErGw1AZ gateway", inSubnet({ addressPrefix: "10.10.255.0/26" })],
    [
      "a /26 GatewaySubnet for an ErGwScale gateway",
      inSubnet({ addressPrefix: "10.10.255.0/26" }, "ErGwScale"),
    ],
    [
      "a /24 GatewaySubnet for an ErGwScale gateway",
      inSubnet({ addressPrefix: "10.10.255.0/24" }, "ErGwScale"),
    ],
    [
      "a /28 GatewaySubnet for an ErGw1AZ gateway, leaving the advice to gateway-subnet-recommended-size",
      inSubnet({ addressPrefix: "10.10.255.0/28" }),
    ],
    [
      "a /29 GatewaySubnet, the smallest Azure accepted, for an ErGw1AZ gateway",
      inSubnet({ addressPrefix: "10.10.255.0/29" }),
    ],
    [
      "a dual-stack GatewaySubnet (IPv4 and IPv6 prefixes)",
      inSubnet({ addressPrefix: "10.10.255.0/27", addressPrefixes: ["10.10.255.0/27", "fd00:10::/64"] }),
    ],
    [
      "a /27 GatewaySubnet for an ErGw3AZ gateway with 8 circuit connections",
      withConnections(8, "10.10.255.0/27"),
    ],
    [
      "a /26 GatewaySubnet for an ErGw3AZ gateway with 16 circuit connections",
      withConnections(16, "10.10.255.0/26"),
    ],
  ])("accepts %s", (_what, m) => {
    expect(run(gatewaySubnetSize, m)).toEqual([]);
  });

  it.each([
    [
      "a subnet outside the model",
      gatewayModel({ gateway: { subnetKey: "/subscriptions/0/subnets/GatewaySubnet" } }),
    ],
    ["a gateway without a subnet", gatewayModel({ gateway: { subnetKey: undefined } })],
    ["a subnet without a prefix", inSubnet({ addressPrefix: undefined })],
  ])("says nothing about %s", (_what, m) => {
    expect(run(gatewaySubnetSize, m)).toEqual([]);
  });

  it.each([
    {
      what: "a /30 GatewaySubnet, smaller than Azure ever accepted",
      m: inSubnet({ addressPrefix: "10.10.255.0/30" }),
      bad: "10.10.255.0/30",
      needs: "/29",
    },
    {
      what: "a GatewaySubnet prefix that does not parse",
      m: inSubnet({ addressPrefix: "garbage" }),
      bad: "garbage",
      needs: "/29",
    },
    {
      what: "a GatewaySubnet prefix whose length is out of range",
      m: inSubnet({ addressPrefix: "10.10.255.0/33" }),
      bad: "10.10.255.0/33",
      needs: "/29",
    },
    {
      what: "a GatewaySubnet prefix with host bits set",
      m: inSubnet({ addressPrefix: "10.10.255.5/27" }),
      bad: "10.10.255.5/27",
      needs: "/29",
    },
    {
      what: "a /27 GatewaySubnet for an ErGwScale gateway",
      m: inSubnet({ addressPrefix: "10.10.255.0/27" }, "ErGwScale"),
      bad: "10.10.255.0/27",
      needs: "/26",
    },
    {
      what: "a /27 GatewaySubnet for an ErGw3AZ gateway with 16 circuit connections",
      m: withConnections(16, "10.10.255.0/27"),
      bad: "10.10.255.0/27",
      needs: "/26",
    },
  ])("rejects $what", ({ m, bad, needs }) => {
    const f = expectOnly(run(gatewaySubnetSize, m), {
      ruleId,
      severity: "mandatory",
      path,
      resource: GATEWAY,
    });
    expectValueShows(f, bad);
    expect(f.allowed).toContain(needs);
  });

  it.each(["default", "gatewaysubnet", "AzureFirewallSubnet"])(
    "rejects a gateway in a subnet named %s instead of GatewaySubnet",
    (name) => {
      const f = expectOnly(run(gatewaySubnetSize, inSubnet({ name })), {
        ruleId,
        severity: "mandatory",
        path,
        resource: GATEWAY,
      });
      expectValueShows(f, name);
    },
  );

  it("rejects both the name and the size of a small subnet not named GatewaySubnet", () => {
    const m = inSubnet({ name: "default", addressPrefix: "10.10.255.0/30" });
    const findings = run(gatewaySubnetSize, m);
    expect(findings.map((f) => [f.path, f.severity, f.value])).toEqual([
      [path, "mandatory", JSON.stringify("default")],
      [path, "mandatory", JSON.stringify("10.10.255.0/30")],
    ]);
  });

  it("finds the gateway's subnet in any VNet of the model", () => {
    const m = gatewayModel({
      vnet: { subnets: [gatewaySubnet({ key: "other:GatewaySubnet" })] },
    });
    const spoke = vnet({
      key: "spoke",
      origin: { resource: "spoke" },
      addressPrefixes: ["10.20.0.0/16"],
      subnets: [gatewaySubnet({ addressPrefix: "10.20.255.0/30" })],
    });
    expectOnly(run(gatewaySubnetSize, { ...m, vnets: [...(m.vnets ?? []), spoke] }), {
      ruleId,
      severity: "mandatory",
      path,
      resource: GATEWAY,
    });
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({
      vnet: { subnets: [gatewaySubnet({ addressPrefix: "10.10.255.0/30" })] },
      gateway: { origin: { resource: GATEWAY, fields: { [path]: "gatewaySubnetId" } } },
    });
    expectOnly(run(gatewaySubnetSize, m), { ruleId, severity: "mandatory", path: "gatewaySubnetId" });
  });

  it("reports an unknown subnet id as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(gatewaySubnetSize, gatewayModel({ gateway: { subnetKey: UNKNOWN } })),
      ruleId,
      path,
      GATEWAY,
    );
  });
});

describe("gateway-subnet-size on a subnet outside the stack", () => {
  const outside = (subnet: string) => {
    const m = gatewayModel({ gateway: { skuName: "ErGw1AZ" } });
    const id = `id:/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/${subnet}`;
    return { ...m, gateways: m.gateways!.map((g) => ({ ...g, subnetKey: id })) };
  };

  it("accepts an id naming GatewaySubnet in any case (ARM compares ids without regard to case)", () => {
    expect(run(gatewaySubnetSize, outside("gatewaysubnet"))).toEqual([]);
    expect(run(gatewaySubnetSize, outside("GatewaySubnet"))).toEqual([]);
  });

  it("refuses an id naming another subnet", () => {
    const f = expectOnly(run(gatewaySubnetSize, outside("default")), { ruleId, severity: "mandatory", path });
    expect(f.value).toBe('"default"');
  });
});
