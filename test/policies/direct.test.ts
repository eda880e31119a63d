import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { expectViolation, planScenario, startAnalyzer, violationCase } from "./support";

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

const PORTS = [
  violationCase("the port speed is 25 Gbps", "direct-port-25g", {
    policy: "direct-port-valid",
    level: "mandatory",
    resource: "ams-port",
    path: "bandwidthInGbps",
  }),
  violationCase("the encapsulation is VXLAN", "direct-port-vxlan", {
    policy: "direct-port-valid",
    level: "mandatory",
    resource: "ams-port",
    path: "encapsulation",
  }),
  violationCase("the encapsulation is not set", "direct-port-no-encapsulation", {
    policy: "direct-port-valid",
    level: "mandatory",
    resource: "ams-port",
    path: "encapsulation",
  }),
  violationCase(
    "the facility's metro (Marseille) does not offer Direct",
    "direct-port-location-without-direct",
    {
      policy: "direct-port-valid",
      level: "mandatory",
      resource: "mrs-port",
      path: "peeringLocation",
    },
  ),
  violationCase("the port has no peering location", "direct-port-no-location", {
    policy: "direct-port-valid",
    level: "mandatory",
    resource: "ams-port",
    path: "peeringLocation",
  }),
  violationCase("the port has one link", "direct-port-one-link", {
    policy: "direct-port-valid",
    level: "mandatory",
    resource: "ams-port",
    path: "links",
  }),
  violationCase(
    "a circuit sits on a port whose second link is disabled",
    "direct-circuit-on-port-with-disabled-link",
    {
      policy: "direct-port-link-disabled",
      level: "advisory",
      resource: "ams-port",
      path: "links[1].adminState",
    },
  ),
  violationCase("the port is 400 Gbps", "direct-port-400g", {
    policy: "direct-port-400g-enrolment",
    level: "advisory",
    resource: "ams-port",
    path: "bandwidthInGbps",
  }),
  violationCase("the facility maps to no catalog location", "direct-port-unknown-facility", {
    policy: "direct-port-location-known",
    level: "advisory",
    resource: "xx-port",
    path: "peeringLocation",
  }),
];

const MACSEC = [
  violationCase("the CKN is a raw key, not a Key Vault secret id", "direct-port-macsec-raw-ckn", {
    policy: "direct-port-macsec",
    level: "mandatory",
    resource: "ams-port",
    path: "links[0].macSecConfig.cknSecretIdentifier",
  }),
  violationCase("the CAK is missing", "direct-port-macsec-no-cak", {
    policy: "direct-port-macsec",
    level: "mandatory",
    resource: "ams-port",
    path: "links[0].macSecConfig.cakSecretIdentifier",
  }),
  violationCase("the cipher is not supported", "direct-port-macsec-bad-cipher", {
    policy: "direct-port-macsec",
    level: "mandatory",
    resource: "ams-port",
    path: "links[0].macSecConfig.cipher",
  }),
  violationCase("MACsec is on but the port has no user-assigned identity", "direct-port-macsec-no-identity", {
    policy: "direct-port-macsec",
    level: "mandatory",
    resource: "ams-port",
    path: "identity.userAssignedIdentities",
  }),
  violationCase("a link uses the non-XPN GcmAes256 cipher", "direct-port-macsec-non-xpn", {
    policy: "direct-port-macsec-xpn",
    level: "advisory",
    resource: "ams-port",
    path: "links[0].macSecConfig.cipher",
  }),
];

const CIRCUITS = [
  violationCase("a circuit takes 40 Gbps of a 10 Gbps port", "direct-circuit-40g-on-10g-port", {
    policy: "direct-circuit-bandwidth",
    level: "mandatory",
    resource: "ams-direct",
    path: "bandwidthInGbps",
  }),
  violationCase("a Direct circuit has no bandwidthInGbps", "direct-circuit-no-bandwidth", {
    policy: "direct-circuit-bandwidth",
    level: "mandatory",
    resource: "ams-direct",
    path: "bandwidthInGbps",
  }),
  violationCase(
    "two circuits on one Dot1Q port use VLAN 100 (standalone peerings)",
    "direct-dot1q-vlan-clash-standalone",
    {
      policy: "peering-vlan-valid",
      level: "mandatory",
      resource: "test-private",
      path: "vlanId",
    },
  ),
  violationCase(
    "two circuits on one Dot1Q port use VLAN 100 (inline peerings)",
    "direct-dot1q-vlan-clash-inline",
    {
      policy: "peering-vlan-valid",
      level: "mandatory",
      resource: "ams-test",
      path: "peerings[0].vlanId",
    },
  ),
];

describe("ExpressRoute Direct ports", () => {
  it.each(PORTS)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });
});

describe("MACsec on Direct ports", () => {
  it.each(MACSEC)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("direct-port-macsec describes a raw key instead of printing it", async () => {
    const { violations } = await planScenario(analyzer, "direct-port-macsec-raw-ckn");
    expect(violations[0].message).toContain("a value of 32 characters that is not a Key Vault URL");
    expect(violations[0].message).not.toContain("0123456789abcdef0123456789abcdef");
  });
});

describe("circuits on Direct ports", () => {
  it.each(CIRCUITS)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("peering-vlan-valid accepts the same VLAN on two circuits of a QinQ port", async () => {
    expect((await planScenario(analyzer, "direct-qinq-same-vlans")).violations).toEqual([]);
  });

  it("direct-circuit-bandwidth says it cannot verify (advisory, never mandatory) a circuit on a port outside the stack", async () => {
    const { violations } = await planScenario(analyzer, "direct-circuit-on-external-port");
    expect(violations).toHaveLength(1);
    const [v] = violations;
    expect(v.policy).toBe("direct-circuit-bandwidth");
    expect(v.level).toBe("advisory");
    expect(v.message).toContain(
      "Cannot verify expressRoutePort.id: the port is not in this stack, so its speed is unknown.",
    );
    expect(v.message).toContain("ams-direct: expressRoutePort.id");
  });
});
