import { GATEWAY_SUBNET } from "../facts/gateway";
import { parsePrefix } from "../ip/prefix";
import { connectionsOfGateway } from "./each";
import { type Rule } from "./rule";

export const gatewaySubnetSize: Rule = {
  id: "gateway-subnet-size",
  severity: "mandatory",
  description:
    "An ExpressRoute gateway sits in a subnet named GatewaySubnet of /27 or larger (/26 or larger for ErGwScale or 16 circuit connections).",
  why: "A smaller GatewaySubnet cannot hold the gateway's instances, and Azure only deploys gateways into GatewaySubnet.",
  source: GATEWAY_SUBNET.source,
  check(model, report) {
    const subnets = new Map((model.vnets ?? []).flatMap((v) => v.subnets.map((s) => [s.key, s] as const)));
    for (const g of model.gateways ?? []) {
      if (!report.known(g, "ipConfigurations[0].subnet.id", g.subnetKey) || g.subnetKey === undefined)
        continue;
      const subnet = subnets.get(g.subnetKey);
      if (!subnet) continue; // a subnet outside this stack
      if (!report.known(g, "ipConfigurations[0].subnet.id", subnet.name)) continue;
      if (typeof subnet.name === "string" && subnet.name !== GATEWAY_SUBNET.name) {
        report.fail(g, "ipConfigurations[0].subnet.id", {
          message: `The gateway's subnet is named ${subnet.name}; gateways deploy only into GatewaySubnet.`,
          value: subnet.name,
          allowed: '"GatewaySubnet"',
          fix: "Create a subnet named GatewaySubnet for the gateway.",
        });
      }
      if (!report.known(g, "ipConfigurations[0].subnet.id", subnet.addressPrefix)) continue;
      if (typeof subnet.addressPrefix !== "string") continue;
      const parsed = parsePrefix(subnet.addressPrefix);
      if (!parsed.ok) continue;
      const large = g.skuName === "ErGwScale" || connectionsOfGateway(model, g.key).length >= 16;
      const max = large ? GATEWAY_SUBNET.largePrefixLength : GATEWAY_SUBNET.maxPrefixLength;
      if (parsed.prefix.length > max) {
        report.fail(g, "ipConfigurations[0].subnet.id", {
          message: `The GatewaySubnet is a /${parsed.prefix.length}; this gateway needs a /${max} or larger${large ? " (ErGwScale or 16 circuits)" : ""}.`,
          value: subnet.addressPrefix,
          allowed: `/${max} or larger`,
          fix: `Make the GatewaySubnet a /${max} (or larger).`,
        });
      }
    }
  },
};
