// Loads TypeScript the way the Pulumi CLI's Node.js host does (`@pulumi/pulumi/cmd/run` and
// `cmd/run-policy-pack`): its own ts-node and compiler options, with the directory's tsconfig.json.
// Usage: node pulumi-ts-node.js DIR FILE... ; from DIR, type-checks each FILE (compiles it without running it),
// loads the library and its location catalog through the same loader, and prints "ok" or the error.
const path = require("path");
const fs = require("fs");
const [dir, ...files] = process.argv.slice(2);
process.chdir(path.resolve(dir));
const tsutils = require("@pulumi/pulumi/tsutils");
const semver = require("semver");
const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
const skipProject = !fs.existsSync("tsconfig.json");
const compilerOptions = tsutils.loadTypeScriptCompilerOptions("tsconfig.json");
const ts = require(typescriptRequire);
const useNodeNext = semver.parse(ts.version).compare(new semver.SemVer("4.7.0")) >= 0;
const service = require(tsnodeRequire).register({
  typeCheck: true,
  skipProject,
  compiler: typescriptRequire,
  compilerOptions: {
    target: "ES2020",
    module: useNodeNext ? "nodenext" : "commonjs",
    moduleResolution: useNodeNext ? "nodenext" : "node",
    sourceMap: "true",
    ...compilerOptions,
  },
});
const root = path.resolve(__dirname, "..", "..");
try {
  for (const f of files) service.compile(fs.readFileSync(path.resolve(f), "utf8"), path.resolve(f));
  require(path.join(root, "lib", "index.ts"));
  require(path.join(root, "lib", "policy-pack", "index.ts"));
  const locations = require(path.join(root, "lib", "core", "validate.ts"))
    .defaultCatalog()
    .names().length;
  console.log(`ok: ${locations} peering locations`);
} catch (e) {
  console.log(`FAILED: ${String(e && e.message).slice(0, 2000)}`);
  process.exitCode = 1;
}
