/**
 * `npm run dev`: webpack rebuilds the tab on every change (watch mode) in this process while the app
 * server runs beside it; reload the browser to see a change (index.html is never cached).
 */
import { createRequire } from "node:module";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

const load = createRequire(__filename);
const config = load("../../webpack.config.js") as Configuration;

// Its own output folder, so a development build never stands in for the production one (e2e, bench).
const tabDir = path.resolve(__dirname, "../../dist/tab-dev");
process.env.TAB_DIR = tabDir;
const compiler = webpack({
  ...config,
  mode: "development",
  // Source maps in their own files: the eval-based devtools would need 'unsafe-eval', which the server's
  // Content-Security-Policy (script-src 'self') rightly refuses.
  devtool: "cheap-module-source-map",
  output: { ...config.output, path: tabDir },
});
let serverStarted = false;
compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
  if (error !== null && error !== undefined) {
    console.error(error);
    return;
  }
  console.log(
    stats?.toString({ preset: "errors-warnings" }) ||
      `Målkedjan dev: tab rebuilt (${new Date().toLocaleTimeString("sv-SE")})`,
  );
  if (!serverStarted) {
    serverStarted = true;
    void import("./main");
  }
});
