/**
 * The report back to KF from the local demo site, over real HTTP and unmodified PnPjs: its data in three round
 * trips, then the Word and Excel files, unzipped and parsed, each holding every KF indicator of the demo with
 * its nämnd translations and their outcomes; and `npm run report` writing both files against the same site.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEFAULT_FOLLOW_UP_CALENDAR } from "../../../src/domain";
import { produceKfReport, reportFile } from "../../../src/report";
import { SharePointKfReportSource } from "../../../src/sharepoint/queries";
import { startDemoSite, huddinge } from "../sharepoint/support/demoSite";
import { adminUpn, createRequestCounter, type TestSite } from "../sharepoint/support/localSite";
import { docxParagraphs, xlsxSheets } from "../../support/officeFiles";

const run = promisify(execFile);
const options = {
  municipality: "Huddinge kommun",
  today: "2026-11-27",
  calendar: DEFAULT_FOLLOW_UP_CALENDAR,
};

/** Every KF indicator of the demo with the names of the nämnd indicators that translate it. */
const expected = huddinge["kf-indicator"].map((kf) => ({
  kf,
  translations: huddinge["board-indicator"].filter((b) => b.kfIndicatorId === kf.id).map((b) => b.name),
}));

let site: TestSite;
beforeAll(async () => {
  site = await startDemoSite();
}, 60_000);
afterAll(() => site.close());

describe("the report back to KF from the demo site", () => {
  it("reads its data in three round trips and holds every KF indicator with its translations", async () => {
    const counter = createRequestCounter();
    const report = await produceKfReport(
      new SharePointKfReportSource(site.as(adminUpn, counter)),
      2026,
      options,
    );
    expect(counter.count).toBe(3);
    const indicators = report.focusAreas.flatMap((a) => a.indicators);
    for (const { kf, translations } of expected) {
      const found = indicators.find((k) => k.id === kf.id);
      expect(found?.translations.map((t) => t.name)).toEqual(translations);
    }
  });

  it("writes a Word file whose every KF indicator section names its nämnd translations", async () => {
    const report = await produceKfReport(new SharePointKfReportSource(site.as(adminUpn)), 2026, options);
    const file = await reportFile(report, "docx");
    expect(file.fileName).toBe("Återrapportering till KF 2026 delår.docx");
    const paragraphs = await docxParagraphs(file.bytes);
    expect(paragraphs.slice(0, 3)).toEqual([
      "Återrapportering till kommunfullmäktige",
      "Huddinge kommun",
      "Period: Delår 2026 (31 augusti 2026)",
    ]);
    // The three målområden as headings, in their order.
    const areaAt = huddinge["focus-area"].map((a) => paragraphs.indexOf(a.heading));
    expect(areaAt.every((i) => i > 0)).toBe(true);
    expect([...areaAt].sort((a, b) => a - b)).toEqual(areaAt);
    for (const { kf, translations } of expected) {
      const start = paragraphs.indexOf(`KF ${kf.number}. ${kf.name}`);
      expect(start).toBeGreaterThan(0);
      const next = paragraphs.findIndex((p, i) => i > start && /^KF \d+\. /.test(p));
      const section = paragraphs.slice(start, next === -1 ? undefined : next);
      for (const name of translations) {
        const at = section.indexOf(`Grundskolenämnden: ${name} (${unitOf(name)})`);
        expect(at).toBeGreaterThan(0);
        // The nämnd indicator's own outcomes follow it: the label, then its trend table (2022–2025).
        expect(section[at + 2]).toBe("Nämndens utfall");
        expect(section.slice(at + 3, at + 3 + 5)).toEqual(["Period", "Totalt", "Kvinnor", "Män", "Källa"]);
        expect(section).toContain("2025");
      }
      if (translations.length === 0)
        expect(section).toContain("Ingen nämnd har översatt indikatorn till en egen indikator.");
    }
    expect(paragraphs).toContain("Källa: Kolada");
  });

  it("writes an Excel file with a row per KF indicator and translation, numbers and dates as such", async () => {
    const report = await produceKfReport(new SharePointKfReportSource(site.as(adminUpn)), 2026, options);
    const sheets = await xlsxSheets((await reportFile(report, "xlsx")).bytes);
    expect([...sheets.keys()]).toEqual([
      "Om rapporten",
      "Indikatorer och etappmål",
      "Utfall",
      "Nämndernas utfall",
      "Uppdrag",
    ]);
    expect(sheets.get("Om rapporten")?.[1]).toEqual(["Kommun", "Huddinge kommun"]);
    const rows = sheets.get("Indikatorer och etappmål") ?? [];
    expect(rows[0]?.slice(0, 5)).toEqual([
      "Målområde",
      "KF nr",
      "KF-indikator",
      "Nämnd",
      "Nämndens indikator",
    ]);
    for (const { kf, translations } of expected) {
      const mine = rows.filter((r) => r[1] === kf.number && r[2] === kf.name);
      expect(mine.length).toBeGreaterThan(0);
      for (const name of translations)
        expect(mine.some((r) => r[3] === "Grundskolenämnden" && r[4] === name)).toBe(true);
    }
    const milestone = rows.find(
      (r) => r[6] === "Minst 86 % av eleverna i åk 9 är behöriga till gymnasieskolan",
    );
    expect(milestone?.[8]).toBe(86);
    expect(milestone?.[9]).toEqual(new Date("2026-06-30T00:00:00Z"));
    const outcomes = sheets.get("Utfall") ?? [];
    expect(outcomes.find((r) => r[1] === 1 && r[4] === "2025")?.slice(5)).toEqual([
      -7.1,
      null,
      null,
      null,
      "Källa: Kolada",
    ]);
    const boardOutcomes = sheets.get("Nämndernas utfall") ?? [];
    expect(boardOutcomes[0]).toEqual([
      "Målområde",
      "KF nr",
      "KF-indikator",
      "Nämnd",
      "Nämndens indikator",
      "Enhet",
      "Period",
      "Totalt",
      "Kvinnor",
      "Män",
      "Anmärkning",
      "Källa",
    ]);
    // Seven nämnd indicators, four years each.
    expect(boardOutcomes.length - 1).toBe(28);
    const health = boardOutcomes.filter((r) => r[1] === 6 && r[3] === "Grundskolenämnden");
    expect(health.map((r) => [r[6], r[7], r[10]])).toEqual([
      ["2022", 70, null],
      ["2023", 71, null],
      ["2024", 72, null],
      ["2025", null, "Saknas: ännu inte publicerat"],
    ]);
    const assignments = sheets.get("Uppdrag") ?? [];
    expect(assignments.slice(1).map((r) => [r[3], r[6]])).toEqual([
      ["Ta fram en plan för att fler elever ska bli behöriga till gymnasieskolan", "Klar"],
      ["Se över skolskjutsorganisationen", "Pågår enligt plan"],
    ]);
  });

  it("is written by npm run report against the site, both formats", async () => {
    const dir = mkdtempSync(join(tmpdir(), "malkedjan-report-"));
    try {
      for (const format of ["docx", "xlsx"] as const) {
        const out = join(dir, `rapport.${format}`);
        const { stdout } = await run(
          process.execPath,
          [
            "--import",
            "tsx",
            "scripts/report.ts",
            "--format",
            format,
            "--out",
            out,
            "--year",
            "2026",
            "--site",
            site.url,
            "--today",
            "2026-11-27",
          ],
          { env: { ...process.env, MALKEDJAN_ENV: "" } },
        );
        expect(stdout).toContain(out);
        const bytes = readFileSync(out);
        if (format === "docx") expect(await docxParagraphs(bytes)).toContain("Huddinge kommun");
        else
          expect((await xlsxSheets(bytes)).get("Om rapporten")?.[1]).toEqual(["Kommun", "Huddinge kommun"]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

function unitOf(name: string): string {
  return huddinge["board-indicator"].find((b) => b.name === name)?.measureUnit ?? "";
}
