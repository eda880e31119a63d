import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import {
  expectViolation,
  mandatory,
  planScenario,
  policiesOf,
  startAnalyzer,
  violationCase,
} from "./support";

// Issue 8: raw properties a gate meets in the wild. The pack judges each one: it never crashes, never passes
// it silently, and never prints what the user marked secret or its own internal markers.

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

const REPORTED = [
  violationCase("inline peerings are an object instead of a list", "peerings-not-a-list", {
    policy: "property-shape",
    level: "mandatory",
    resource: "er-ams",
    path: "peerings",
  }),
  violationCase(
    "a Global Reach connection's ipv6CircuitConnectionConfig is a string",
    "reach-ipv6-config-not-an-object",
    {
      policy: "property-shape",
      level: "mandatory",
      resource: "ams-lon-reach",
      path: "ipv6CircuitConnectionConfig",
    },
  ),
  violationCase("the BGP MD5 key is a number", "md5-key-not-a-string", {
    policy: "property-shape",
    level: "mandatory",
    resource: "ams-private",
    path: "sharedKey",
  }),
  violationCase("a link prefix has a leading space", "prefix-with-spaces", {
    policy: "peering-dual-bgp",
    level: "mandatory",
    resource: "ams-private",
    path: "primaryPeerAddressPrefix",
  }),
  violationCase(
    "a Global Reach connection has an empty id for its own peering",
    "reach-without-own-peering-id",
    {
      policy: "global-reach-circuits",
      level: "mandatory",
      resource: "ams-lon-reach",
      path: "expressRouteCircuitPeering.id",
    },
  ),
  violationCase(
    "a Global Reach connection's peer id is a circuit's id, not its private peering's",
    "reach-peer-id-not-a-peering-id",
    {
      policy: "global-reach-circuits",
      level: "mandatory",
      resource: "ams-lon-reach",
      path: "peerExpressRouteCircuitPeering.id",
    },
  ),
  violationCase("a VNet link names its circuit by name instead of id", "link-peer-not-an-id", {
    policy: "property-shape",
    level: "mandatory",
    resource: "ams-link",
    path: "peer.id",
  }),
  violationCase("a gateway names its subnet by name instead of id", "gateway-subnet-not-an-id", {
    policy: "property-shape",
    level: "mandatory",
    resource: "hub-gateway",
    path: "ipConfigurations[0].subnet.id",
  }),
  violationCase(
    "the gateway sits in a subnet of another stack named default",
    "gateway-external-subnet-not-gateway-subnet",
    {
      policy: "gateway-subnet-size",
      level: "mandatory",
      resource: "hub-gateway",
      path: "ipConfigurations[0].subnet.id",
    },
  ),
];

describe("the pack over hostile raw properties", () => {
  it.each(REPORTED)("$title", async ({ scenario, expected }) => {
    expectViolation((await planScenario(analyzer, scenario)).violations, expected);
  });

  it("property-shape reports a VLAN id given as text, naming the property and the type azure-native declares", async () => {
    const { violations } = await planScenario(analyzer, "vlan-as-text");
    const shape = violations.find((v) => v.policy === "property-shape");
    expect(shape?.message).toContain(
      'ams-private: vlanId: The property must be a number. Got "100"; allowed: a number.',
    );
  });

  it("says 'cannot verify' for inline peerings only known at preview, instead of passing or failing them", async () => {
    const { violations } = await planScenario(analyzer, "inline-peerings-unknown-at-preview", {
      preview: true,
    });
    expect(mandatory(violations)).toEqual([]);
    expect(policiesOf(violations)).toEqual([
      "connection-circuit-private-peering",
      "maximum-resiliency",
      "peering-dual-bgp",
    ]);
    expect(violations.find((v) => v.policy === "peering-dual-bgp")?.message).toContain(
      "er-ams: peerings: Cannot verify peerings: the circuit's peerings are only known at deploy time.",
    );
  });

  it("never prints a value the user marked secret: it says 'a secret value' and what is wrong with it", async () => {
    const { violations } = await planScenario(analyzer, "secret-values-in-violations");
    expect(policiesOf(violations)).toEqual(["peer-asn-valid", "peering-dual-bgp"]);
    for (const v of violations) {
      expect(v.message).toContain("Got a secret value;");
      expect(v.message.split("allowed:")[0]).not.toMatch(/65515|192\.168\.100\.129/);
    }
    expect(violations.find((v) => v.policy === "peer-asn-valid")?.message).toContain(
      "The peer ASN is reserved by Azure.",
    );
  });

  it("never shows its internal markers (id:, name:) in a message about a resource outside the stack", async () => {
    const { violations } = await planScenario(analyzer, "link-to-circuit-outside-the-stack");
    expect(violations.length).toBeGreaterThan(0);
    for (const v of violations) expect(v.message).not.toMatch(/\b(id|name):/);
  });
});
