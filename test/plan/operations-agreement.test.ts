import * as path from "node:path";
import type { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { plan } from "../../lib/plan/plan";
import { OPERATIONS_POLICIES, nameOf, startAnalyzer } from "../policies/support";

// Issue 13: a program built with the components gets the same operations advice from the pack as raw
// resources do: none for a circuit left with the components' alerts and lock and given a workspace; all three
// for one that turns them off.
let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await startAnalyzer();
});
afterAll(() => analyzer.stop());

it("advises on the circuit whose alerts, lock and logs were turned off, and only on it", async () => {
  const result = await plan(path.resolve(__dirname, "../fixtures/operations-program"), {
    typeCheck: false,
    analyzer,
  });
  const advice = result.violations
    .filter((v) => OPERATIONS_POLICIES.includes(v.policy))
    .map((v) => [v.policy, v.level, nameOf(v.urn)]);
  expect(advice).toEqual([
    ["circuit-availability-alerts", "advisory", "unwatched-circuit"],
    ["resource-lock", "advisory", "unwatched-circuit"],
    ["circuit-diagnostics", "advisory", "unwatched-circuit"],
  ]);
});
