import { GATEWAY_SUBNET } from "../facts/gateway";
import { formatPrefix, isAligned, normalise, parsePrefix } from "../ip/prefix";
import { connectionsOfGateway, subnetOfGateway, vnetGateways } from "./each";
import { type Rule } from "./rule";

const FIELD = "ipConfigurations[0].subnet.id";

export const gatewaySubnetSize: Rule = {
  id: "gateway-subnet-size",
  severity: "mandatory",
  description:
    "An ExpressRoute gateway sits in a subnet named GatewaySubnet whose prefix is valid, aligned and /29 or larger (/26 or larger for ErGwScale or 16 circuit connections).",
  why: "Azure only deploys gateways into GatewaySubnet, never accepted one smaller than /29, and needs a /26 for ErGwScale and for 16 circuits.",
  source: GATEWAY_SUBNET.source,
  check(model, report) {
    for (const g of vnetGateways(model)) {
      if (!report.known(g, FIELD, g.subnetKey) || g.subnetKey === undefined) continue;
      const subnet = subnetOfGateway(model, g);
      const outside =
        typeof g.subnetKey === "string" && g.subnetKey.startsWith("id:") ? g.subnetKey : undefined;
      const outsideName = outside?.split("/").filter(Boolean).pop();
      if (
        outsideName !== undefined &&
        outside?.toLowerCase().includes("/subnets/") &&
        // ARM compares ids without regard to case: `.../subnets/gatewaysubnet` refers to GatewaySubnet.
        outsideName.toLowerCase() !== GATEWAY_SUBNET.name.toLowerCase()
      ) {
        report.fail(g, FIELD, {
          message: `The gateway's subnet (outside this stack) is named ${outsideName}; gateways deploy only into GatewaySubnet.`,
          value: outsideName,
          allowed: '"GatewaySubnet"',
          fix: "Point the gateway at its VNet's GatewaySubnet.",
        });
        continue;
      }
      if (!subnet) continue; // a subnet outside this stack: its size is not known here
      if (!report.known(g, FIELD, subnet.name)) continue;
      if (typeof subnet.name === "string" && subnet.name !== GATEWAY_SUBNET.name) {
        report.fail(g, FIELD, {
          message: `The gateway's subnet is named ${subnet.name}; gateways deploy only into GatewaySubnet.`,
          value: subnet.name,
          allowed: '"GatewaySubnet"',
          fix: "Create a subnet named GatewaySubnet for the gateway.",
        });
      }
      if (!report.known(g, FIELD, subnet.addressPrefix)) continue;
      if (typeof subnet.addressPrefix !== "string") continue;
      const parsed = parsePrefix(subnet.addressPrefix);
      const large = g.skuName === "ErGwScale" || connectionsOfGateway(model, g.key).length >= 16;
      const max = large ? GATEWAY_SUBNET.largePrefixLength : GATEWAY_SUBNET.minPrefixLength;
      const allowed = `an aligned IPv4 prefix of /${max} or larger${large ? "" : ` (/${GATEWAY_SUBNET.recommendedPrefixLength} recommended)`}`;
      if (!parsed.ok || parsed.prefix.family !== 4) {
        report.fail(g, FIELD, {
          message: parsed.ok
            ? "The GatewaySubnet's prefix is IPv6; its address prefix must be IPv4 (an IPv6 range goes beside it)."
            : `The GatewaySubnet's prefix ${parsed.reason}.`,
          value: subnet.addressPrefix,
          allowed,
          fix: `Give the GatewaySubnet an IPv4 prefix such as 10.0.255.0/${GATEWAY_SUBNET.recommendedPrefixLength}.`,
        });
        continue;
      }
      if (!isAligned(parsed.prefix)) {
        report.fail(g, FIELD, {
          message: "The GatewaySubnet's prefix is not aligned: its address has host bits set.",
          value: subnet.addressPrefix,
          allowed,
          fix: `Use ${formatPrefix(normalise(parsed.prefix))}.`,
        });
      }
      if (parsed.prefix.length > max) {
        report.fail(g, FIELD, {
          message: `The GatewaySubnet is a /${parsed.prefix.length}; this gateway needs a /${max} or larger${large ? " (ErGwScale or 16 circuits)" : ""}.`,
          value: subnet.addressPrefix,
          allowed,
          fix: `Make the GatewaySubnet a /${large ? max : GATEWAY_SUBNET.recommendedPrefixLength} (or larger).`,
        });
      }
    }
  },
};
