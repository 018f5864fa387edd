import ExcelJS from "exceljs";
import { huddinge } from "../../../src/demo";
import { DEFAULT_FOLLOW_UP_CALENDAR, type FollowUp } from "../../../src/domain";
import { buildKfReport, reportFile } from "../../../src/report";
import { docxParagraphs, officePart, xlsxSheets } from "../../support/officeFiles";
import { reportDataOf } from "./reportData";

const options = {
  municipality: "Huddinge kommun",
  today: "2026-11-27",
  calendar: DEFAULT_FOLLOW_UP_CALENDAR,
};
const demo = reportDataOf(huddinge, 2026);

/** Follow-up comments as a person might type them: formulas, markup. */
const hostile = ['=HYPERLINK("http://evil","klicka")', "+1+2", "-3+4", "@SUM(A1)", "<w:p>&</w:p>"];
const withComments = (): typeof demo => {
  const assignment = demo.assignments[0];
  if (assignment === undefined) throw new Error("the demo has no uppdrag");
  const followUps: FollowUp[] = hostile.map((comment, i) => ({
    id: `hostile-${i}`,
    target: { kind: "assignment", id: assignment.id },
    period: "2026-delar",
    status: "at-risk",
    comment,
    authorId: "johan.wikstrom@malkedjan.local",
    recordedAt: `2026-10-0${i + 1}T10:00:00Z`,
  }));
  return { ...demo, followUps: [...demo.followUps, ...followUps] };
};

describe("text from people in the report's files", () => {
  it("stays text in Excel: a comment starting with =, +, - or @ is a string cell, never a formula", async () => {
    for (const [i, comment] of hostile.entries()) {
      // The latest follow-up wins: keep only those up to this one.
      const data = withComments();
      const report = buildKfReport(
        {
          ...data,
          followUps: data.followUps.filter((f) => !f.id.startsWith("hostile-") || Number(f.id.slice(8)) <= i),
        },
        options,
      );
      const bytes = (await reportFile(report, "xlsx")).bytes;
      const rows = (await xlsxSheets(bytes)).get("Uppdrag") ?? [];
      expect(rows.some((r) => r[7] === comment)).toBe(true);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))),
      );
      for (const n of [1, 2, 3, 4, 5])
        expect(await officePart(bytes, `xl/worksheets/sheet${n}.xml`)).not.toContain("<f>");
    }
  });

  it("is escaped in Word: markup in a comment is shown as written", async () => {
    const report = buildKfReport(withComments(), options);
    const bytes = (await reportFile(report, "docx")).bytes;
    expect(await docxParagraphs(bytes)).toContain("<w:p>&</w:p>");
    expect(await officePart(bytes, "word/document.xml")).toContain("&lt;w:p&gt;&amp;&lt;/w:p&gt;");
  });
});
