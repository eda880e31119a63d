/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" }, sourceMaps: "inline" }] },
  // Each mock-runtime test file gets a fresh module registry, so Pulumi's global runtime state never leaks.
  testTimeout: 30000,
  testEnvironmentOptions: { globalsCleanup: "off" },
};
