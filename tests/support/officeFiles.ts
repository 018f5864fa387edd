import ExcelJS from "exceljs";
import JSZip from "jszip";

const entities: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const decode = (xml: string): string => xml.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => entities[e] ?? e);

/** The Word file's paragraphs as text, in document order (table cells included), read from word/document.xml. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("no word/document.xml in the file");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? "")).join(""),
  );
}

/** The raw XML of one part of an Office file (to check what is, and is not, in it). */
export async function officePart(bytes: Uint8Array, part: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file(part)?.async("string");
  if (xml === undefined) throw new Error(`no ${part} in the file`);
  return xml;
}

/** The Excel file's sheets as rows of cell values (row 1 is the header), read back with exceljs. */
export async function xlsxSheets(bytes: Uint8Array): Promise<Map<string, ExcelJS.CellValue[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, ExcelJS.CellValue[][]>();
  workbook.eachSheet((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}
