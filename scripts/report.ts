/**
 * `npm run report -- --format docx|xlsx --out FILE [--year Y] [--period delar] [--site …] [--token …]`
 * Writes the report back to KF (återrapportering) as a Word or Excel file;
 * `npm run report -- --kind mal-och-budget --format docx --out FILE [--mandat ID | --year Y]` writes Mål och
 * budget (the KF level of the mandate: the programförklaring with that id, else the mandate covering the year). It reads the configured site as
 * the other scripts do (`--site`/`--token`, or the app identity with MALKEDJAN_ENV=production); with no
 * configuration at all it starts the local site in a temporary folder with the Huddinge demo data and
 * reports on that. The year defaults to this year, the period to the latest follow-up period passed
 * (`--today YYYY-MM-DD` to report as on another day). MUNICIPALITY_NAME names the municipality.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { environmentWithFile } from "../config";
import { huddinge } from "../src/demo";
import { DEFAULT_FOLLOW_UP_CALENDAR, municipalDate } from "../src/domain";
import { startLocalSite, unsignedToken } from "../src/localsite";
import {
  malOchBudgetFile,
  municipalityFromEnvironment,
  produceKfReport,
  produceMalOchBudget,
  REPORT_FORMATS,
  reportFile,
  type ReportFormat,
} from "../src/report";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { SharePointKfReportSource, SharePointMalOchBudgetSource } from "../src/sharepoint/queries";
import { seedData } from "../src/sharepoint/seed";
import { connectSiteFromEnvironment, type ConnectedSite } from "../src/server/identity/connectSite";

const isFormat = (value: string | undefined): value is ReportFormat =>
  REPORT_FORMATS.some((f) => f === value);

const KINDS = ["kf", "mal-och-budget"] as const;
type Kind = (typeof KINDS)[number];
const isKind = (value: string): value is Kind => KINDS.some((k) => k === value);

/** The local site in a temporary folder, seeded with the demo data; removed again when done. */
async function demoSite(): Promise<ConnectedSite & { close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-report-"));
  const site = await startLocalSite({ dataDir, port: 0 });
  const sp = createSp({ siteUrl: site.url, getToken: () => unsignedToken("admin@malkedjan.local") });
  await seedData(sp, huddinge);
  return {
    sp,
    siteUrl: site.url,
    actingAs: "the local site with the demo data",
    close: async () => {
      await site.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const configured = (values: { site?: string; token?: string }): boolean =>
  values.site !== undefined ||
  values.token !== undefined ||
  (process.env.SHAREPOINT_TOKEN ?? "") !== "" ||
  (process.env.SHAREPOINT_SITE ?? "") !== "" ||
  process.env.MALKEDJAN_ENV === "production";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      kind: { type: "string", default: "kf" },
      mandat: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      year: { type: "string" },
      period: { type: "string" },
      today: { type: "string" },
      site: { type: "string" },
      token: { type: "string" },
    },
    strict: true,
  });
  if (!isFormat(values.format) || values.out === undefined) {
    console.error(
      "Ange format och fil: npm run report -- [--kind kf|mal-och-budget] --format docx|xlsx --out rapport.docx [--year 2026]",
    );
    return 2;
  }
  if (!isKind(values.kind)) {
    console.error("Ange vilken rapport: --kind kf (återrapportering till KF) eller --kind mal-och-budget");
    return 2;
  }
  if (values.kind === "mal-och-budget" && values.format !== "docx") {
    console.error("Mål och budget skrivs som Word: --format docx");
    return 2;
  }
  if (values.mandat !== undefined && (values.kind !== "mal-och-budget" || values.year !== undefined)) {
    console.error("--mandat väljer programförklaringen till Mål och budget, i stället för --year");
    return 2;
  }
  const today = values.today ?? municipalDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error("--today skrivs ÅÅÅÅ-MM-DD");
    return 2;
  }
  const year = Number(values.year ?? today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    console.error("--year ska vara ett år, till exempel 2026");
    return 2;
  }
  const site = configured(values)
    ? { ...connectSiteFromEnvironment(process.env, values), close: () => Promise.resolve() }
    : await demoSite();
  try {
    const municipality = municipalityFromEnvironment(environmentWithFile(process.env, process.cwd()));
    if (values.kind === "mal-och-budget") {
      const doc = await produceMalOchBudget(
        new SharePointMalOchBudgetSource(site.sp),
        values.mandat === undefined ? { year } : { declarationId: values.mandat },
        { municipality, today },
      );
      if (doc === null) {
        console.error(
          values.mandat === undefined
            ? `Ingen mandatperiod omfattar ${year} på ${site.siteUrl}.`
            : `Det finns ingen programförklaring "${values.mandat}" på ${site.siteUrl}.`,
        );
        return 1;
      }
      const out = resolve(values.out);
      const file = await malOchBudgetFile(doc);
      writeFileSync(out, file.bytes);
      const indicators = doc.focusAreas.reduce((n, a) => n + a.indicators.length, 0);
      console.log(
        `Skrev ${out} (Word, ${file.bytes.length} byte): ${municipality}, Mål och budget ${doc.firstYear}–${doc.lastYear}, ` +
          `${doc.standing.kind === "draft" ? "utkast" : "fastställd"}, ${doc.focusAreas.length} målområden, ${indicators} KF-indikatorer, ` +
          `från ${site.siteUrl} (${site.actingAs}).`,
      );
      return 0;
    }
    const started = performance.now();
    const report = await produceKfReport(new SharePointKfReportSource(site.sp), year, {
      municipality,
      today,
      calendar: DEFAULT_FOLLOW_UP_CALENDAR,
      ...(values.period === undefined ? {} : { periodKey: values.period }),
    });
    const file = await reportFile(report, values.format);
    const out = resolve(values.out);
    writeFileSync(out, file.bytes);
    const indicators = report.focusAreas.reduce((n, a) => n + a.indicators.length, 0);
    console.log(
      `Skrev ${out} (${values.format === "docx" ? "Word" : "Excel"}, ${file.bytes.length} byte): ` +
        `${report.municipality}, ${report.period.label.toLowerCase()} ${report.year}, ${indicators} KF-indikatorer, ` +
        `${report.boards.length} ${report.boards.length === 1 ? "nämnd" : "nämnder"}, på ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `från ${site.siteUrl} (${site.actingAs}).`,
    );
    return 0;
  } finally {
    await site.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
