import * as path from "node:path";
import { PolicyAnalyzer } from "../../lib/plan/analyzer";
import { plan, defaultPolicyPack } from "../../lib/plan/plan";
const FIXTURE_DIR = path.resolve(__dirname, "../fixtures/raw-program");
let analyzer: PolicyAnalyzer;
beforeAll(async () => { analyzer = await PolicyAnalyzer.start(defaultPolicyPack()); });
afterAll(() => analyzer.stop());
it("probe", async () => {
  for (const s of ["single-30-standalone", "single-30-inline", "compliant-standalone", "compliant-inline"]) {
    const t = Date.now();
    const result = await plan(FIXTURE_DIR, { config: { scenario: s }, typeCheck: false, analyzer });
    console.log(s, Date.now() - t, JSON.stringify(result.violations));
  }
  for (const s of ["single-30-standalone", "compliant-standalone"]) {
    const t = Date.now();
    const result = await plan(FIXTURE_DIR, { config: { scenario: s }, typeCheck: false, analyzer, preview: true });
    console.log("preview", s, Date.now() - t, JSON.stringify(result.violations), JSON.stringify(result.run.resources.map(r=>[r.name, r.serializedInputs, r.propertyDependencies])));
  }
});
