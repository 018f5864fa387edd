import type { Activity } from "../model/activity";
import type { FollowUp } from "../model/followUp";
import type { IndividualGoal } from "../model/individualGoal";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { WorkPlan } from "../model/workPlan";

/**
 * What the figures of the units below a chef are counted from. Personal data a chef may not read one by
 * one: it is read by the app and only counts leave the server (rules/coverage.ts `lineAggregates`).
 */
export interface LineData {
  /** The people of the units asked for (each is counted in the team they have their medarbetarsamtal in). */
  readonly people: readonly Person[];
  /** Their goals of the year. */
  readonly goals: readonly IndividualGoal[];
  /** Follow-ups of those goals. */
  readonly followUps: readonly FollowUp[];
  /** The units' arbetsplaner of the year, and their activities. */
  readonly workPlans: readonly WorkPlan[];
  readonly activities: readonly Activity[];
}

/**
 * The units below a chef, read with the app's own identity for the overview (never handed to a person as
 * it is read). Bounded round trips whatever the size of the line; rows that cannot be shown are left out.
 */
export interface TeamLineSource {
  /** The whole unit tree (≈500 units at municipal scale). */
  units(): Promise<readonly OrgUnit[]>;
  /** Everything counted for these units and year. */
  line(unitIds: readonly string[], year: number): Promise<LineData>;
}
