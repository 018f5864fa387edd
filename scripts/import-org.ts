/**
 * `npm run import-org -- --file <csv> [--dry-run] [--allow-mass-leave] [--max-leave-share 0.1] [--site …] [--token …]`
 * Imports the organisation from the HR system's CSV export (columns in docs/org-import.md): units, chefs and
 * staff, their personal folders and who reads them; people missing from the file are marked as having left
 * and their goals become readable by the HR group only (`HR_GROUP`, default "Målkedjan HR"). The whole file
 * is checked before anything is written; bad rows are reported by line and skipped. Re-running the same file
 * changes nothing. Local site by default, the app identity with MALKEDJAN_ENV=production, as `npm run provision`.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { municipalDate } from "../src/domain";
import { describeImport } from "../src/orgimport";
import { defaultMaxLeaveShare, importOrganisation } from "../src/sharepoint/admin/orgImport";
import { connectSiteFromEnvironment } from "../src/server/identity/connectSite";

export const defaultHrGroup = "Målkedjan HR";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "allow-mass-leave": { type: "boolean", default: false },
      "max-leave-share": { type: "string" },
      site: { type: "string" },
      token: { type: "string" },
    },
    strict: true,
  });
  if (values.file === undefined) {
    console.error("Ange filen: npm run import-org -- --file <export.csv>");
    return 2;
  }
  const share =
    values["max-leave-share"] === undefined ? defaultMaxLeaveShare : Number(values["max-leave-share"]);
  if (!Number.isFinite(share) || share < 0 || share > 1) {
    console.error("--max-leave-share ska vara en andel mellan 0 och 1, till exempel 0.1");
    return 2;
  }
  // The local site by default; in production (MALKEDJAN_ENV=production) the app's own identity.
  const { sp, siteUrl, actingAs } = connectSiteFromEnvironment(process.env, values);
  console.log(`Importerar till ${siteUrl} som ${actingAs} …`);
  const started = Date.now();
  const outcome = await importOrganisation(sp, readFileSync(values.file, "utf8"), {
    today: municipalDate(new Date()),
    hrGroup: process.env.HR_GROUP ?? defaultHrGroup,
    dryRun: values["dry-run"],
    allowMassLeave: values["allow-mass-leave"],
    maxLeaveShare: share,
  });
  if (outcome.kind === "unreadable") {
    console.error(`Inget har ändrats: rad ${outcome.line}: ${outcome.reason}.`);
    return 1;
  }
  if (outcome.kind === "refused") {
    for (const line of describeImport(outcome.plan, outcome.changes, { dryRun: true })) console.log(line);
    console.error(outcome.reason);
    return 1;
  }
  for (const line of describeImport(outcome.plan, outcome.changes, { dryRun: values["dry-run"] }))
    console.log(line);
  console.log(`Klart på ${((Date.now() - started) / 1000).toFixed(1)} s (${siteUrl}).`);
  return outcome.plan.badRows.length > 0 ? 3 : 0;
}

if (process.argv[1]?.endsWith("import-org.ts")) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
