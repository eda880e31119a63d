/** The npm package test (`npm run test:package`): packs, installs and loads the library as a user would. */
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/package"],
  testPathIgnorePatterns: [],
  testTimeout: 300000,
  maxWorkers: 1,
};
