import * as fs from "node:fs";
import * as path from "node:path";
import { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { defaultPolicyPack, plan } from "../../lib/plan/plan";

const root = path.resolve(__dirname, "../..");
const programs = [
  ".",
  ...fs
    .readdirSync(path.join(root, "examples"))
    .filter((d) => fs.existsSync(path.join(root, "examples", d, "Pulumi.yaml")))
    .map((d) => `examples/${d}`),
];

let analyzer: PolicyAnalyzer;
beforeAll(async () => {
  analyzer = await PolicyAnalyzer.start(defaultPolicyPack());
});
afterAll(() => analyzer.stop());

describe("every example passes the policy pack", () => {
  it.each(programs)("%s plans with no violation", async (dir) => {
    const result = await plan(path.join(root, dir), { typeCheck: false, analyzer });
    expect(result.run.resources.length).toBeGreaterThan(1);
    expect(result.violations).toEqual([]);
  });
});
