/**
 * The report back to KF as a Word document (docx 9), ready for the avstämningsärende: a title block with the
 * municipality and the period, then each målområde in order with its KF indicators (outcomes, every nämnd's
 * indicators with their outcomes, etappmål and status) and its uppdrag. docx escapes every text it is given.
 */
import { Document, HeadingLevel, Packer, Paragraph, type FileChild, type Table } from "docx";
import type {
  KfReport,
  ReportAssignment,
  ReportKfIndicator,
  ReportStatus,
  ReportTranslation,
  TrendPoint,
} from "../contracts/kfReport";
import { heading, pageMargins, run, swedishStyles, table, text } from "./docxParts";
import {
  directionText,
  formatDate,
  formatNumber,
  formatValue,
  formatYearValue,
  horizonText,
  missingText,
  periodText,
  reportTexts as t,
  sourceText,
  statusText,
} from "./reportTexts";

const statusCell = (status: ReportStatus): string => statusText(status.status);

const noteOf = (status: ReportStatus, unit?: string): string =>
  [
    status.value === undefined
      ? undefined
      : `${t.columns.value}: ${formatValue(status.value, unit ?? "")}`.trim(),
    status.comment,
  ]
    .filter((x): x is string => x !== undefined)
    .join(" – ");

const measured = (point: TrendPoint, part: "total" | "women" | "men"): string => {
  const m = point.measurement;
  if (m.kind === "missing") return part === "total" ? missingText(m.reason) : "–";
  const value = m[part];
  return value === undefined ? "–" : formatNumber(value);
};

/** An outcome trend as a table (period, total, kvinnor, män, source), "Källa: Kolada" under it where due. */
const trendBlock = (trend: readonly TrendPoint[]): FileChild[] => [
  table(
    [
      [t.columns.period, 3],
      [t.columns.total, 2],
      [t.columns.women, 2],
      [t.columns.men, 2],
      [t.columns.source, 2],
    ],
    trend.map((p) => [
      p.label,
      measured(p, "total"),
      measured(p, "women"),
      measured(p, "men"),
      sourceText(p),
    ]),
  ),
  ...(trend.some((p) => p.source === "kolada") ? [text(t.kolada)] : []),
];

/** A short label over a table: it also keeps two tables in a row from running together into one. */
const label = (value: string): Paragraph =>
  new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [run(value, { bold: true })] });

function translationSection(tr: ReportTranslation): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({
      keepNext: true,
      children: [run(`${tr.boardName}: ${tr.name} (${tr.measureUnit})`, { bold: true })],
    }),
    text(
      [
        `${t.columns.status}: ${statusCell(tr.status)}`,
        noteOf(tr.status, tr.measureUnit),
        `${t.columns.target}: ${formatYearValue(tr.target, tr.measureUnit)}`,
      ]
        .filter((part) => part !== "")
        .join(" · "),
    ),
  ];
  if (tr.trend.length === 0) out.push(text(`${t.boardTrend}: ${t.noOutcome}`));
  else out.push(label(t.boardTrend), ...trendBlock(tr.trend));
  if (tr.milestones.length === 0) return out;
  out.push(
    label(t.columns.milestone),
    table(
      [
        [t.columns.milestone, 8],
        [t.columns.targetValue, 4],
        [t.columns.targetDate, 4],
        [t.columns.status, 3],
        [t.columns.comment, 5],
      ],
      tr.milestones.map((m) => [
        `${m.title} (${horizonText(m.horizon).toLowerCase()})`,
        formatValue(m.targetValue, tr.measureUnit),
        m.targetDate,
        statusCell(m.status),
        noteOf(m.status, tr.measureUnit),
      ]),
    ),
  );
  return out;
}

function indicatorSection(kf: ReportKfIndicator): FileChild[] {
  const out: FileChild[] = [
    heading(`KF ${kf.number}. ${kf.name}`, HeadingLevel.HEADING_2),
    text(
      `${t.columns.unit}: ${kf.measureUnit} · ${directionText(kf.direction)} · ${t.columns.baseline}: ${formatYearValue(kf.baseline, kf.measureUnit)} · ${t.columns.target}: ${formatYearValue(kf.target, kf.measureUnit)}`,
    ),
    heading(t.trend, HeadingLevel.HEADING_3),
    ...(kf.trend.length === 0 ? [text(t.noOutcome)] : trendBlock(kf.trend)),
    heading(t.translations, HeadingLevel.HEADING_3),
  ];
  if (kf.translations.length === 0) out.push(text(t.noTranslation));
  for (const tr of kf.translations) out.push(...translationSection(tr));
  return out;
}

const assignmentTable = (assignments: readonly ReportAssignment[]): Table =>
  table(
    [
      [t.columns.board, 4],
      [t.columns.administration, 4],
      [t.columns.assignment, 8],
      [t.columns.dueDate, 3],
      [t.columns.status, 3],
      [t.columns.comment, 5],
    ],
    assignments.map((a) => [
      a.boardName,
      a.administrationName,
      a.decisionReference === undefined ? a.title : `${a.title} (${a.decisionReference})`,
      a.dueDate,
      statusCell(a.status),
      noteOf(a.status),
    ]),
  );

/** The report's body, title block first. */
export function kfReportDocument(report: KfReport): Document {
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(t.title)] }),
    new Paragraph({ children: [run(report.municipality, { bold: true, size: 32 })] }),
    text(`Period: ${periodText(report)}`),
    ...(report.programDeclarationTitle === undefined ? [] : [text(report.programDeclarationTitle)]),
    text(
      `Nämnder: ${report.boards.length === 0 ? "inga verksamhetsplaner för året" : report.boards.join(", ")}`,
    ),
    text(`Upprättad ${formatDate(report.madeOn)}`),
  ];
  for (const area of report.focusAreas) {
    children.push(heading(area.heading, HeadingLevel.HEADING_1));
    children.push(heading(t.kfIndicators, HeadingLevel.HEADING_2));
    for (const kf of area.indicators) children.push(...indicatorSection(kf));
    children.push(heading(t.assignments, HeadingLevel.HEADING_2));
    children.push(area.assignments.length === 0 ? text(t.noAssignments) : assignmentTable(area.assignments));
  }
  if (report.assignmentsWithoutFocusArea.length > 0) {
    children.push(heading(t.assignmentsWithoutFocusArea, HeadingLevel.HEADING_1));
    children.push(assignmentTable(report.assignmentsWithoutFocusArea));
  }
  return new Document({
    creator: "Målkedjan",
    title: `${t.title} – ${report.municipality} ${report.period.label} ${report.year}`,
    description: t.title,
    styles: swedishStyles,
    sections: [
      {
        properties: { page: { margin: pageMargins } },
        children,
      },
    ],
  });
}

/** The Word file's bytes. */
export const kfReportDocx = (report: KfReport): Promise<Buffer> => Packer.toBuffer(kfReportDocument(report));
