import { parse } from "csv-parse/sync";
import { COLUMNS, COLUMN_ORDER, type ColumnKey } from "./format";

/** One data row of the file with the line it starts on (1 is the header). */
export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<ColumnKey, string>>;
  /** How many cells the row has, and how many the header has: a difference means a shifted row. */
  readonly cellCount: number;
  readonly headerCount: number;
}

export type ReadCsvResult =
  | { readonly ok: true; readonly rows: readonly CsvRow[]; readonly delimiter: ";" | "," }
  /** The file as a whole cannot be read (no header, broken quoting): nothing is imported. */
  | { readonly ok: false; readonly line: number; readonly reason: string };

const normalise = (header: string): string => header.trim().toLowerCase();

/**
 * The separator of the header line: `;` (what Swedish Excel writes) or `,`, whichever occurs more often
 * outside quotes; `;` on a tie.
 */
export function detectDelimiter(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") break;
    else if (!quoted && char === ";") semicolons += 1;
    else if (!quoted && char === ",") commas += 1;
  }
  return commas > semicolons ? "," : ";";
}

/** The line a record starts on, from the line it ends on and the line breaks inside it. */
const startLine = (endLine: number, raw: string): number =>
  endLine - (raw.replace(/^\n+/, "").replace(/\n$/, "").match(/\n/g)?.length ?? 0);

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * The export's text (UTF-8, with or without BOM; `;` or `,`; quoted fields may hold separators and line
 * breaks) → rows keyed by column, each with its line number. Cells are trimmed. A row with the wrong number
 * of cells is kept (cells missing are empty) so validation can report it by line; only a file that cannot
 * be split into rows at all is refused as a whole.
 */
export function readOrgCsv(input: string): ReadCsvResult {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(text);
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return {
      ok: false,
      line: typeof line === "number" ? line : 1,
      reason: "filen kunde inte läsas: ett citattecken är inte avslutat eller står fel",
    };
  }
  const [header, ...data] = records;
  if (header === undefined) return { ok: false, line: 1, reason: "filen är tom" };
  const positions = new Map(header.record.map((name, index) => [normalise(name), index]));
  const missing = COLUMN_ORDER.filter((key) => !positions.has(normalise(COLUMNS[key])));
  if (missing.length > 0) {
    return {
      ok: false,
      line: startLine(header.info.lines, header.raw),
      reason: `rubrikraden saknar kolumnerna ${missing.map((key) => COLUMNS[key]).join(", ")}`,
    };
  }
  const rows = data
    .filter((r) => r.record.some((cell) => cell !== ""))
    .map((r) => {
      const cells = {} as Record<ColumnKey, string>;
      for (const key of COLUMN_ORDER) {
        cells[key] = r.record[positions.get(normalise(COLUMNS[key])) ?? -1] ?? "";
      }
      return {
        line: startLine(r.info.lines, r.raw),
        cells,
        cellCount: r.record.length,
        headerCount: header.record.length,
      };
    });
  return { ok: true, rows, delimiter };
}
