import { directPortLinkDisabled } from "../../../lib/core/rules/direct-port-link-disabled";
import { PORT, VALID_MODELS, directModel, expectOnly, model, port, portLink, run } from "./fixtures";

const ruleId = "direct-port-link-disabled";
const DISABLED = portLink({ adminState: "Disabled" });

describe("direct-port-link-disabled", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directPortLinkDisabled, m)).toEqual([]);
  });

  it("accepts a new port with both links disabled and no circuit on it yet", () => {
    expect(run(directPortLinkDisabled, model({ ports: [port({ links: [DISABLED, DISABLED] })] }))).toEqual(
      [],
    );
  });

  it("advises that a circuit on a port with one disabled link has no redundancy", () => {
    const f = expectOnly(run(directPortLinkDisabled, directModel({ links: [portLink(), DISABLED] })), {
      ruleId,
      severity: "advisory",
      path: "links[1].adminState",
      resource: PORT,
    });
    expect(f.message).toContain("no redundancy");
    expect(f.message).not.toContain("carry no traffic");
  });

  it("advises on each link when both are disabled under a circuit, which then carries nothing", () => {
    const findings = run(directPortLinkDisabled, directModel({ links: [DISABLED, DISABLED] }));
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      ["links[0].adminState", "advisory"],
      ["links[1].adminState", "advisory"],
    ]);
    expect(findings[0].message).toContain("carry no traffic");
  });
});
