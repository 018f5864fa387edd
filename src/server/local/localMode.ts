import { mkdirSync } from "node:fs";
import type { LocalServerConfig } from "../../../config/schema";
import {
  ADMIN_UPN,
  LOCAL_APP_ID,
  appOnlyToken,
  createLocalSite,
  unsignedToken,
  type LocalSite,
} from "../../localsite";
import type { Directory } from "../../contracts/directory";
import { directoryFromData } from "../people/directoryFromData";
import { readSeedMarker, writeSeedMarker } from "./seedMarker";
import { seedData, type SeedKind } from "./seedData";
import { seedSite } from "./seedSite";
import { createSp, type SiteConnection } from "../../sharepoint/pnp/createSp";
import { provisionSite } from "../../sharepoint/provision";

/**
 * The app's own identity to the local site: an app-only token, as Entra issues one to Målkedjan's app with
 * Sites.Selected on the site (the local site grants LOCAL_APP_ID fullcontrol). Use cases write with it.
 */
const appToken = (): string => appOnlyToken(LOCAL_APP_ID);

export interface LocalMode {
  readonly site: LocalSite;
  /**
   * After the server listens: provisions and seeds on first start (the data layer talks over HTTP), and
   * answers how the server reaches the site as the app's own identity.
   */
  readonly prepare: (origin: string) => Promise<SiteConnection>;
  /** The picker's people: those the site was seeded with. */
  readonly people: () => Promise<Directory>;
  readonly close: () => void;
}

/** The embedded local site, seeded once per data dir, and the person picker's list of its people. */
export function createLocalMode(config: LocalServerConfig): LocalMode {
  const { dataDir, path: sitePath, seed, throttle } = config.localSite;
  mkdirSync(dataDir, { recursive: true });
  const site = createLocalSite({ dataDir, sitePath, ...(throttle === undefined ? {} : { throttle }) });
  let directory: Directory = { people: [] };

  const prepare = async (origin: string): Promise<SiteConnection> => {
    const app: SiteConnection = { siteUrl: `${origin}${sitePath}`, getToken: appToken };
    const marker = readSeedMarker(dataDir);
    const kind: SeedKind | undefined = marker?.seed ?? (seed === "none" ? undefined : seed);
    if (kind === undefined) return app;
    const data = seedData(kind);
    const admin = unsignedToken(ADMIN_UPN);
    if (marker !== undefined) {
      // A site seeded by an earlier version gets the columns added since (idempotent: usually no change).
      const report = await provisionSite(
        createSp({ siteUrl: `${origin}${sitePath}`, getToken: () => Promise.resolve(admin) }),
      );
      if (report.changes.length > 0) {
        console.log(`Målkedjan: webbplatsen uppdaterad (${report.changes.join(", ")})`);
      }
    } else {
      console.log(`Målkedjan: fyller den lokala webbplatsen (${kind}) – bara första gången …`);
      const report = await seedSite(
        { siteUrl: `${origin}${sitePath}`, getToken: () => Promise.resolve(admin) },
        data,
      );
      writeSeedMarker(dataDir, { seed: kind, seededAt: new Date().toISOString() });
      console.log(`Målkedjan: webbplatsen fylld på ${(report.millis / 1000).toFixed(1)} s`);
    }
    directory = directoryFromData(data);
    return app;
  };

  return { site, prepare, people: () => Promise.resolve(directory), close: () => site.close() };
}
