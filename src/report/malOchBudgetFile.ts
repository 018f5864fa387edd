import type { MalOchBudgetSource, MandateChoice } from "../domain";
import { buildMalOchBudget, type MalOchBudget, type MalOchBudgetOptions } from "./malOchBudget";
import { malOchBudgetDocx } from "./malOchBudgetDocx";
import { malOchBudgetFileName } from "./malOchBudgetTexts";
import { REPORT_CONTENT_TYPES, type ReportFile } from "./reportFile";

/** The chosen mandate's Mål och budget, read through the port (one round trip) and built; null when none is. */
export async function produceMalOchBudget(
  source: MalOchBudgetSource,
  choice: MandateChoice,
  options: MalOchBudgetOptions,
): Promise<MalOchBudget | null> {
  const data = await source.malOchBudgetData(choice);
  return data === null ? null : buildMalOchBudget(data, options);
}

/** Mål och budget as a Word file, named with its years. */
export async function malOchBudgetFile(doc: MalOchBudget): Promise<ReportFile> {
  return {
    bytes: await malOchBudgetDocx(doc),
    contentType: REPORT_CONTENT_TYPES.docx,
    fileName: malOchBudgetFileName(doc),
  };
}
