import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { LocationCatalog } from "../../lib/core/facts/peering-locations";

const root = path.resolve(__dirname, "../..");
const loader = path.join(root, "test/support/pulumi-ts-node.js");
const programs = fs.readdirSync(path.join(root, "examples")).map((d) => `examples/${d}`);

/**
 * The Pulumi CLI runs TypeScript programs through its own ts-node and compiler options (with the directory's
 * tsconfig.json), not tsx: every program, and the library and its pack's policies, must type-check and load
 * that way too. (The pack's own entry is JavaScript; test/package loads it through Pulumi's policy host.)
 */
describe("loading under the Pulumi CLI's TypeScript host", () => {
  it.each(programs)("%s has a tsconfig.json with the root's compiler options", (dir) => {
    const config = JSON.parse(fs.readFileSync(path.join(root, dir, "tsconfig.json"), "utf8"));
    expect(path.resolve(root, dir, config.extends)).toBe(path.join(root, "tsconfig.json"));
  });

  it("type-checks every example, and loads the library, the pack's policies and the catalog", async () => {
    // One loader process (the tsconfigs are the same), so the library is compiled once.
    const files = programs.map((dir) => path.join(root, dir, "index.ts"));
    const { stdout } = await promisify(execFile)(process.execPath, [
      loader,
      path.join(root, "examples/estate"),
      ...files,
    ]);
    expect(stdout.trim()).toBe(`ok: ${LocationCatalog.shipped().names().length} peering locations`);
  });
});
