/**
 * The domain is the centre: it imports nothing from the rest of the app and no package that does IO.
 * Only the listed pure packages are allowed there.
 */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "src/domain may import only src/domain and pure packages (zod).",
      severity: "error",
      from: { path: "^src/domain" },
      to: { pathNot: ["^src/domain", "^node_modules/zod/"] },
    },
    {
      name: "localsite-stands-alone",
      comment: "The local site imports nothing from the rest of the app: the app reaches it over HTTP.",
      severity: "error",
      from: { path: "^src/localsite" },
      to: { path: "^src/", pathNot: "^src/localsite" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    moduleSystems: ["es6", "cjs"],
    tsPreCompilationDeps: true,
  },
};
