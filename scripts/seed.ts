/**
 * `npm run seed -- --demo` loads the Huddinge demo; `npm run seed -- --scale municipal` the generated
 * municipality (10 nämnder, 500 units, 6,000 staff, 30,000 goals, 150,000 follow-ups); `--scale small` a
 * twentieth of it. Provisions first, skips rows already there (by Key). Site and token as for
 * `npm run provision` (`--site`, `--token`/`SHAREPOINT_TOKEN`, or `MALKEDJAN_ENV=production` for the app
 * identity; the local site needs none of them).
 */
import { parseArgs } from "node:util";
import { generateMunicipality, huddinge, municipalSize, smallSize, type SteeringData } from "../src/demo";
import { connectSiteFromEnvironment } from "../src/server/identity/connectSite";
import { seedData } from "../src/sharepoint/seed";

function dataFor(values: { demo?: boolean; scale?: string }): { name: string; data: SteeringData } {
  if (values.demo === true) return { name: "Huddinge demo", data: huddinge };
  if (values.scale === "municipal")
    return { name: "municipal set", data: generateMunicipality(1, municipalSize) };
  if (values.scale === "small")
    return { name: "small municipal set", data: generateMunicipality(1, smallSize) };
  throw new Error("Say what to load: --demo or --scale municipal (or --scale small)");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      demo: { type: "boolean" },
      scale: { type: "string" },
      site: { type: "string" },
      token: { type: "string" },
    },
    strict: true,
  });
  const { name, data } = dataFor(values);
  const { sp, siteUrl, actingAs } = connectSiteFromEnvironment(process.env, values);
  console.log(`Seeding the ${name} into ${siteUrl} as ${actingAs} …`);
  const report = await seedData(sp, data);
  const rows = Object.values(report.added).reduce((a, b) => a + b, 0);
  for (const [list, added] of Object.entries(report.added))
    if (added > 0) console.log(`- ${list}: ${added} rows`);
  console.log(
    `Done in ${(report.millis / 1000).toFixed(1)} s: ${rows} rows added, ${report.foldersCreated} personal folders created.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
