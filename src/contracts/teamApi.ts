/**
 * The team overview, as the tab and the server both read it: `GET /api/teams/{unitId}/overview?ar=YYYY`
 * answers the units below a unit its chef leads, in numbers only. The answer is strict: it has no room for
 * a name, a UPN or a goal's text (the server checks its own answer against this before sending it).
 * Refusals are problem details, as for the goal API (`problemSchema` in goalApi.ts).
 */
import { z } from "zod";
import { ORG_UNIT_KINDS, type OrgUnit, type UnitAggregate } from "../domain";

const count = z.number().int().min(0);

/** `?ar=2026`: the year counted. */
export const teamOverviewQuerySchema = z.object({
  ar: z.string().regex(/^\d{4}$/, "ett år med fyra siffror, till exempel 2026"),
});

/** A group's figures, or — for a group smaller than `smallestGroupShown` — why there are none. */
export const groupFiguresSchema = z.discriminatedUnion("shown", [
  z.strictObject({
    shown: z.literal(true),
    /** People with at least one goal agreed by both for the year. */
    withAgreedGoals: count,
    /** Activities of the unit's arbetsplan an agreed goal links to. */
    coveredActivities: count,
    /** Agreed follow-up dates passed without a follow-up. */
    overdueFollowUps: count,
    /** Goals linked to an activity a newer version of the unit's arbetsplan dropped or changed. */
    linksNeedingAttention: count.optional(),
  }),
  z.strictObject({ shown: z.literal(false), reason: z.literal("small-group") }),
]);
export type GroupFiguresWire = z.infer<typeof groupFiguresSchema>;

/** One unit below: the organisation's public facts about it and its group's figures. */
export const unitOverviewSchema = z.strictObject({
  unitId: z.string(),
  name: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
  parentId: z.string(),
  /** 1 directly below the unit asked for, 2 below that, … */
  depth: z.number().int().min(1),
  /** People who have their medarbetarsamtal in the unit: its staff and the chefs of the units below it. */
  people: count,
  /** Activities of the unit's arbetsplan for the year; null when it has none. */
  activities: count.nullable(),
  figures: groupFiguresSchema,
});
export type UnitOverview = z.infer<typeof unitOverviewSchema>;

export const teamOverviewSchema = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  smallestGroupShown: z.number().int().min(1),
  /** Tree order: each unit followed by the units below it. */
  units: z.array(unitOverviewSchema),
});
export type TeamOverviewAnswer = z.infer<typeof teamOverviewSchema>;

/**
 * The answer for the units below `unit`: the organisation's public facts and the counts, nothing else (no
 * chef, no person). Parsed against the strict schema, so a field that could carry a name fails here.
 */
export function teamOverviewAnswerOf(overview: {
  readonly unit: OrgUnit;
  readonly year: number;
  readonly smallestGroupShown: number;
  readonly units: readonly UnitAggregate[];
}): TeamOverviewAnswer {
  return teamOverviewSchema.parse({
    unitId: overview.unit.id,
    unitName: overview.unit.name,
    year: overview.year,
    smallestGroupShown: overview.smallestGroupShown,
    units: overview.units.map((u) => ({
      unitId: u.unit.id,
      name: u.unit.name,
      kind: u.unit.kind,
      parentId: u.unit.parentId ?? "",
      depth: u.depth,
      people: u.people,
      activities: u.activities,
      figures: u.figures,
    })),
  });
}

export const teamApiPaths = {
  overview: (unitId: string, year: number): string =>
    `/api/teams/${encodeURIComponent(unitId)}/overview?ar=${String(year)}`,
} as const;
