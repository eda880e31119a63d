import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { RedundantCircuit } from "../../lib";
import { plan } from "../../lib/plan/plan";
import { planText } from "../../lib/plan/report";
import { recordResources } from "../support/mock-runtime";
import { rejection } from "../support/refusals";

// Issue 15: the README cannot drift from the code. Every TypeScript snippet compiles against the library, and
// every output it shows is produced here from the input it names.
recordResources();

const ROOT = path.resolve(__dirname, "../..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const blocks = [...README.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1],
  text: m[2],
  line: README.slice(0, m.index).split("\n").length + 1,
}));

/** Names the snippets use without declaring them, as a program around them would declare them. */
const PRELUDE = `import * as pulumi from "@pulumi/pulumi";
import { Estate, MaximumResiliency, readAllocationFile, renderEstate, type MaximumResiliencyArgs } from "pulumi-expressroute";
import { ContosoNetwork } from "../../examples/org-template/contoso-template";
declare const rg: { name: pulumi.Output<string> };
declare const hub: { name: pulumi.Output<string> };
declare const workspace: { id: pulumi.Output<string> };
declare const sitesAndGateway: Omit<MaximumResiliencyArgs, "monitoring">;
declare const allocationFile: string;
declare const environment: "dev" | "prod"; // as the example template reads it from the stack
void [Estate, MaximumResiliency, readAllocationFile, renderEstate, ContosoNetwork];
`;

/** The words of a text, for comparing output with the README's wrapped copy of it. */
const words = (s: string) => s.trim().split(/\s+/).join(" ");

describe("the README", () => {
  it("has TypeScript snippets, and each compiles against the library", () => {
    const snippets = blocks.filter((b) => b.lang === "ts" || b.lang === "typescript");
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    const dir = path.join(ROOT, ".test-output", "readme");
    fs.mkdirSync(dir, { recursive: true });
    const files = snippets.map((b, i) => {
      const file = path.join(dir, `snippet-${i}.ts`);
      const standalone = /^import /m.test(b.text);
      fs.writeFileSync(file, `${standalone ? "" : PRELUDE}${b.text}\nexport {};\n`);
      return { file, block: b, offset: standalone ? 0 : PRELUDE.split("\n").length - 1 };
    });
    const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
    const program = ts.createProgram(
      files.map((f) => f.file),
      {
        ...options,
        noEmit: true,
        // Snippets declare what they show; the library is imported as a user imports it.
        noUnusedLocals: false,
        baseUrl: ROOT,
        paths: { "pulumi-expressroute": ["lib/index.ts"] },
      },
    );
    // Only the snippets are checked (the library is checked by npm run typecheck); their types come from it.
    const problems = files
      .flatMap((f) => ts.getPreEmitDiagnostics(program, program.getSourceFile(f.file)))
      .filter((d) => d.file && files.some((f) => f.file === d.file!.fileName))
      .map((d) => {
        const f = files.find((x) => x.file === d.file!.fileName)!;
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `README.md:${f.block.line + line - f.offset}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  });

  it("shows the refusal of a circuit given only the primary link's /30, as the component prints it", () => {
    const shown = blocks.find((b) => b.text.startsWith('RedundantCircuit "ams-er" has 1 invalid argument'));
    expect(shown).toBeDefined();
    const error = rejection(
      () =>
        new RedundantCircuit("ams-er", {
          resourceGroupName: "rg-expressroute",
          location: "westeurope",
          serviceProviderName: "Equinix",
          peeringLocation: "Amsterdam",
          bandwidthInMbps: 1000,
          privatePeering: { peerAsn: 65010, vlanId: 100, primaryPeerAddressPrefix: "192.168.100.128/30" },
        }),
    );
    expect(words(shown!.text)).toBe(words(error.message));
  });

  it("shows the root example's verdict as `npm start` prints it", async () => {
    const shown = blocks.find((b) => b.text.includes("Result: PASS"));
    expect(shown).toBeDefined();
    const text = planText(await plan(ROOT, { typeCheck: false }));
    expect(words(text)).toContain(words(shown!.text));
  });
});
