import type { KfReportSource } from "../domain";
import type { KfReport } from "../contracts/kfReport";
import { buildKfReport, type KfReportOptions } from "./kfReport";
import { kfReportDocx } from "./kfReportDocx";
import { kfReportXlsx } from "./kfReportXlsx";
import { reportFileName } from "./reportTexts";

export const REPORT_FORMATS = ["docx", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The report for a year, read through the port (a bounded number of round trips) and built. */
export async function produceKfReport(
  source: KfReportSource,
  year: number,
  options: KfReportOptions,
): Promise<KfReport> {
  return buildKfReport(await source.kfReportData(year), options);
}

export interface ReportFile {
  readonly bytes: Buffer;
  readonly contentType: string;
  /** Swedish, with å/ä/ö: send it RFC 5987-encoded. */
  readonly fileName: string;
}

/** The report as a Word or Excel file. */
export async function reportFile(report: KfReport, format: ReportFormat): Promise<ReportFile> {
  const bytes = format === "docx" ? await kfReportDocx(report) : await kfReportXlsx(report);
  return { bytes, contentType: REPORT_CONTENT_TYPES[format], fileName: reportFileName(report, format) };
}
