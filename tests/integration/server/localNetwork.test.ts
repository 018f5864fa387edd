import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureTabBuilt, repoRoot, startApp } from "../../../scripts/harness";

/** Local mode trusts unsigned tokens: it never listens beyond loopback by accident. */
describe("local mode and the network", () => {
  beforeAll(() => ensureTabBuilt(), 240_000);

  it("refuses to start on a non-loopback address without MALKEDJAN_ALLOW_NETWORK=1, saying why", () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "malkedjan-net-"));
    try {
      const run = spawnSync(path.join(repoRoot, "node_modules/.bin/tsx"), ["src/server/main.ts"], {
        cwd: repoRoot,
        env: { ...process.env, MALKEDJAN_ENV: "local", HOST: "0.0.0.0", PORT: "0", LOCALSITE_DATA: dataDir },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/loopback only: HOST=0\.0\.0\.0 .*MALKEDJAN_ALLOW_NETWORK=1/s);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it("starts with the flag, warns that unsigned tokens are accepted, and still answers loopback names only", async () => {
    const app = await startApp({ seed: "none", env: { HOST: "0.0.0.0", MALKEDJAN_ALLOW_NETWORK: "1" } });
    try {
      expect(app.output()).toMatch(
        /WARNING – local mode listens on 0\.0\.0\.0\. Unsigned tokens are accepted/,
      );
      const health = await fetch(new URL("/healthz", app.url.replace("0.0.0.0", "127.0.0.1")));
      expect(health.status).toBe(200);
    } finally {
      await app.stop();
    }
  }, 120_000);
});
