import { huddinge } from "../../../../src/demo";
import { seedData } from "../../../../src/sharepoint/seed";
import { adminUpn, startTestSite, type TestSite } from "./localSite";

/** A fresh local site with the Huddinge demo seeded through PnPjs (a few seconds). */
export async function startDemoSite(): Promise<TestSite> {
  const site = await startTestSite();
  await seedData(site.as(adminUpn), huddinge);
  return site;
}

export { huddinge };
