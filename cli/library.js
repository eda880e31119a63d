// Where the `expressroute` command loads the library from. In its repository the library runs from its
// TypeScript sources through tsx; the npm package ships it compiled (bin/lib), which is what a program that
// imports `pulumi-expressroute` loads too, so the command and the program run one copy of the library.
const fs = require("node:fs");
const path = require("node:path");

const sources = path.join(__dirname, "..", "lib");
const fromSources = fs.existsSync(path.join(sources, "plan", "cli.ts"));
if (fromSources) require("tsx/cjs");

/** Requires a module of the library by its path under lib/ (without extension). */
exports.requireLibrary = (modulePath) =>
  require(
    fromSources
      ? path.join(sources, `${modulePath}.ts`)
      : path.join(__dirname, "..", "bin", "lib", `${modulePath}.js`),
  );
