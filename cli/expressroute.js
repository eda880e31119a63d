#!/usr/bin/env node
// The `expressroute` command. The library ships as TypeScript and runs through tsx, the same loader it uses
// for the Pulumi programs it plans.
require("tsx/cjs");
const { main } = require("../lib/plan/cli.ts");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`expressroute: ${e && e.message ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
