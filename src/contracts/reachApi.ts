/**
 * Reach (räckvidd): how far the steering chain reaches the staff, in aggregate only. The server computes it
 * with its own app identity from every individual goal and follow-up of the year, and answers only counts
 * per group — the whole municipality, each nämnd, förvaltning, avdelning, sektion and enhet — never a name,
 * an e-mail address, a goal's id or text. A group of fewer than `minimumGroupSize` (5) people is shown
 * without figures (`suppressed`, with the Swedish reason), and so is a sibling whose figures would let a
 * suppressed group's be worked out from its parent's (complementary suppression).
 *
 * - `GET /api/reach?ar=YYYY` answers `reachReportSchema`; `GET /api/reach.xlsx?ar=YYYY` the same table as an
 *   Excel file.
 * - Who sees what: the kommun's planners see every group; a nämnd's or förvaltning's planner the groups of the
 *   units they plan for and everything below them; a chef the groups of the units they lead and below.
 *   Anyone else gets 403 with a Swedish `detail`.
 * - Counts: `staff` are the people placed in the group's units (the group and everything below it).
 *   `staffWithAgreedGoals` have at least one agreed (both marks set), not withdrawn individual goal for the
 *   year. A goal reaches an activity, and through it up the chain an etappmål, an uppdrag, a KF indicator
 *   (the etappmål's nämnd indicator translates it) and a målområde; each count is distinct people (`staff`)
 *   and distinct goals (`goals`). `followUpsDue` are agreed goals' follow-up dates on or before the day of
 *   the computation; `followUpsOnTime` those recorded no later than their date.
 */
import { z } from "zod";
import { FOCUS_AREA_DIMENSIONS, ORG_UNIT_KINDS } from "../domain";

/** `?ar=2026`: the year whose individual goals are counted (default: the current year). */
export const reachQuerySchema = z.object({
  ar: z
    .string()
    .regex(/^\d{4}$/, "ett år med fyra siffror, till exempel 2026")
    .optional(),
});

const count = z.number().int().nonnegative();

/** How many people and goals reach one item of the chain. */
export const reachCountSchema = z.strictObject({ id: z.string(), staff: count, goals: count });
export type ReachCount = z.infer<typeof reachCountSchema>;

export const reachFiguresSchema = z.strictObject({
  staff: count,
  staffWithAgreedGoals: count,
  agreedGoals: count,
  followUpsDue: count,
  followUpsOnTime: count,
  focusAreas: z.array(reachCountSchema),
  kfIndicators: z.array(reachCountSchema),
  milestones: z.array(reachCountSchema),
});
export type ReachFigures = z.infer<typeof reachFiguresSchema>;

export const SUPPRESSION_REASONS = ["small-group", "complementary"] as const;

/** One row of the table: the municipality (`unitId` absent) or one org unit, with figures or suppressed. */
export const reachGroupSchema = z.strictObject({
  /** Absent for the whole municipality. */
  unitId: z.string().optional(),
  name: z.string(),
  kind: z.enum(["municipality", ...ORG_UNIT_KINDS]),
  parentUnitId: z.string().optional(),
  /** 0 for the municipality, 1 for a nämnd, … */
  depth: z.number().int().nonnegative(),
  result: z.discriminatedUnion("shown", [
    z.strictObject({ shown: z.literal(true), figures: reachFiguresSchema }),
    z.strictObject({
      shown: z.literal(false),
      reason: z.enum(SUPPRESSION_REASONS),
      /** Swedish, for the table: "Färre än 5 personer – visas inte så att ingen enskilds mål kan utläsas." */
      text: z.string(),
    }),
  ]),
});
export type ReachGroup = z.infer<typeof reachGroupSchema>;

export const reachReportSchema = z.strictObject({
  year: z.number().int(),
  /** The instant the figures were computed (ISO 8601). */
  computedAt: z.string(),
  minimumGroupSize: z.number().int().positive(),
  /** The chain's items the counts refer to, so the view can name them (public plan data only). */
  focusAreas: z.array(
    z.strictObject({ id: z.string(), heading: z.string(), dimension: z.enum(FOCUS_AREA_DIMENSIONS) }),
  ),
  kfIndicators: z.array(
    z.strictObject({ id: z.string(), number: z.number().int(), name: z.string(), focusAreaId: z.string() }),
  ),
  milestones: z.array(z.strictObject({ id: z.string(), title: z.string(), boardUnitId: z.string() })),
  /** Top down, each group followed by the groups below it. */
  groups: z.array(reachGroupSchema),
});
export type ReachReport = z.infer<typeof reachReportSchema>;

export const reachApiPaths = {
  report: "/api/reach",
  excel: "/api/reach.xlsx",
} as const;
