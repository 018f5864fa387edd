/**
 * The report API of the real server (local mode in-process, the Huddinge demo over real HTTP): any verified
 * caller gets the report as JSON and as Word and Excel files with a Swedish, RFC 5987-encoded file name; no
 * caller gets 401, a bad year or period 400. The report is plan-level: no person, no individual goal.
 */
import { kfReportApiPaths, kfReportSchema } from "../../../src/contracts/kfReport";
import { huddinge } from "../../../src/demo";
import { unsignedToken } from "../../../src/localsite";
import { docxParagraphs, xlsxSheets } from "../../support/officeFiles";
import { useLocalServer } from "../server/support/localServer";

const maria = "maria.johansson@malkedjan.local";
const session = useLocalServer("report-api");

const get = (pathAndQuery: string, as?: string) =>
  fetch(new URL(pathAndQuery, session.server.origin), {
    headers: as === undefined ? {} : { Authorization: `Bearer ${unsignedToken(as)}` },
  });

describe("the report back to KF over the API", () => {
  it("answers a medarbetare with the report as JSON: every KF indicator, no person and no individual goal", async () => {
    const response = await get(kfReportApiPaths.json(2026), maria);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const report = kfReportSchema.parse(JSON.parse(text));
    expect(report.municipality).toBe("Huddinge kommun");
    expect(report.focusAreas.flatMap((a) => a.indicators.map((k) => k.id)).sort()).toEqual(
      huddinge["kf-indicator"].map((k) => k.id).sort(),
    );
    for (const person of huddinge.person) {
      expect(text).not.toContain(person.name);
      expect(text.toLowerCase()).not.toContain(person.id);
    }
    for (const goal of huddinge["individual-goal"]) {
      expect(text).not.toContain(goal.title);
      expect(text).not.toContain(goal.id);
    }
  });

  it("sends the Word and Excel files with their content types and a Swedish file name", async () => {
    const word = await get(kfReportApiPaths.docx(2026, "helar"), maria);
    expect(word.status).toBe(200);
    expect(word.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(word.headers.get("content-disposition")).toBe(
      `attachment; filename="Aterrapportering till KF 2026 helar.docx"; filename*=UTF-8''%C3%85terrapportering%20till%20KF%202026%20hel%C3%A5r.docx`,
    );
    expect(await docxParagraphs(new Uint8Array(await word.arrayBuffer()))).toContain(
      "Period: Helår 2026 (31 december 2026)",
    );
    const excel = await get(kfReportApiPaths.xlsx(2026), maria);
    expect(excel.status).toBe(200);
    expect(excel.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(excel.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''%C3%85terrapportering/);
    const sheets = await xlsxSheets(new Uint8Array(await excel.arrayBuffer()));
    expect(sheets.get("Om rapporten")?.[1]).toEqual(["Kommun", "Huddinge kommun"]);
  });

  it("refuses an unknown caller (401), a malformed year and an unknown period (400) as Swedish problems", async () => {
    const anonymous = await get(kfReportApiPaths.docx(2026));
    expect(anonymous.status).toBe(401);
    const badYear = await get("/api/reports/kf?ar=tjugo", maria);
    expect(badYear.status).toBe(400);
    expect(badYear.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(await badYear.text()).toContain("Året eller perioden är fel");
    const badPeriod = await get(kfReportApiPaths.json(2026, "kvartal3"), maria);
    expect(badPeriod.status).toBe(400);
    expect(await badPeriod.text()).toContain("Perioden finns inte");
  });
});
