import type { SPFI } from "@pnp/sp";
import {
  coversYear,
  orgLookupOf,
  unitAndAncestors,
  type Activity,
  type Assignment,
  type BoardIndicator,
  type BoardPlan,
  type EntityByKind,
  type FocusArea,
  type KfIndicator,
  type Milestone,
  type OrgUnit,
  type PlanEntityKind,
  type Versioned,
  type WorkPlan,
} from "../../domain";
import { inOneBatch } from "../lists/batch";
import { rowsWhere } from "../lists/rows";
import { fromRow, selectOf } from "../mapping/rowMapping";
import { anyOf, eq, type Filter } from "../odata/filter";
import type { EntityList } from "../schema/columns";
import { lists } from "../schema/lists";
import { read, unitYear } from "./readers";

/**
 * One unit's plans for a year as the plan forms start from them: every version, each row with its version
 * (ETag) so a change names what it starts from, the nämnd's verksamhetsplan above it, the KF level of the
 * year's mandate and the names of who created, fastställde and anmälde.
 */
export interface PlanDesk {
  readonly units: readonly OrgUnit[];
  /** The nämnd the unit is or sits under. */
  readonly board: OrgUnit | undefined;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
  readonly boardPlans: readonly Versioned<BoardPlan>[];
  readonly boardIndicators: readonly Versioned<BoardIndicator>[];
  readonly milestones: readonly Versioned<Milestone>[];
  readonly assignments: readonly Versioned<Assignment>[];
  /** The unit's own arbetsplaner (none for a nämnd). */
  readonly workPlans: readonly Versioned<WorkPlan>[];
  readonly activities: readonly Versioned<Activity>[];
  /** Display names by person id, for the stamps. */
  readonly names: Readonly<Record<string, string>>;
}

export interface PlanDeskQueries {
  desk(unitId: string, year: number): Promise<PlanDesk>;
}

function readVersioned<K extends PlanEntityKind>(
  sp: SPFI,
  list: EntityList<K>,
  filter: Filter,
): Promise<Versioned<EntityByKind[K]>[]> {
  return rowsWhere(sp, list.title, selectOf(list), filter).then((rows) =>
    rows.map((row) => fromRow(list, row)),
  );
}

/** Three round trips: the unit tree and KF level; the plans by their indexed unit-and-year keys; the names. */
export async function loadPlanDesk(sp: SPFI, unitId: string, year: number): Promise<PlanDesk> {
  const [units, declarations, focusAreas, kfIndicators] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists["org-unit"]),
        read(b, lists["program-declaration"]),
        read(b, lists["focus-area"]),
        read(b, lists["kf-indicator"]),
      ] as const,
  );
  const board = unitAndAncestors(unitId, orgLookupOf(units, [])).find((u) => u.kind === "board");
  const atBoard = eq("BoardYear", unitYear(board?.id ?? "", year));
  const atUnit = eq("UnitYear", unitYear(unitId, year));
  const [boardPlans, boardIndicators, milestones, assignments, workPlans, activities] = await inOneBatch(
    sp,
    (b) =>
      [
        readVersioned(b, lists["board-plan"], atBoard),
        readVersioned(b, lists["board-indicator"], atBoard),
        readVersioned(b, lists.milestone, atBoard),
        readVersioned(b, lists.assignment, atBoard),
        readVersioned(b, lists["work-plan"], atUnit),
        readVersioned(b, lists.activity, atUnit),
      ] as const,
  );
  const stamped = [...boardPlans, ...workPlans].flatMap(({ value: p }) =>
    [p.createdBy, p.adoptedBy, p.reportedBy].flatMap((x) => (x === undefined ? [] : [x])),
  );
  const people =
    stamped.length === 0
      ? []
      : await read(sp, lists.person, anyOf("Key", [...new Set(stamped)].slice(0, 40)));
  const declaration = declarations.find((d) => coversYear(d.mandate, year));
  const areas = focusAreas.filter((a) => a.programDeclarationId === declaration?.id);
  const areaIds = new Set(areas.map((a) => a.id));
  return {
    units,
    board,
    focusAreas: areas,
    kfIndicators: kfIndicators.filter((k) => areaIds.has(k.focusAreaId)),
    boardPlans,
    boardIndicators,
    milestones,
    assignments,
    workPlans,
    activities,
    names: Object.fromEntries(people.map((p) => [p.id, p.name])),
  };
}

export class SharePointPlanDeskQueries implements PlanDeskQueries {
  constructor(private readonly sp: SPFI) {}

  desk(unitId: string, year: number): Promise<PlanDesk> {
    return loadPlanDesk(this.sp, unitId, year);
  }
}
