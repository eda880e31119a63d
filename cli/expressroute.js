#!/usr/bin/env node
// The `expressroute` command. However the plan ends (a verdict, a refusal, a crash, an interrupt), it ends
// with exit code 0, 1 or 2 and a one-line reason, and stops the program's worker and the policy pack.
const { requireLibrary } = require("./library");
const { main } = requireLibrary("plan/cli");
const { stopAllAnalyzers } = requireLibrary("plan/analyzer");
const { stopRunningPrograms } = requireLibrary("plan/isolated-run");

function fail(reason) {
  stopRunningPrograms();
  stopAllAnalyzers();
  process.stderr.write(`expressroute: ${reason}\n`);
  process.exit(2);
}

const describe = (e) =>
  e instanceof Error ? e.message || e.name : e === undefined ? "undefined" : String(e);
process.on("SIGINT", () => fail("interrupted (SIGINT): the plan did not finish, so it has no verdict"));
process.on("SIGTERM", () => fail("stopped (SIGTERM): the plan did not finish, so it has no verdict"));
process.on("uncaughtException", (e) => fail(`the plan failed: ${describe(e)}`));
process.on("unhandledRejection", (e) => fail(`the plan failed: ${describe(e)}`));

main(process.argv.slice(2)).then(
  (code) => {
    stopRunningPrograms();
    stopAllAnalyzers();
    process.exit(code);
  },
  (e) => fail(describe(e)),
);
