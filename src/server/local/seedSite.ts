import type { SteeringData } from "../../demo";
import { createSp } from "../../sharepoint/pnp/createSp";
import { seedData, type SeedReport } from "../../sharepoint/seed";

/** Where to write and as whom: the site's absolute URL and the app identity's token. */
export interface SeedTarget {
  readonly siteUrl: string;
  readonly getToken: () => Promise<string>;
}

/**
 * Provisions the lists and writes the data set through the data layer (src/sharepoint), over HTTP like any
 * other client of the site. Idempotent: rows already there are left alone.
 */
export function seedSite(target: SeedTarget, data: SteeringData): Promise<SeedReport> {
  return seedData(createSp({ siteUrl: target.siteUrl, getToken: target.getToken }), data, { parallel: 4 });
}
