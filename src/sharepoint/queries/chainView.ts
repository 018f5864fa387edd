import type { SPFI } from "@pnp/sp";
import {
  NotFoundError,
  orgLookupOf,
  plansInForce,
  unitAndAncestors,
  type ChainView,
  type OrgUnit,
} from "../../domain";
import { eq, or } from "../odata/filter";
import { lists } from "../schema/lists";
import { inOneBatch } from "../lists/batch";
import { unitYear, viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";
import { queueUpperChain } from "./upperChain";

/** The unit and every unit below it. */
export function unitsBelow(rootId: string, units: readonly OrgUnit[]): OrgUnit[] {
  const org = orgLookupOf(units, []);
  return units.filter((u) => unitAndAncestors(u.id, org).some((a) => a.id === rootId));
}

/**
 * The chain for one förvaltning in three round trips:
 * 1. the unit tree; 2. the KF level, the nämnd's plan (by `BoardYear`), every arbetsplan and activity of
 * the förvaltning and the follow-ups of them and of the nämnd's items (by `AdminYear` / `UnitYear`);
 * 3. the outcomes of the KF and nämnd indicators (by `IndicatorId`, 40 per request, one batch).
 * Rows that cannot be shown are left out, told to `report` and counted in `skippedRows`.
 */
export async function loadChain(
  sp: SPFI,
  administrationUnitId: string,
  year: number,
  report?: SkippedRowReporter,
): Promise<ChainView> {
  const skipped = new SkippedRows(report);
  const reads = viewReads(skipped);
  const { read, readAnyOf } = reads;
  const [units] = await inOneBatch(sp, (b) => [read(b, lists["org-unit"])] as const);
  const org = orgLookupOf(units, []);
  const administration = org.unit(administrationUnitId);
  if (administration === undefined) throw new NotFoundError("org-unit", administrationUnitId);
  const board = unitAndAncestors(administrationUnitId, org).find((u) => u.kind === "board");
  if (board === undefined)
    throw new NotFoundError("org-unit", administration.parentId ?? administrationUnitId);
  const admin = eq("AdminYear", unitYear(administrationUnitId, year));

  const [upper, workPlans, activities, followUps] = await inOneBatch(
    sp,
    (b) =>
      [
        queueUpperChain(b, board.id, year, reads),
        read(b, lists["work-plan"], admin),
        read(b, lists.activity, admin),
        read(b, lists["follow-up"], or(admin, eq("UnitYear", unitYear(board.id, year)))),
      ] as const,
  );
  const shownPlans = plansInForce(workPlans);
  const shownIds = new Set(shownPlans.map((p) => p.id));
  const indicatorIds = [...upper.kfIndicators.map((k) => k.id), ...upper.boardIndicators.map((k) => k.id)];
  const [outcomes] =
    indicatorIds.length === 0
      ? [[]]
      : await inOneBatch(
          sp,
          (b) => [readAnyOf(b, lists["indicator-outcome"], "IndicatorId", indicatorIds)] as const,
        );
  return {
    ...upper,
    year,
    board,
    administration,
    units: unitsBelow(administrationUnitId, units),
    assignments: upper.assignments.filter((a) => a.toAdministrationUnitId === administrationUnitId),
    // Every version was read: each unit's plan in force, with its activities.
    workPlans: shownPlans,
    activities: activities.filter((a) => shownIds.has(a.workPlanId)),
    followUps,
    outcomes,
    skippedRows: skipped.count,
  };
}
