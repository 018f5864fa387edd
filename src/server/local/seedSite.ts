import type { SteeringData } from "../../domain/demo";

/** Where to write and as whom: the site's absolute URL and the app identity's token. */
export interface SeedTarget {
  readonly siteUrl: string;
  readonly getToken: () => Promise<string>;
}

/**
 * Provisions the lists and writes the data set through the data layer (src/sharepoint), over HTTP like any
 * client. Seam: until the data layer exposes provisioning and seeding, the site starts empty and says so.
 */
export function seedSite(target: SeedTarget, data: SteeringData): Promise<{ seeded: boolean }> {
  void target;
  void data;
  console.warn("Målkedjan: datalagret kan ännu inte provisionera och fylla webbplatsen; den startar tom.");
  return Promise.resolve({ seeded: false });
}
