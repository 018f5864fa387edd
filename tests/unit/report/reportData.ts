import type { SteeringData } from "../../../src/demo";
import type { KfReportData } from "../../../src/domain";

/** The report's data for a year, taken from a whole data set in memory (what the SharePoint read returns). */
export function reportDataOf(data: SteeringData, year: number): KfReportData {
  const declaration =
    data["program-declaration"].find((d) => year >= d.mandate.firstYear && year <= d.mandate.lastYear) ??
    null;
  const focusAreas = data["focus-area"].filter((f) => f.programDeclarationId === declaration?.id);
  const areaIds = new Set(focusAreas.map((f) => f.id));
  const kfIndicators = data["kf-indicator"].filter((k) => areaIds.has(k.focusAreaId));
  const boardPlans = data["board-plan"].filter((p) => p.year === year);
  const planIds = new Set(boardPlans.map((p) => p.id));
  const boardIds = new Set(boardPlans.map((p) => p.boardUnitId));
  const boardIndicators = data["board-indicator"].filter((b) => planIds.has(b.boardPlanId));
  const milestones = data.milestone.filter((m) => planIds.has(m.boardPlanId));
  const assignments = data.assignment.filter((a) => planIds.has(a.boardPlanId));
  const followed = new Set([
    ...planIds,
    ...boardIndicators.map((b) => b.id),
    ...milestones.map((m) => m.id),
    ...assignments.map((a) => a.id),
  ]);
  const indicatorIds = new Set([...kfIndicators, ...boardIndicators].map((k) => k.id));
  return {
    year,
    programDeclaration: declaration,
    focusAreas,
    kfIndicators,
    boardPlans,
    boardIndicators,
    milestones,
    assignments,
    units: data["org-unit"].filter(
      (u) => boardIds.has(u.id) || (u.parentId !== undefined && boardIds.has(u.parentId)),
    ),
    followUps: data["follow-up"].filter(
      (f) => f.target.kind !== "individual-goal" && followed.has(f.target.id),
    ),
    outcomes: data["indicator-outcome"].filter((o) => indicatorIds.has(o.indicator.id)),
  };
}
