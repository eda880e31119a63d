/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // The npm package test packs and installs the library: it runs on its own (npm run test:package).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/package/"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" }, sourceMaps: "inline" }] },
  // Each mock-runtime test file gets a fresh module registry, so Pulumi's global runtime state never leaks.
  // A generous budget per test: a busy machine may run a plan several times slower, and no test may fail for
  // lack of time (none measures speed; npm run bench does).
  testTimeout: 180000,
  // Two workers on two cores: much of a plan test waits on the policy pack's process or a program's worker
  // thread, so the default (cores minus one) would leave a core idle.
  maxWorkers: 2,
  testEnvironmentOptions: { globalsCleanup: "off" },
};
