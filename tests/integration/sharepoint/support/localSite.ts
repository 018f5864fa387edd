import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalSite, unsignedToken } from "../../../../src/localsite";
import { createSp, type SiteConnection } from "../../../../src/sharepoint/pnp/createSp";
import { createRequestCounter, type RequestCounter } from "../../../../src/sharepoint/pnp/behaviors";
import type { SPFI } from "@pnp/sp";

export const adminUpn = "admin@malkedjan.local";

export interface TestSite {
  readonly url: string;
  /** A PnPjs root acting as `upn` (unsigned local token), optionally counting round trips. */
  as(upn: string, counter?: RequestCounter): SPFI;
  connection(upn: string, counter?: RequestCounter): SiteConnection;
  close(): Promise<void>;
}

/** A fresh local site on a free port with its own temp data directory; real HTTP, unmodified PnPjs. */
export async function startTestSite(options: { listViewThreshold?: number } = {}): Promise<TestSite> {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-sp-"));
  const site = await startLocalSite({ dataDir, port: 0, listViewThreshold: options.listViewThreshold });
  const connection = (upn: string, counter?: RequestCounter): SiteConnection => ({
    siteUrl: site.url,
    getToken: () => unsignedToken(upn),
    counter,
  });
  return {
    url: site.url,
    connection,
    as: (upn, counter) => createSp(connection(upn, counter)),
    close: async () => {
      await site.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { createRequestCounter };
