import type { PolicyAnalyzer, Violation } from "../../lib/plan/analyzer";
import { OPERATIONS_POLICIES, nameOf, planScenario, startAnalyzer } from "./support";

// Issue 13: the pack's advice on how a raw stack is operated: a BGP availability alert per link on every
// circuit, a lock on every circuit and port when the stack locks anything, and a circuit's logs sent wherever
// the stack sends logs.
let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

/** The operations advice of a scenario, as [policy, resource] pairs. */
async function advice(scenario: string, preview = false): Promise<[string, string | undefined][]> {
  const { violations } = await planScenario(analyzer, scenario, { operationsAdvice: true, preview });
  const ops = violations.filter((v: Violation) => OPERATIONS_POLICIES.includes(v.policy));
  for (const v of ops) expect(v.level).toBe("advisory");
  return ops.map((v) => [v.policy, nameOf(v.urn)]);
}

describe("operations advice on raw stacks", () => {
  it("is silent for a circuit with a per-link BGP alert, a lock and its logs sent", async () => {
    expect(await advice("ops-watched")).toEqual([]);
  });

  it("is silent at preview too, where the alert, lock and setting find the circuit by property dependencies", async () => {
    expect(await advice("ops-watched", true)).toEqual([]);
  });

  it("names a circuit without a BGP availability alert", async () => {
    expect(await advice("ops-no-alert")).toEqual([["circuit-availability-alerts", "er-ams"]]);
    const { violations } = await planScenario(analyzer, "ops-no-alert", { operationsAdvice: true });
    expect(violations.find((v) => v.policy === "circuit-availability-alerts")!.message).toContain(
      'dimensions [{ name: "Peer"',
    );
  });

  it("names an alert that averages both links, since it cannot say which link failed", async () => {
    expect(await advice("ops-unsplit-alert")).toEqual([["circuit-availability-alerts", "er-ams"]]);
    const { violations } = await planScenario(analyzer, "ops-unsplit-alert", { operationsAdvice: true });
    expect(violations[0].message).toContain("not split by peer");
  });

  it("names only the circuit the alert does not watch", async () => {
    expect(await advice("ops-alert-on-one")).toEqual([["circuit-availability-alerts", "er-ams-2"]]);
  });

  it("names the circuit and the port left unlocked in a stack that locks", async () => {
    expect(await advice("ops-lock-one")).toEqual([
      ["resource-lock", "er-ams-2"],
      ["resource-lock", "erd-ams"],
    ]);
  });

  it("counts a resource-group lock for every circuit and port of the group", async () => {
    expect(await advice("ops-lock-resource-group")).toEqual([]);
  });

  it("names the circuit whose logs are not sent where the stack sends others", async () => {
    expect(await advice("ops-diagnostics-one")).toEqual([["circuit-diagnostics", "er-ams-2"]]);
  });
});
