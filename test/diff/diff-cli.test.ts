import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../lib/plan/cli";

// Issue 12: `expressroute diff --state STATE.json [PROGRAM_DIR]`, as a CI job runs it.

const root = path.resolve(__dirname, "../..");
const program = path.join(root, "test/fixtures/diff-program");
const state = path.join(root, "test/fixtures/diff-state/deployed.json");

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("expressroute diff", () => {
  it("exits 1 on a refused change, grouping the changes by resource with old -> new", async () => {
    const r = await cli("diff", "--state", state, program, "--no-type-check", "--config", "bandwidth=500");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Diff of diff-program (stack dev) against");
    expect(r.out).toContain("~  update  azure-native:network:ExpressRouteCircuit er-ams");
    expect(r.out).toContain("serviceProviderProperties.bandwidthInMbps: 1000 -> 500");
    expect(r.out).toMatch(/Refused changes: 1\n\s+\[change-circuit-bandwidth-decrease\] er-ams: /);
    expect(r.out).toContain("Result: REFUSED");
  });

  it("gives the same as one JSON document, and exits 0 when nothing is refused", async () => {
    const r = await cli(
      "diff",
      "--state",
      state,
      program,
      "--no-type-check",
      "--json",
      "--config",
      "bandwidth=2000",
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ verdict: "pass", exitCode: 0, stack: "dev", refused: [] });
    expect(doc.warnings.map((w: any) => w.ruleId)).toEqual(["change-circuit-bandwidth-increase"]);
    expect(doc.resources.find((x: any) => x.name === "er-ams")).toMatchObject({
      action: "update",
      changes: [{ path: "serviceProviderProperties.bandwidthInMbps", old: 1000, new: 2000 }],
    });
  });

  it("exits 2 with the reason for a state that is not a stack export, and when --state is missing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "expressroute-diff-"));
    const bad = path.join(dir, "state.json");
    fs.writeFileSync(bad, JSON.stringify({ version: 2, deployment: {} }));
    const wrong = await cli("diff", "--state", bad, program, "--no-type-check", "--json");
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.out)).toMatchObject({ verdict: "error" });
    expect(wrong.err).toContain("deployment version 2; expected the output of `pulumi stack export`");
    const missing = await cli("diff", program);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--state <FILE>");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
