/**
 * The building blocks the Word files share (docx 9): A4 with 2 cm margins, Swedish Calibri, headings, text
 * paragraphs and tables over the text width. Every text goes in as a text run, which docx escapes; what XML
 * cannot hold at all (control characters pasted from elsewhere) is dropped first, so no stored text can
 * break the file.
 */
import {
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
} from "docx";

/** A4 with 2 cm margins: the width tables share, in twentieths of a point. */
export const margin = 1134;
export const textWidth = 11906 - 2 * margin;

export const pageMargins = { top: margin, bottom: margin, left: margin, right: margin } as const;

/** Swedish, so Word checks spelling and reads numbers as a Swedish reader expects. */
export const swedishStyles: IStylesOptions = {
  default: { document: { run: { font: "Calibri", size: 22, language: { value: "sv-SE" } } } },
};

/** XML 1.0 holds tab, line feed, carriage return and everything from space up, but not U+FFFE/U+FFFF. */
const allowedInXml = (code: number): boolean =>
  code === 0x09 ||
  code === 0x0a ||
  code === 0x0d ||
  (code >= 0x20 && code !== 0xfffe && code !== 0xffff && (code < 0xd800 || code > 0xdfff));

/**
 * A text as XML can hold it: control characters and lone surrogates are dropped, everything else kept as
 * written (a pair of surrogates is one code point above U+FFFF, and kept).
 */
export const xmlSafe = (value: string): string => {
  let safe = "";
  for (const char of value) if (allowedInXml(char.codePointAt(0) ?? 0)) safe += char;
  return safe;
};

/**
 * A stored text as paragraphs: one per line (a line break typed in a form, or Word's pasted U+000B), blank
 * lines left out.
 */
export const paragraphsOf = (value: string): string[] =>
  value
    .split(/\r\n|[\r\n\v\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

export const run = (value: string, options: { bold?: boolean; size?: number } = {}): TextRun =>
  new TextRun({ text: xmlSafe(value), ...options });

export const text = (value: string): Paragraph => new Paragraph({ children: [run(value)] });

export type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

export const heading = (value: string, level: HeadingLevelValue): Paragraph =>
  new Paragraph({ heading: level, keepNext: true, spacing: { before: 160 }, children: [run(value)] });

/** A cell's content: one text, or several paragraphs (the first bold in a header). */
export type CellContent = string | readonly string[];

const cell = (content: CellContent, width: number, header = false): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: (typeof content === "string" ? [content] : content).map(
      (line) => new Paragraph({ children: [run(line, { bold: header })] }),
    ),
  });

/**
 * A table over the text width, columns in the given shares, with a header row that repeats on every page it
 * runs over.
 */
export const table = (
  columns: readonly (readonly [header: string, share: number])[],
  rows: readonly (readonly CellContent[])[],
): Table => {
  const total = columns.reduce((n, [, share]) => n + share, 0);
  const widths = columns.map(([, share]) => Math.floor((textWidth * share) / total));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map(([header], i) => cell(header, widths[i] ?? 0, true)),
      }),
      // A row is kept on one page: a reader never has to piece one together across a page break.
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((value, i) => cell(value, widths[i] ?? 0)) }),
      ),
    ],
  });
};
