import * as os from "node:os";
import Ajv from "ajv";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../lib/plan/cli";

const root = path.resolve(__dirname, "../..");
const fixture = (name: string) => path.join(root, "test/fixtures", name);

const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(fs.readFileSync(path.join(root, "schemas/plan.schema.json"), "utf8")),
);

/** Asserts that a `--json` document matches the published schema. */
function expectValidDocument(doc: unknown): void {
  validate(doc);
  expect(validate.errors ?? []).toEqual([]);
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("expressroute plan", () => {
  it("prints the Mermaid flowchart instead of the plan with --mermaid -, keeping the verdict's exit code", async () => {
    const r = await cli(
      "plan",
      path.join(root, "examples/redundant-circuit"),
      "--mermaid",
      "-",
      "--no-type-check",
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^flowchart LR\n/);
    expect(r.out).not.toContain("Result:");
  });

  it("refuses --html or --mermaid into a directory that does not exist, before planning", async () => {
    const missing = path.join(os.tmpdir(), "no-such-dir-for-the-report", "r.html");
    const refused = await cli("plan", path.join(root, "examples/premium-circuit"), "--html", missing);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`--html ${missing}: its directory does not exist`);
  });

  it("prints one JSON document with resources and violations, secrets masked, and exits 0 when nothing is mandatory (writing the report and flowchart asked for)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
    const [html, mermaid] = [path.join(dir, "report.html"), path.join(dir, "estate.mmd")];
    const r = await cli(
      "plan",
      path.join(root, "examples/premium-circuit"),
      "--json",
      "--no-type-check",
      "--html",
      html,
      "--mermaid",
      mermaid,
    );
    expect(r.code).toBe(0);
    // The same run writes the report and the flowchart (issue 14), one self-contained file.
    const page = fs.readFileSync(html, "utf8");
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('data-kind="circuit"');
    expect(page).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(fs.readFileSync(mermaid, "utf8")).toMatch(/^flowchart LR\n/);
    const doc = JSON.parse(r.out);
    expectValidDocument(doc);
    expect(doc).toMatchObject({ version: 1, verdict: "pass", exitCode: 0, project: "premium-circuit" });
    expect(doc.pack).toEqual({ name: "expressroute", version: "0.1.0", policies: expect.any(Number) });
    for (const res of doc.resources)
      expect(Object.keys(res).sort()).toEqual(["inputs", "name", "parent", "protect", "type", "urn"]);
    // The topology as data: each link's /30 with both routers' addresses, whether an MD5 key is set (never it).
    const [circuit] = doc.topology.circuits;
    expect(circuit).toMatchObject({ tier: "Premium", peeringLocation: "Washington DC" });
    expect(circuit.peerings[0].primary).toEqual({
      prefix: expect.stringMatching(/\/30$/),
      customerAddress: expect.any(String),
      microsoftAddress: expect.any(String),
    });
    expect(circuit.peerings.map((p: any) => p.md5Key)).toContain(true);
    const peering = doc.resources.find((x: any) => x.name === "wdc-er-private-peering");
    expect(peering.type).toBe("azure-native:network:ExpressRouteCircuitPeering");
    expect(peering.parent).toMatch(/PremiumCircuit::wdc-er$/);
    expect(peering.inputs.sharedKey).toBe("[secret]");
    expect(r.out).not.toContain("ExampleKey2024");
    expect(doc.violations.filter((v: any) => v.level === "mandatory")).toEqual([]);
  });

  it("never prints a BGP key, even one the program did not mark secret", async () => {
    const r = await cli(
      "plan",
      fixture("raw-program"),
      "--json",
      "--no-type-check",
      "--config",
      "scenario=peering-md5-key-not-alphanumeric-standalone",
    );
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    const peering = doc.resources.find(
      (x: any) => x.type === "azure-native:network:ExpressRouteCircuitPeering",
    );
    expect(peering.inputs.sharedKey).toBe("[secret]");
    expect(doc.violations.map((v: any) => [v.policy, v.level])).toContainEqual([
      "bgp-md5-key-format",
      "mandatory",
    ]);
  });

  it("exits 1 with --json too, and uses another policy pack given by --policy-pack", async () => {
    const r = await cli(
      "plan",
      fixture("raw-program"),
      "--json",
      "--no-type-check",
      "--policy-pack",
      path.join(root, "policies"),
      "--config",
      "scenario=single-30-inline",
    );
    expect(r.code).toBe(1);
    // The raw program's circuit also has no BGP availability alert: advice, beside the refusal.
    expect(JSON.parse(r.out).violations.map((v: any) => v.policy)).toEqual([
      "peering-dual-bgp",
      "circuit-availability-alerts",
    ]);
    const missing = await cli(
      "plan",
      fixture("raw-program"),
      "--policy-pack",
      path.join(root, "examples"),
      "--no-type-check",
      "--config",
      "scenario=single-30-inline",
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /no PulumiPolicy\.yaml in .*examples: --policy-pack must name a policy pack directory/,
    );
  });

  it("exits 1 and names the peering when a raw program has a single-/30 private peering", async () => {
    const r = await cli(
      "plan",
      fixture("raw-program"),
      "--config",
      "scenario=single-30-standalone",
      "--no-type-check",
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain("[peering-dual-bgp] ams-private: secondaryPeerAddressPrefix:");
    expect(r.out).toContain("ExpressRouteCircuitPeering::ams-private");
    expect(r.out).toContain("Result: FAIL");
  });

  it("exits 2 with one line when there is no Pulumi.yaml", async () => {
    const r = await cli("plan", path.join(root, "lib"), "--no-type-check");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^expressroute: no Pulumi\.yaml in .*\/lib: point expressroute plan at a Pulumi program directory\n$/,
    );
  });

  it("exits 2 on an unknown flag", async () => {
    const r = await cli("plan", ".", "--colour");
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option '--colour'");
  });

  it("exits 2 and gives file:line:column for a TypeScript error", async () => {
    const r = await cli("plan", fixture("broken-ts"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /TypeScript error: test\/fixtures\/broken-ts\/index\.ts:2:7: Type 'string' is not assignable to type 'number'\. \[TS2322\]/,
    );
  });

  it("exits 2 and lists the component's findings when the program is refused", async () => {
    const r = await cli("plan", fixture("refused-program"), "--no-type-check");
    expect(r.code).toBe(2);
    expect(r.err).toContain('RedundantCircuit "single" has 1 invalid argument');
    expect(r.err).toContain("privatePeering.secondaryPeerAddressPrefix:");
    expect(r.err).toContain("[peering-dual-bgp]");
  });

  it("lists every component's refusal at once, in text and as one JSON document", async () => {
    const text = await cli("plan", fixture("refused-twice"), "--no-type-check");
    expect(text.code).toBe(2);
    expect(text.err).toContain("the program was refused (2 components)");
    expect(text.err).toContain('RedundantCircuit "single" has 1 invalid argument');
    expect(text.err).toContain('ExpressRouteGateway "tiny" has 1 invalid argument');
    const json = await cli("plan", fixture("refused-twice"), "--no-type-check", "--json");
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.out);
    expectValidDocument(doc);
    expect(doc.verdict).toBe("refused");
    expect(doc.refusals.map((x: any) => [x.component, x.name, x.findings.map((f: any) => f.ruleId)])).toEqual(
      [
        ["RedundantCircuit", "single", ["peering-dual-bgp"]],
        ["ExpressRouteGateway", "tiny", ["gateway-subnet-size"]],
      ],
    );
  });

  it("gives a TypeScript error and an unknown flag as one JSON document with exit 2", async () => {
    const ts = await cli("plan", fixture("broken-ts"), "--json");
    expect(ts.code).toBe(2);
    const doc = JSON.parse(ts.out);
    expectValidDocument(doc);
    expect(doc).toMatchObject({ verdict: "error", exitCode: 2 });
    expect(doc.error).toMatch(/TypeScript error: .*index\.ts:2:7/);
    const flag = await cli("plan", ".", "--json", "--no-such-flag");
    expect(flag.code).toBe(2);
    expect(JSON.parse(flag.out)).toMatchObject({
      verdict: "error",
      error: expect.stringMatching(/no-such-flag/),
    });
  });

  it("gives each violation's finding as fields in --json", async () => {
    const r = await cli(
      "plan",
      fixture("raw-program"),
      "--json",
      "--no-type-check",
      "--config",
      "scenario=links-share-authorization",
    );
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expectValidDocument(doc);
    expect(doc.verdict).toBe("fail");
    const v = doc.violations.find((x: any) => x.policy === "authorization-single-use");
    expect(v.finding).toEqual({
      ruleId: "authorization-single-use",
      resource: "spoke-link-2",
      path: "authorizationKey",
      message: expect.stringContaining("redeems the same authorization as spoke-link-1"),
      value: "an authorization key already redeemed by another connection",
      allowed: "one authorization (and key) per connection",
      fix: "Create one more authorization on the circuit and give this connection its key.",
    });
  });

  it("shows the stack outputs with secrets masked, and explains [protected], in text and JSON", async () => {
    const text = await cli("plan", fixture("outputs-program"), "--no-type-check");
    expect(text.code).toBe(0);
    expect(text.out).toContain("+ azure-native:network:RouteFilter kept [protected]");
    expect(text.out).toMatch(/\[protected\]: Pulumi refuses to delete it/);
    expect(text.out).toContain("Stack outputs (3):");
    expect(text.out).toContain('  serviceKey: "[secret]"');
    expect(text.out).toContain('  filterName: "kept"');
    expect(text.out).toContain('"customerAddress":"192.168.100.129"');
    const json = await cli("plan", fixture("outputs-program"), "--no-type-check", "--json");
    const doc = JSON.parse(json.out);
    expectValidDocument(doc);
    expect(doc.outputs).toEqual({
      filterName: "kept",
      serviceKey: "[secret]",
      links: { primary: { prefix: "192.168.100.128/30", customerAddress: "192.168.100.129" } },
    });
    expect(doc.resources.find((r: any) => r.name === "kept").protect).toBe(true);
    expect(text.out + json.out).not.toContain("s3cr3t-service-key");
  });

  it("exits 2 on a config flag without a value", async () => {
    const r = await cli("plan", fixture("raw-program"), "--config", "scenario");
    expect(r.code).toBe(2);
    expect(r.err).toContain('--config takes key=value, got "scenario"');
  });
});
