import {
  ForbiddenError,
  NotFoundError,
  SMALLEST_GROUP_SHOWN,
  lineAggregates,
  refOf,
  unitsBelow,
  type Clock,
  type LineData,
  type OrgUnit,
  type TeamLineSource,
  type UnitAggregate,
} from "../../domain";
import type { VerifiedCaller } from "../caller";

/** What the overview runs on: the units below, read with the app's own identity, and the clock. */
export interface TeamOverviewDeps {
  readonly line: TeamLineSource;
  readonly clock: Clock;
}

export interface TeamOverviewRequest {
  readonly unitId: string;
  readonly year: number;
}

/** The units below one unit, in numbers only. */
export interface TeamOverview {
  readonly unit: OrgUnit;
  readonly year: number;
  /** Groups smaller than this get no figures. */
  readonly smallestGroupShown: number;
  readonly units: readonly UnitAggregate[];
}

const nothing: LineData = { people: [], goals: [], followUps: [], workPlans: [], activities: [] };

/**
 * The chef of a unit asks how the units further down the line are doing: for each, how many people, how
 * many have an agreed goal, how much of its arbetsplan agreed goals cover, how many follow-ups are late.
 * The goals are read with the app's identity (a chef may not read them one by one), so only counts leave
 * here, none for a group smaller than five, and only for the unit's own chef: anyone else is refused
 * before anything personal is read.
 */
export async function teamOverview(
  deps: TeamOverviewDeps,
  caller: VerifiedCaller,
  request: TeamOverviewRequest,
): Promise<TeamOverview> {
  const units = await deps.line.units();
  const unit = units.find((u) => u.id === request.unitId);
  if (unit === undefined) throw new NotFoundError("org-unit", request.unitId);
  if (unit.chefId !== caller.personId) {
    throw new ForbiddenError(
      caller.personId,
      "read",
      refOf("org-unit", unit.id),
      "bara enhetens chef ser siffrorna för enheterna under den",
    );
  }
  const below = unitsBelow(unit.id, units).map((b) => b.unit.id);
  const data = below.length === 0 ? nothing : await deps.line.line(below, request.year);
  return {
    unit,
    year: request.year,
    smallestGroupShown: SMALLEST_GROUP_SHOWN,
    units: lineAggregates(unit.id, units, data, request.year, deps.clock.today()),
  };
}
