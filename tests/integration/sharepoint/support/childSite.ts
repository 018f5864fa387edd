import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { unsignedToken } from "../../../../src/localsite";
import type { RequestCounter } from "../../../../src/sharepoint/pnp/behaviors";
import { createSp, type SiteConnection } from "../../../../src/sharepoint/pnp/createSp";
import type { TestSite } from "./localSite";

/**
 * The local site started by this test in its own process (`scripts/localsite.ts` on a free port, temp data
 * directory): loading 190,000 rows uses both cores, the client's and the site's. Still real HTTP and
 * unmodified PnPjs.
 */
export async function startChildSite(): Promise<TestSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-sp-scale-"));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/localsite.ts", "--port", "0", "--data", dataDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, LOCALSITE_THRESHOLD: "5000" },
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`local site exited with ${String(code)}`)));
  });
  const connection = (upn: string, counter?: RequestCounter): SiteConnection => ({
    siteUrl: url,
    getToken: () => unsignedToken(upn),
    counter,
  });
  return {
    url,
    connection,
    as: (upn, counter) => createSp(connection(upn, counter)),
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
