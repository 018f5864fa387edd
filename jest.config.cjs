/** Jest: node environment by default; React component tests opt into jsdom with a docblock. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // @pnp/*, jose, msal-node and csv-parse ship ESM (for Node): let swc turn them into CommonJS like our own sources.
  // So does strip-bom 5, which @microsoft/app-manifest requires (Node has require(esm), Jest's loader has not);
  // the pattern names it after every node_modules/ on its path, the nested one included.
  transform: { "^.+\\.(t|j|mj)sx?$": swc },
  transformIgnorePatterns: [
    "/node_modules/(?!(@pnp|jose|@azure/msal-node|csv-parse|@microsoft/app-manifest/node_modules/strip-bom|strip-bom)/)",
  ],
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/support/closing-line-reporter.cjs"],
};
