import fc from "fast-check";
import type { Finding } from "../../lib/core/findings";
import { parseViolationMessage, violationMessage } from "../../lib/policy-pack";
import { policyFailureMessage } from "../../lib/policy-pack/adapter/violation-message";

const URN = "urn:pulumi:dev::estate::azure-native:network:ExpressRouteCircuit::er-ams";

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: "peering-dual-bgp",
  severity: "mandatory",
  resource: URN,
  path: "peerings[0].secondaryPeerAddressPrefix",
  message: "Dual BGP needs both links: the secondary link has no /30.",
  value: "(not set)",
  allowed: "an aligned IPv4 /30, e.g. 192.168.100.128/30",
  fix: "Give both prefixes. Usually the two /30s of one /29.",
  ...over,
});

describe("a violation's finding, read back from its message", () => {
  it("gives every field of the finding the pack reported", () => {
    const f = finding();
    expect(parseViolationMessage(violationMessage(f), f.ruleId, URN)).toEqual({
      ruleId: f.ruleId,
      resource: "er-ams",
      path: f.path,
      message: f.message,
      value: f.value,
      allowed: f.allowed,
      fix: f.fix,
    });
  });

  it("reads back any finding whose fields do not hold the message's own separators", () => {
    const text = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((s) => !/(: |Got |; allowed: |\. Fix: |\[)/.test(s) && !s.endsWith(".") && !s.endsWith(" "));
    const field = fc.string({ maxLength: 40 }).filter((s) => !/( Got |; allowed: |\. Fix: )/.test(s));
    fc.assert(
      fc.property(text, field, field, field, field, (path, message, value, allowed, fix) => {
        const f = finding({ path, message, value, allowed, fix });
        const parsed = parseViolationMessage(violationMessage(f), f.ruleId, URN);
        expect(parsed).toEqual({ ruleId: f.ruleId, resource: "er-ams", path, message, value, allowed, fix });
      }),
      { numRuns: 300 },
    );
  });

  it("gives nothing for another policy's text, or a policy that failed", () => {
    expect(parseViolationMessage("er-ams: something else entirely", "peering-dual-bgp", URN)).toBeUndefined();
    expect(parseViolationMessage(violationMessage(finding()), "another-policy", URN)).toBeUndefined();
    const failed = policyFailureMessage("peering-dual-bgp", "er-ams", "Cannot read properties of undefined");
    expect(parseViolationMessage(failed, "peering-dual-bgp", URN)).toBeUndefined();
  });
});
