import { privatePeeringVnetOverlap } from "../../../lib/core/rules";
import {
  CIRCUIT,
  VALID_MODELS,
  circuit,
  expectCompleteRecipe,
  expectOnly,
  microsoftPeering,
  model,
  privatePeering,
  run,
  vnet,
} from "./fixtures";

const ruleId = "private-peering-vnet-overlap";

/** The base circuit and a VNet with this address space. */
const withVnet = (addressPrefixes: string[], peerings = [privatePeering()]) =>
  model({ circuits: [circuit({ peerings })], vnets: [vnet({ addressPrefixes })] });

describe(ruleId, () => {
  it.each(VALID_MODELS)("accepts the %s", (_what, m) => {
    expect(run(privatePeeringVnetOverlap, m)).toEqual([]);
  });

  it("accepts link prefixes outside every VNet", () => {
    expect(run(privatePeeringVnetOverlap, withVnet(["10.10.0.0/16", "192.168.0.0/24"]))).toEqual([]);
  });

  it.each([
    ["inside a VNet's address space", ["192.168.100.0/24"], "primaryPeerAddressPrefix"],
    ["equal to a VNet's address space", ["192.168.100.132/30"], "secondaryPeerAddressPrefix"],
  ])("rejects a link prefix %s", (_what, addressPrefixes, field) => {
    const findings = run(privatePeeringVnetOverlap, withVnet(addressPrefixes));
    const f = findings.find((x) => x.path === `privatePeering.${field}`) ?? findings[0];
    expect(
      findings.every((x) => x.ruleId === ruleId && x.severity === "mandatory" && x.resource === CIRCUIT),
    ).toBe(true);
    expect(f.path).toBe(`privatePeering.${field}`);
    expectCompleteRecipe(f);
    expect(f.message).toContain(addressPrefixes[0]);
  });

  it("ignores Microsoft peering (public addresses)", () => {
    expect(run(privatePeeringVnetOverlap, withVnet(["123.1.0.0/16"], [microsoftPeering()]))).toEqual([]);
  });

  it("reports each overlapping link once", () => {
    expectOnly(run(privatePeeringVnetOverlap, withVnet(["192.168.100.128/30"])), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.primaryPeerAddressPrefix",
    });
  });
});
