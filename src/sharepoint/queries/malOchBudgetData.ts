import type { SPFI } from "@pnp/sp";
import {
  coversYear,
  type MalOchBudgetData,
  type MalOchBudgetSource,
  type MandateChoice,
  type ProgramDeclaration,
} from "../../domain";
import { inOneBatch } from "../lists/batch";
import { lists } from "../schema/lists";
import { viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/** The chosen programförklaring: by id, or of the mandate covering the year (the latest starting, if two do). */
const chosen = (
  declarations: readonly ProgramDeclaration[],
  choice: MandateChoice,
): ProgramDeclaration | undefined =>
  "declarationId" in choice
    ? declarations.find((d) => d.id === choice.declarationId)
    : declarations
        .filter((d) => coversYear(d.mandate, choice.year))
        .sort((a, b) => b.mandate.firstYear - a.mandate.firstYear)[0];

/**
 * One mandate's KF level in one round trip: the four KF lists are small (a vision, a programförklaring and
 * three målområden per mandate, a handful of KF indicators each), so they are read whole in one `$batch`,
 * as the report back to KF reads them, and the mandate is picked out here.
 */
export async function loadMalOchBudgetData(
  sp: SPFI,
  choice: MandateChoice,
  report?: SkippedRowReporter,
): Promise<MalOchBudgetData | null> {
  const skipped = new SkippedRows(report);
  const { read } = viewReads(skipped);
  const [visions, declarations, allFocusAreas, allKfIndicators] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists.vision),
        read(b, lists["program-declaration"]),
        read(b, lists["focus-area"]),
        read(b, lists["kf-indicator"]),
      ] as const,
  );
  const programDeclaration = chosen(declarations, choice);
  if (programDeclaration === undefined) return null;
  const focusAreas = allFocusAreas.filter((a) => a.programDeclarationId === programDeclaration.id);
  const areaIds = new Set(focusAreas.map((a) => a.id));
  return {
    vision: visions.find((v) => v.id === programDeclaration.visionId) ?? visions[0] ?? null,
    programDeclaration,
    focusAreas,
    kfIndicators: allKfIndicators.filter((k) => areaIds.has(k.focusAreaId)),
    skippedRows: skipped.count,
  };
}

/** The Mål och budget data over SharePoint, read with whatever identity `sp` carries (the app's on the server). */
export class SharePointMalOchBudgetSource implements MalOchBudgetSource {
  constructor(
    private readonly sp: SPFI,
    private readonly reportSkipped?: SkippedRowReporter,
  ) {}

  malOchBudgetData(choice: MandateChoice): Promise<MalOchBudgetData | null> {
    return loadMalOchBudgetData(this.sp, choice, this.reportSkipped);
  }
}
