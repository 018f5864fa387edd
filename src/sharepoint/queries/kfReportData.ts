import type { SPFI } from "@pnp/sp";
import {
  coversYear,
  plansInForce,
  type EntityByKind,
  type ItemKind,
  type KfReportData,
  type KfReportSource,
} from "../../domain";
import { eq } from "../odata/filter";
import { inOneBatch, widestBatch } from "../lists/batch";
import type { EntityList } from "../schema/columns";
import { lists } from "../schema/lists";
import { unitYear, viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/**
 * The report back to KF's data for one year in three round trips, however many nämnder and indicators:
 * 1. the KF level (four small lists, whole) and the year's verksamhetsplaner (by the indexed `Year`);
 * 2. one `$batch` of: the plans' indicators, etappmål and uppdrag (by `BoardYear`), their follow-ups (by the
 *    nämnd's `UnitYear`, which every nämnd-level item's follow-ups carry), the nämnder and the förvaltningar
 *    under them (by `Key` and `ParentId`), and the KF indicators' outcomes (by `IndicatorId`); 40 values per
 *    request, so the batch grows in parts, never in round trips;
 * 3. the nämnd indicators' outcomes (by `IndicatorId`), whose ids only the second read tells.
 */
export async function loadKfReportData(
  sp: SPFI,
  year: number,
  report?: SkippedRowReporter,
): Promise<KfReportData> {
  const skipped = new SkippedRows(report);
  const { read, readAnyOf } = viewReads(skipped);
  const [declarations, allFocusAreas, allKfIndicators, allBoardPlans] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists["program-declaration"]),
        read(b, lists["focus-area"]),
        read(b, lists["kf-indicator"]),
        read(b, lists["board-plan"], eq("Year", year)),
      ] as const,
  );
  // Every version of a verksamhetsplan is read: the report is of the one in force.
  const boardPlans = plansInForce(allBoardPlans);
  const inForce = new Set(boardPlans.map((p) => p.id));
  const ofPlanInForce = <T extends { boardPlanId: string }>(xs: readonly T[]): T[] =>
    xs.filter((x) => inForce.has(x.boardPlanId));
  const programDeclaration = declarations.find((d) => coversYear(d.mandate, year)) ?? null;
  const focusAreas = allFocusAreas.filter((a) => a.programDeclarationId === programDeclaration?.id);
  const areaIds = new Set(focusAreas.map((a) => a.id));
  const kfIndicators = allKfIndicators.filter((k) => areaIds.has(k.focusAreaId));
  const boardIds = [...new Set(boardPlans.map((p) => p.boardUnitId))];
  const boardYears = boardIds.map((id) => unitYear(id, year));
  const kfIds = kfIndicators.map((k) => k.id);
  const anyOf = <K extends ItemKind>(
    b: SPFI,
    list: EntityList<K>,
    column: string,
    values: readonly string[],
  ): Promise<EntityByKind[K][]> =>
    values.length === 0 ? Promise.resolve([]) : readAnyOf(b, list, column, values);
  // With no plan and no KF indicator nothing is queued, and PnPjs sends no empty $batch.
  const [boardIndicators, milestones, assignments, followUps, boards, administrations, outcomes] =
    await inOneBatch(
      sp,
      (b) =>
        [
          anyOf(b, lists["board-indicator"], "BoardYear", boardYears),
          anyOf(b, lists.milestone, "BoardYear", boardYears),
          anyOf(b, lists.assignment, "BoardYear", boardYears),
          anyOf(b, lists["follow-up"], "UnitYear", boardYears),
          anyOf(b, lists["org-unit"], "Key", boardIds),
          anyOf(b, lists["org-unit"], "ParentId", boardIds),
          anyOf(b, lists["indicator-outcome"], "IndicatorId", kfIds),
        ] as const,
      widestBatch,
    );
  // 3. The nämnd indicators' outcomes, once their ids are known (none queued, no round trip, when there are none).
  const boardIndicatorsInForce = ofPlanInForce(boardIndicators);
  const [boardOutcomes] = await inOneBatch(
    sp,
    (b) =>
      [
        anyOf(
          b,
          lists["indicator-outcome"],
          "IndicatorId",
          boardIndicatorsInForce.map((i) => i.id),
        ),
      ] as const,
    widestBatch,
  );
  return {
    year,
    programDeclaration,
    focusAreas,
    kfIndicators,
    boardPlans,
    boardIndicators: boardIndicatorsInForce,
    milestones: ofPlanInForce(milestones),
    assignments: ofPlanInForce(assignments),
    units: [...boards, ...administrations],
    followUps,
    outcomes: [
      ...outcomes.filter((o) => o.indicator.kind === "kf-indicator"),
      ...boardOutcomes.filter((o) => o.indicator.kind === "board-indicator"),
    ],
    skippedRows: skipped.count,
  };
}

/** The report's data over SharePoint, read with whatever identity `sp` carries (the app's on the server). */
export class SharePointKfReportSource implements KfReportSource {
  constructor(
    private readonly sp: SPFI,
    private readonly reportSkipped?: SkippedRowReporter,
  ) {}

  kfReportData(year: number): Promise<KfReportData> {
    return loadKfReportData(this.sp, year, this.reportSkipped);
  }
}
