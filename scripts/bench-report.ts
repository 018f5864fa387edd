/**
 * `npm run bench:report`: the report back to KF at municipal scale (10 nämnder, their verksamhetsplaner,
 * indicators, etappmål, uppdrag and follow-ups). The site is seeded once into `.localsite-bench/report-municipal`
 * (its own process, threshold 5,000) and reused; `--fresh` seeds anew. Times reading the report's data over
 * SharePoint (round trips counted), building it and writing the Word and Excel files, twice (the first warms
 * connections and SQLite's cache), and prints one JSON line for the second: {"boards","kfIndicators",
 * "translations","milestones","assignments","roundTrips","readMs","docxMs","xlsxMs","totalMs",…}.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { generateMunicipality, municipalSize } from "../src/demo";
import { DEFAULT_FOLLOW_UP_CALENDAR } from "../src/domain";
import { unsignedToken } from "../src/localsite";
import { buildKfReport, reportFile } from "../src/report";
import { createRequestCounter } from "../src/sharepoint/pnp/behaviors";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { provisionSite } from "../src/sharepoint/provision";
import { loadKfReportData } from "../src/sharepoint/queries";
import { seedData } from "../src/sharepoint/seed";

const admin = "admin@malkedjan.local";
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function startSiteProcess(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/localsite.ts", "--port", "0", "--data", dataDir],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LOCALSITE_THRESHOLD: "5000" } },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`local site exited with ${String(code)}`)));
  });
  return { url, child };
}

async function main(): Promise<void> {
  const dataDir = join(process.cwd(), ".localsite-bench", "report-municipal");
  if (process.argv.includes("--fresh")) rmSync(dataDir, { recursive: true, force: true });
  const fresh = !existsSync(join(dataDir, "site.sqlite"));
  mkdirSync(dataDir, { recursive: true });
  const { url, child } = await startSiteProcess(dataDir);
  try {
    const data = generateMunicipality(1, municipalSize);
    const sp = createSp({ siteUrl: url, getToken: () => unsignedToken(admin) });
    await provisionSite(sp);
    if (fresh) {
      log(`bench:report: seeding the municipal set into ${dataDir} (once, minutes) …`);
      await seedData(sp, data, { parallel: 4 });
    }
    const year = data["board-plan"][0]?.year ?? 2026;
    const options = {
      municipality: "Huddinge kommun",
      today: `${year}-11-27`,
      calendar: DEFAULT_FOLLOW_UP_CALENDAR,
    };
    let line: Record<string, number> = {};
    for (let run = 0; run < 2; run++) {
      const counter = createRequestCounter();
      const counted = createSp({ siteUrl: url, getToken: () => unsignedToken(admin), counter });
      const started = performance.now();
      const reportData = await loadKfReportData(counted, year);
      const report = buildKfReport(reportData, options);
      const read = performance.now();
      const docx = await reportFile(report, "docx");
      const wrote = performance.now();
      const xlsx = await reportFile(report, "xlsx");
      const done = performance.now();
      const indicators = report.focusAreas.flatMap((a) => a.indicators);
      const translations = indicators.flatMap((k) => k.translations);
      line = {
        boards: report.boards.length,
        kfIndicators: indicators.length,
        translations: translations.length,
        milestones: translations.reduce((n, t) => n + t.milestones.length, 0),
        assignments:
          report.focusAreas.reduce((n, a) => n + a.assignments.length, 0) +
          report.assignmentsWithoutFocusArea.length,
        followUpsRead: reportData.followUps.length,
        roundTrips: counter.count,
        readMs: Math.round(read - started),
        docxMs: Math.round(wrote - read),
        xlsxMs: Math.round(done - wrote),
        totalMs: Math.round(done - started),
        docxBytes: docx.bytes.length,
        xlsxBytes: xlsx.bytes.length,
      };
      log(`run ${run + 1}: ${JSON.stringify(line)}`);
    }
    console.log(JSON.stringify(line));
  } finally {
    child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
