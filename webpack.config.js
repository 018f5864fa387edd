// Builds the Teams tab: its entry, each view code-split (React.lazy in src/tab/app/router/views.tsx), MSAL
// (production sign-in) and teams-js (only inside Teams) as chunks of their own; and MSAL's redirect page as a
// second, tiny entry (redirect.html).
// Also writes index.html and build-manifest.json, which scripts/build-report.ts reads to size the first view.
const path = require("node:path");
const { sources } = require("webpack");

const outDir = path.resolve(__dirname, "dist/tab");
const FIRST_VIEW_CHUNK = "view-kedjan";

/** Emits the page (Swedish by default, titled Målkedjan) and a manifest of which files each chunk group needs. */
class TabPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("TabPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "TabPagePlugin", stage: compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const entry = compilation.entrypoints.get("tab");
          const entryFiles = entry.getFiles().filter((f) => f.endsWith(".js"));
          const groups = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            groups[name] = group.getFiles().filter((f) => f.endsWith(".js"));
          }
          const scripts = entryFiles.map((f) => `    <script defer src="/${f}"></script>`).join("\n");
          const html = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Målkedjan</title>
    <link rel="icon" type="image/png" href="/favicon.png" />
    <style>html, body { margin: 0; }</style>
${scripts}
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
          compilation.emitAsset("index.html", new sources.RawSource(html));
          // MSAL's redirect page (popups, hidden frames and redirects come back here): its own entry.
          const redirectScripts = compilation.entrypoints
            .get("redirect")
            .getFiles()
            .filter((f) => f.endsWith(".js"))
            .map((f) => `    <script defer src="/${f}"></script>`)
            .join("\n");
          const redirectHtml = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>Målkedjan – inloggning</title>
${redirectScripts}
  </head>
  <body></body>
</html>
`;
          compilation.emitAsset("redirect.html", new sources.RawSource(redirectHtml));
          const manifest = { entry: entryFiles, firstView: FIRST_VIEW_CHUNK, chunkGroups: groups };
          compilation.emitAsset(
            "build-manifest.json",
            new sources.RawSource(JSON.stringify(manifest, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = {
  mode: "production",
  target: "web",
  entry: { tab: "./src/tab/app/main.tsx", redirect: "./src/tab/redirect/redirect.ts" },
  output: {
    path: outDir,
    filename: "[name].[contenthash:8].js",
    chunkFilename: "[name].[contenthash:8].js",
    publicPath: "/",
    clean: true,
  },
  resolve: { extensions: [".tsx", ".ts", ".js", ".mjs"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          // npm test typechecks; the build only transpiles.
          options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
        },
      },
    ],
  },
  performance: { hints: false },
  devtool: false,
  plugins: [new TabPagePlugin()],
};
