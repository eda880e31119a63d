import * as path from "node:path";
import { main } from "../../lib/plan/cli";

const root = path.resolve(__dirname, "../..");
const fixture = (name: string) => path.join(root, "test/fixtures", name);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("expressroute plan", () => {
  it("prints one JSON document with resources and violations, secrets masked, and exits 0 when nothing is mandatory", async () => {
    const r = await cli("plan", path.join(root, "examples/premium-circuit"), "--json", "--no-type-check");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc).sort()).toEqual(["exemptions", "levelChanges", "resources", "violations"]);
    for (const res of doc.resources)
      expect(Object.keys(res).sort()).toEqual(["inputs", "name", "parent", "type", "urn"]);
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
    expect(JSON.parse(r.out).violations.map((v: any) => v.policy)).toEqual(["peering-dual-bgp"]);
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

  it("exits 2 on a config flag without a value", async () => {
    const r = await cli("plan", fixture("raw-program"), "--config", "scenario");
    expect(r.code).toBe(2);
    expect(r.err).toContain('--config takes key=value, got "scenario"');
  });
});
