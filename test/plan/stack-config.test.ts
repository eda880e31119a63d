import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SECURE_PLACEHOLDER, readStackConfig } from "../../lib/plan/program-project";

// The plan reads a stack's config file as the Pulumi CLI gives it to the program (issue 9: stacks dev, prod).

function dirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-config-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("readStackConfig", () => {
  it("gives strings as they are, other values as JSON, and secure values as a secret placeholder", () => {
    const dir = dirWith({
      "Pulumi.prod.yaml": [
        "config:",
        "  app:environment: prod",
        "  app:sites: 4",
        "  app:pools:",
        "    peering: 10.100.0.0/24",
        "  app:password:",
        "    secure: AAABAKx0",
      ].join("\n"),
    });
    expect(readStackConfig(dir, "prod")).toEqual({
      config: {
        "app:environment": "prod",
        "app:sites": "4",
        "app:pools": '{"peering":"10.100.0.0/24"}',
        "app:password": SECURE_PLACEHOLDER,
      },
      secretKeys: ["app:password"],
    });
  });

  it("gives no config for a stack without a file, and refuses a file that is not YAML", () => {
    const dir = dirWith({ "Pulumi.bad.yaml": "config: [unclosed" });
    expect(readStackConfig(dir, "dev")).toEqual({ config: {}, secretKeys: [] });
    expect(() => readStackConfig(dir, "bad")).toThrow(/Pulumi\.bad\.yaml: not valid YAML/);
  });
});
