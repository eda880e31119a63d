import { UNKNOWN } from "../../../lib/core/model";
import { connectionDualStack } from "../../../lib/core/rules/connection-dual-stack";
import {
  CONNECTION,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  gatewayModel,
  gatewaySubnet,
  privatePeering,
  run,
} from "./fixtures";

const ruleId = "connection-dual-stack";
const DUAL_STACK = gatewaySubnet({ addressPrefixes: ["10.10.255.0/27", "fd00:10:255::/64"] });
const V6 = {
  primaryPeerAddressPrefix: "2001:db8:0:1::/126",
  secondaryPeerAddressPrefix: "2001:db8:0:1::4/126",
};

describe("connection-dual-stack", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(connectionDualStack, m)).toEqual([]);
  });

  it("accepts a dual-stack gateway linked to a circuit whose private peering has IPv6", () => {
    const m = gatewayModel({
      vnet: { subnets: [DUAL_STACK] },
      circuit: { peerings: [privatePeering({ ipv6: V6 })] },
    });
    expect(run(connectionDualStack, m)).toEqual([]);
  });

  it("accepts an IPv4-only gateway linked to a dual-stack circuit", () => {
    const m = gatewayModel({ circuit: { peerings: [privatePeering({ ipv6: V6 })] } });
    expect(run(connectionDualStack, m)).toEqual([]);
  });

  it("refuses a dual-stack gateway linked to a circuit whose private peering is IPv4 only", () => {
    const f = expectOnly(run(connectionDualStack, gatewayModel({ vnet: { subnets: [DUAL_STACK] } })), {
      ruleId,
      severity: "mandatory",
      path: "peer.id",
      resource: CONNECTION,
    });
    expect(f.message).toContain("IPv4 only");
  });

  it("cannot verify a gateway whose subnet prefixes are unknown at preview", () => {
    const m = gatewayModel({ vnet: { subnets: [gatewaySubnet({ addressPrefixes: UNKNOWN })] } });
    expectOnlyUnverifiable(run(connectionDualStack, m), ruleId, "virtualNetworkGateway1.id", CONNECTION);
  });
});
