/**
 * The report back to KF as an Excel workbook (exceljs 4): an "Om rapporten" sheet (municipality, period), then
 * tidy sheets with filterable columns — KF indicators with every nämnd's indicators, etappmål and status; the
 * KF indicators' outcomes; the nämnd indicators' outcomes; the uppdrag. Numbers are numbers, dates are dates. Text from people is always a string cell (never
 * a formula), whatever character it starts with.
 */
import ExcelJS from "exceljs";
import type { KfReport, ReportStatus, TrendPoint } from "../contracts/kfReport";
import {
  formatDate,
  horizonText,
  missingText,
  periodText,
  reportTexts as t,
  statusText,
} from "./reportTexts";

type CellValue = string | number | Date | null;

interface Column {
  readonly header: string;
  readonly width: number;
  readonly kind: "text" | "number" | "date";
}

const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * A sheet of one header row and rows; header frozen, an autofilter over every column. Cells are written one
 * by one with explicit values, so a text starting with `=` stays text (exceljs makes a formula only of a
 * `{ formula }` value).
 */
function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: readonly (readonly CellValue[])[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style:
      c.kind === "date"
        ? { numFmt: "yyyy-mm-dd" }
        : c.kind === "number"
          ? {} // General: Excel shows the number in the reader's own locale (86, 117 900, −7,1)
          : { alignment: { wrapText: true, vertical: "top" } },
  }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, c) => {
      if (value === null) return;
      row.getCell(c + 1).value = value;
    });
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
}

const textCol = (header: string, width = 30): Column => ({ header, width, kind: "text" });
const numberCol = (header: string, width = 12): Column => ({ header, width, kind: "number" });
const dateCol = (header: string): Column => ({ header, width: 12, kind: "date" });

const statusCells = (status: ReportStatus): CellValue[] => [
  statusText(status.status),
  status.value ?? null,
  status.comment ?? null,
];

const measurementCells = (point: TrendPoint): CellValue[] =>
  point.measurement.kind === "value"
    ? [point.measurement.total, point.measurement.women ?? null, point.measurement.men ?? null, null]
    : [null, null, null, missingText(point.measurement.reason)];

/** The workbook's sheets. */
export function kfReportWorkbook(report: KfReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Målkedjan";
  workbook.title = `${t.title} – ${report.municipality}`;

  const about = workbook.addWorksheet("Om rapporten");
  about.columns = [{ width: 18 }, { width: 80 }];
  const facts: [string, string][] = [
    ["Rapport", t.title],
    ["Kommun", report.municipality],
    ["Period", periodText(report)],
    ...(report.programDeclarationTitle === undefined
      ? []
      : ([["Programförklaring", report.programDeclarationTitle]] as [string, string][])),
    ["Nämnder", report.boards.join(", ")],
    ["Upprättad", formatDate(report.madeOn)],
    ["Källor", `Utfall markerade Kolada: ${t.kolada} (CC BY 4.0).`],
  ];
  facts.forEach(([label, value], i) => {
    const row = about.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
  });

  const c = t.columns;
  const indicatorRows: CellValue[][] = [];
  const outcomeRows: CellValue[][] = [];
  const boardOutcomeRows: CellValue[][] = [];
  const assignmentRows: CellValue[][] = [];
  for (const area of report.focusAreas) {
    for (const kf of area.indicators) {
      const kfCells: CellValue[] = [area.heading, kf.number, kf.name];
      if (kf.translations.length === 0)
        indicatorRows.push([...kfCells, null, null, null, null, null, null, null, "Ej översatt", null, null]);
      for (const tr of kf.translations) {
        const trCells: CellValue[] = [...kfCells, tr.boardName, tr.name, tr.measureUnit];
        indicatorRows.push([
          ...trCells,
          null,
          null,
          tr.target?.value ?? null,
          null,
          ...statusCells(tr.status),
        ]);
        for (const p of tr.trend)
          boardOutcomeRows.push([
            ...trCells,
            p.label,
            ...measurementCells(p),
            p.source === "kolada" ? t.kolada : "Manuellt inmatat",
          ]);
        for (const m of tr.milestones)
          indicatorRows.push([
            ...trCells,
            m.title,
            horizonText(m.horizon),
            m.targetValue,
            dateOf(m.targetDate),
            ...statusCells(m.status),
          ]);
      }
      for (const p of kf.trend)
        outcomeRows.push([
          area.heading,
          kf.number,
          kf.name,
          kf.measureUnit,
          p.label,
          ...measurementCells(p),
          p.source === "kolada" ? t.kolada : "Manuellt inmatat",
        ]);
    }
    for (const a of area.assignments) assignmentRows.push(assignmentCells(area.heading, a));
  }
  for (const a of report.assignmentsWithoutFocusArea)
    assignmentRows.push(assignmentCells("Inget målområde", a));

  addTable(
    workbook,
    "Indikatorer och etappmål",
    [
      textCol(c.focusArea, 28),
      numberCol("KF nr", 7),
      textCol(c.kfIndicator, 40),
      textCol(c.board, 24),
      textCol(c.indicator, 40),
      textCol(c.unit, 10),
      textCol(c.milestone, 40),
      textCol(c.horizon, 10),
      numberCol(c.targetValue),
      dateCol(c.targetDate),
      textCol(c.status, 16),
      numberCol(c.value),
      textCol(c.comment, 50),
    ],
    indicatorRows,
  );
  addTable(
    workbook,
    "Utfall",
    [
      textCol(c.focusArea, 28),
      numberCol("KF nr", 7),
      textCol(c.kfIndicator, 40),
      textCol(c.unit, 10),
      textCol(c.period, 12),
      numberCol(c.total),
      numberCol(c.women),
      numberCol(c.men),
      textCol(c.note, 36),
      textCol(c.source, 18),
    ],
    outcomeRows,
  );
  addTable(
    workbook,
    "Nämndernas utfall",
    [
      textCol(c.focusArea, 28),
      numberCol("KF nr", 7),
      textCol(c.kfIndicator, 40),
      textCol(c.board, 24),
      textCol(c.indicator, 40),
      textCol(c.unit, 10),
      textCol(c.period, 12),
      numberCol(c.total),
      numberCol(c.women),
      numberCol(c.men),
      textCol(c.note, 36),
      textCol(c.source, 18),
    ],
    boardOutcomeRows,
  );
  addTable(
    workbook,
    "Uppdrag",
    [
      textCol(c.focusArea, 28),
      textCol(c.board, 24),
      textCol(c.administration, 28),
      textCol(c.assignment, 50),
      textCol(c.decision, 20),
      dateCol(c.dueDate),
      textCol(c.status, 16),
      textCol(c.comment, 50),
    ],
    assignmentRows,
  );
  return workbook;
}

const assignmentCells = (
  focusArea: string,
  a: KfReport["assignmentsWithoutFocusArea"][number],
): CellValue[] => [
  focusArea,
  a.boardName,
  a.administrationName,
  a.title,
  a.decisionReference ?? null,
  dateOf(a.dueDate),
  statusText(a.status.status),
  a.status.comment ?? null,
];

/** The Excel file's bytes. */
export async function kfReportXlsx(report: KfReport): Promise<Buffer> {
  const bytes = await kfReportWorkbook(report).xlsx.writeBuffer();
  return Buffer.from(bytes);
}
