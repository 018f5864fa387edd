/**
 * Mål och budget as a Word document (docx 9): a title page with the municipality, the mandate period and
 * whether KF has fastställt it, the vision, the politisk programförklaring, then each målområde with its text
 * for citizens, the Agenda 2030 goals it captures and a table of its KF indicators. An utkast says so on its
 * title page and in the header of every page. Every stored text goes in as a text run (docxParts).
 */
import { Document, Header, HeadingLevel, Packer, Paragraph, type FileChild } from "docx";
import { nameAgenda2030Goal } from "../domain";
import { heading, pageMargins, paragraphsOf, run, swedishStyles, table, text } from "./docxParts";
import type { MalOchBudget, MalOchBudgetFocusArea } from "./malOchBudget";
import {
  directionCell,
  malOchBudgetTexts as t,
  malOchBudgetTitle,
  standingText,
  yearValueCell,
} from "./malOchBudgetTexts";
import { formatDate } from "./reportTexts";

/** A stored text as its paragraphs; an empty one as a dash, so a heading never stands alone. */
const textBlock = (value: string | undefined, whenEmpty: string): Paragraph[] => {
  const lines = value === undefined ? [] : paragraphsOf(value);
  return (lines.length === 0 ? [whenEmpty] : lines).map(text);
};

const indicatorTable = (area: MalOchBudgetFocusArea) =>
  table(
    [
      // In millimetres of the 170 the page holds: each header fits on one line.
      [t.columns.number, 9],
      [t.columns.indicator, 47],
      [t.columns.unit, 17],
      [t.columns.direction, 24],
      [t.columns.baseline, 30],
      [t.columns.target, 25],
      [t.columns.kolada, 18],
    ],
    area.indicators.map((kf) => [
      String(kf.number),
      kf.agenda2030Goals.length === 0 ? kf.name : [kf.name, `Globala mål: ${kf.agenda2030Goals.join(", ")}`],
      kf.measureUnit,
      directionCell(kf.direction),
      yearValueCell(kf.baseline),
      yearValueCell(kf.target),
      kf.koladaKpiId ?? "–",
    ]),
  );

function focusAreaSection(area: MalOchBudgetFocusArea): FileChild[] {
  const out: FileChild[] = [
    heading(area.heading, HeadingLevel.HEADING_1),
    ...textBlock(area.citizenText, "–"),
    heading(t.agenda2030, HeadingLevel.HEADING_2),
  ];
  if (area.agenda2030Goals.length === 0) out.push(text("–"));
  for (const goal of area.agenda2030Goals)
    out.push(new Paragraph({ bullet: { level: 0 }, children: [run(nameAgenda2030Goal(goal, "sv"))] }));
  out.push(heading(t.kfIndicators, HeadingLevel.HEADING_2));
  out.push(area.indicators.length === 0 ? text(t.noIndicators) : indicatorTable(area));
  return out;
}

/** The document's body, title page first. */
export function malOchBudgetDocument(doc: MalOchBudget): Document {
  const title = malOchBudgetTitle(doc);
  const standing = standingText(doc.standing);
  const declaration = doc.programDeclaration;
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(title)] }),
    new Paragraph({ children: [run(doc.municipality, { bold: true, size: 32 })] }),
    new Paragraph({ children: [run(standing, { bold: doc.standing.kind === "draft" })] }),
    text(`Upprättad ${formatDate(doc.madeOn)}`),
    heading(t.vision, HeadingLevel.HEADING_1),
    ...textBlock(doc.vision, t.noVision),
    heading(t.programDeclaration, HeadingLevel.HEADING_1),
    // The stored title only where it says more than the heading and the years.
    ...(declaration.title.trim() === `${t.programDeclaration} ${doc.firstYear}–${doc.lastYear}`
      ? []
      : [new Paragraph({ keepNext: true, children: [run(declaration.title, { bold: true })] })]),
    ...textBlock(declaration.text, "–"),
  ];
  for (const area of doc.focusAreas) children.push(...focusAreaSection(area));
  const running = [doc.municipality, title, ...(doc.standing.kind === "draft" ? [standing] : [])].join(" · ");
  return new Document({
    creator: "Målkedjan",
    title: `${title} – ${doc.municipality}`,
    description: title,
    styles: swedishStyles,
    sections: [
      {
        properties: { page: { margin: pageMargins } },
        headers: { default: new Header({ children: [new Paragraph({ children: [run(running)] })] }) },
        children,
      },
    ],
  });
}

/** The Word file's bytes. */
export const malOchBudgetDocx = (doc: MalOchBudget): Promise<Buffer> =>
  Packer.toBuffer(malOchBudgetDocument(doc));
