/**
 * The shape of the app, enforced: the domain at the centre, data and adapters around it, one way in for writes.
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
      name: "demo-is-data",
      comment:
        "The demo data and the municipal generator are data built from the domain's types, nothing else.",
      severity: "error",
      from: { path: "^src/demo" },
      to: { pathNot: ["^src/demo", "^src/domain", "^node_modules/zod/"] },
    },
    {
      name: "contracts-are-pure",
      comment: "Wire contracts between the server and the tab: the domain and zod only.",
      severity: "error",
      from: { path: "^src/contracts" },
      to: { pathNot: ["^src/contracts", "^src/domain", "^node_modules/zod/"] },
    },
    {
      name: "report-is-pure",
      comment:
        "The report back to KF is built and written from data it is given: the domain, the wire contract and the document libraries, no IO.",
      severity: "error",
      from: { path: "^src/report" },
      to: {
        pathNot: ["^src/report", "^src/domain", "^src/contracts", "^node_modules/(zod|docx|exceljs)/"],
      },
    },
    {
      name: "localsite-stands-alone",
      comment: "The local site imports nothing from the rest of the app: the app reaches it over HTTP.",
      severity: "error",
      from: { path: "^src/localsite" },
      to: { path: "^src/", pathNot: "^src/localsite" },
    },
    {
      name: "server-does-not-import-the-tab",
      comment: "The server shares wire contracts with the tab through src/contracts, never the tab's code.",
      severity: "error",
      from: { path: "^src/(server|usecases|sharepoint|auth)" },
      to: { path: "^src/tab" },
    },
    {
      name: "usecases-stand-on-the-domain",
      comment: "Use cases are plain functions over the domain's ports: no adapter, no IO, no framework.",
      severity: "error",
      from: { path: "^src/usecases" },
      to: { pathNot: ["^src/usecases", "^src/domain", "^node_modules/zod/"] },
    },
    {
      name: "only-use-cases-and-the-composition-root-write",
      comment:
        "Repository writes, the use cases' store and the admin operations are called only by the composition root (src/server), scripts and the data layer itself; never by the tab, the domain or the demo data.",
      severity: "error",
      from: { path: "^src/(tab|domain|demo|contracts|auth|usecases|localsite)" },
      to: { path: "^src/sharepoint/(repositories|stores|admin|seed|provision)" },
    },
    {
      name: "the-tab-writes-only-through-the-api-client",
      comment:
        "The tab reaches the use cases only over HTTP (src/tab/api), never by importing them or the server.",
      severity: "error",
      from: { path: "^src/tab" },
      to: { path: "^src/(usecases|server)" },
    },
    {
      name: "scripts-do-not-import-tests",
      comment: "Scripts (benchmarks, seeding) stand on src/ and scripts/ only.",
      severity: "error",
      from: { path: "^scripts" },
      to: { path: "^tests" },
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
    // Worktrees link node_modules from the main checkout: resolve packages where they are linked.
    preserveSymlinks: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
