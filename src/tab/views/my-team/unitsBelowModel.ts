import type { TeamOverviewAnswer, UnitOverview } from "../../../contracts/teamApi";

/** One unit below, as Mitt team shows it: numbers, or that they are not shown. */
export interface UnitBelowRow {
  readonly unit: UnitOverview;
  /** The unit above it, when that is not the chef's own unit (for "under Grundskola"). */
  readonly parentName: string | undefined;
  readonly figures:
    | {
        readonly shown: true;
        readonly withAgreed: number;
        /** Whole per cent of the people with an agreed goal. */
        readonly percent: number;
        readonly covered: number;
        readonly overdue: number;
      }
    | { readonly shown: false };
}

/** The server's overview as rows, in its tree order. */
export function unitsBelowRows(answer: TeamOverviewAnswer): UnitBelowRow[] {
  const names = new Map(answer.units.map((u) => [u.unitId, u.name]));
  return answer.units.map((unit): UnitBelowRow => {
    const parentName = unit.depth > 1 ? names.get(unit.parentId) : undefined;
    if (!unit.figures.shown) return { unit, parentName, figures: { shown: false } };
    const { withAgreedGoals, coveredActivities, overdueFollowUps } = unit.figures;
    return {
      unit,
      parentName,
      figures: {
        shown: true,
        withAgreed: withAgreedGoals,
        percent: unit.people === 0 ? 0 : Math.round((100 * withAgreedGoals) / unit.people),
        covered: coveredActivities,
        overdue: overdueFollowUps,
      },
    };
  });
}
