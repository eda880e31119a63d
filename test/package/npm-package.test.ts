import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PolicyAnalyzer } from "../../lib/plan/analyzer";
import type { RecordedResource } from "../../lib/plan/recorder";
import { BINDINGS, expressRoutePolicies } from "../../lib/policy-pack";

// Issue 11: the library as a user gets it. `npm pack` makes the tarball, npm installs it with the peer
// dependencies into a new program, and the installed pack is loaded exactly as Pulumi's policy host loads it.
// Run with `npm run test:package` (CI runs it after `npm test`): it builds, packs and installs, so it is slow.

const root = path.resolve(__dirname, "../..");
const versionOf = (pkg: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

let work: string;
let program: string;
let installed: string;

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "expressroute-package-"));
  const tarball = npm(["pack", "--silent", "--pack-destination", work], root).trim().split("\n").pop()!;
  program = path.join(work, "program");
  fs.mkdirSync(program);
  fs.writeFileSync(path.join(program, "package.json"), JSON.stringify({ name: "program", private: true }));
  fs.writeFileSync(path.join(program, "Pulumi.yaml"), "name: program\nruntime: nodejs\n");
  // The program's own versions of the peer dependencies, as a user's program would have them.
  npm(
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      path.join(work, tarball),
      ...["@pulumi/pulumi", "@pulumi/azure-native", "@pulumi/policy", "typescript"].map(
        (p) => `${p}@${versionOf(p)}`,
      ),
    ],
    program,
  );
  installed = path.join(program, "node_modules", "pulumi-expressroute");
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Writes the program's index.ts and runs the installed `expressroute plan` on it. */
function planInstalled(source: string, ...flags: string[]) {
  fs.writeFileSync(path.join(program, "index.ts"), source);
  return spawnSync(process.execPath, [path.join(installed, "cli/expressroute.js"), "plan", ".", ...flags], {
    cwd: program,
    encoding: "utf8",
  });
}

const circuit = (peering: string) => `import { RedundantCircuit } from "pulumi-expressroute";

new RedundantCircuit("ams", {
  resourceGroupName: "rg",
  serviceProviderName: "Equinix",
  peeringLocation: "Amsterdam",
  bandwidthInMbps: 1000,
  privatePeering: { peerAsn: 65010, vlanId: 100, ${peering} },
});
`;

describe("the npm package", () => {
  it("ships the compiled library and the pack, not the TypeScript sources", () => {
    expect(fs.existsSync(path.join(installed, "bin/lib/index.js"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "bin/lib/index.d.ts"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "policies/index.js"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "schemas/plan.schema.json"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "lib"))).toBe(false);
  });

  it("uses the program's @pulumi packages: npm installs no second copy beside the user's", () => {
    for (const peer of ["@pulumi/pulumi", "@pulumi/azure-native", "@pulumi/policy"])
      expect(fs.existsSync(path.join(installed, "node_modules", peer))).toBe(false);
  });

  it("serves every policy when Pulumi's policy host loads the installed pack, and runs an Analyze", async () => {
    const analyzer = await PolicyAnalyzer.start(path.join(installed, "policies"), 60, { pulumiHost: true });
    try {
      const info = await analyzer.info();
      expect(info.name).toBe("expressroute");
      expect(info.policies.map((p) => p.name)).toEqual(expressRoutePolicies.map((p) => p.name));
      expect(info.policies.map((p) => p.name)).toEqual([
        "location-catalog",
        ...BINDINGS.map((b) => b.rule.id),
      ]);
      const peering: RecordedResource = {
        urn: "urn:pulumi:dev::program::azure-native:network:ExpressRouteCircuitPeering::ams-private",
        type: "azure-native:network:ExpressRouteCircuitPeering",
        name: "ams-private",
        custom: true,
        protect: false,
        inputs: {},
        serializedInputs: {
          resourceGroupName: "rg",
          circuitName: "ams",
          peeringName: "AzurePrivatePeering",
          peeringType: "AzurePrivatePeering",
          peerASN: 65010,
          vlanId: 100,
          primaryPeerAddressPrefix: "192.168.100.128/30",
        },
        dependencies: [],
        propertyDependencies: {},
        additionalSecretOutputs: [],
      };
      await analyzer.configure({});
      const violations = await analyzer.analyze(peering);
      expect(violations).toContainEqual(
        expect.objectContaining({ policy: "peering-dual-bgp", level: "mandatory", urn: peering.urn }),
      );
    } finally {
      analyzer.stop();
    }
  }, 120_000);

  it("plans a program that imports the package, with the installed pack", () => {
    const r = planInstalled(circuit('peerAddressPrefix: "192.168.100.128/29"'), "--json");
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ verdict: "pass", pack: { name: "expressroute" } });
    expect(doc.pack.policies).toBe(expressRoutePolicies.length);
    expect(r.status).toBe(0);
  }, 120_000);

  it("prints a component's refusal as a refusal (the command and the program share the library)", () => {
    const r = planInstalled(circuit('primaryPeerAddressPrefix: "192.168.100.128/30"'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the program was refused (1 component)");
    expect(r.stderr).toContain("[peering-dual-bgp]");
  }, 120_000);
});
