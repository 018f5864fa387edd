import { huddinge } from "../../demo";
import { createSp, type SiteConnection } from "../pnp/createSp";
import { seedData, type SeedReport } from "./seedData";

export { seedData, type SeedReport } from "./seedData";

/** Seeds the Huddinge demo (idempotent): what the app's server runs on first start in local mode. */
export function seedDemo(site: SiteConnection): Promise<SeedReport> {
  return seedData(createSp(site), huddinge);
}
