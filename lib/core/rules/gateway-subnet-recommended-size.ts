import { GATEWAY_SUBNET } from "../facts/gateway";
import { parsePrefix } from "../ip/prefix";
import { subnetOfGateway, vnetGateways } from "./each";
import { type Rule } from "./rule";

export const gatewaySubnetRecommendedSize: Rule = {
  id: "gateway-subnet-recommended-size",
  severity: "advisory",
  description: "An ExpressRoute gateway's GatewaySubnet is a /27 or larger, as Microsoft recommends.",
  why: "Microsoft recommends /27 and, since 2025, no longer supports /28 or smaller for new gateways; a gateway already in a /28 or /29 keeps working but has no room to grow.",
  source: GATEWAY_SUBNET.newDeploymentsSource,
  check(model, report) {
    for (const g of vnetGateways(model)) {
      const prefix = subnetOfGateway(model, g)?.addressPrefix;
      if (typeof prefix !== "string") continue;
      const parsed = parsePrefix(prefix);
      if (!parsed.ok || parsed.prefix.family !== 4) continue; // gateway-subnet-size refuses those
      const length = parsed.prefix.length;
      if (length <= GATEWAY_SUBNET.recommendedPrefixLength || length > GATEWAY_SUBNET.minPrefixLength)
        continue;
      report.fail(g, "ipConfigurations[0].subnet.id", {
        message: `The GatewaySubnet is a /${length}: Microsoft recommends a /27 or larger, and no longer supports /28 or smaller for new gateways.`,
        value: prefix,
        allowed: `/${GATEWAY_SUBNET.recommendedPrefixLength} or larger`,
        fix: "Give a new gateway a /27 GatewaySubnet (/26 for ErGwScale or 16 circuits); an existing gateway can stay.",
      });
    }
  },
};
