import type { SPFI } from "@pnp/sp";
import {
  ITEM_KINDS,
  NotFoundError,
  type Activity,
  type FollowUp,
  type FollowUpStatus,
  type IndividualGoal,
  type OrgUnit,
  type Person,
  type WorkPlan,
} from "../../domain";
import { inOneBatch } from "../lists/batch";
import { eq } from "../odata/filter";
import { read, unitYear } from "../queries/readers";
import { lists } from "../schema/lists";
import type { SteeringData } from "../../demo";
import { seedData } from "./seedData";

/** A unit with a chef, staff, an arbetsplan with activities, goals and follow-ups: what `seedTeamOfSize` adds. */
export interface TeamOfSize {
  readonly unit: OrgUnit;
  readonly chef: Person;
  readonly staff: readonly Person[];
  readonly workPlan: WorkPlan;
  readonly activities: readonly Activity[];
  readonly goals: readonly IndividualGoal[];
  /** The plan's and its activities' follow-ups (public list) and the goals' (personal list). */
  readonly followUps: readonly FollowUp[];
}

/** Where the team is placed: an existing unit and its arbetsplan for the year, with that plan's activities. */
export interface TeamParent {
  readonly unitId: string;
  readonly workPlanId: string;
  readonly activityIds: readonly string[];
}

/** The agreed follow-up days of every goal: five talks over the year. */
const followUpDays = ["02-15", "04-15", "06-15", "09-15", "11-15"] as const;
const statuses: readonly FollowUpStatus[] = ["on-track", "on-track", "at-risk", "done", "not-started"];
const activityCount = 4;

/**
 * The team as data, pure: `size` staff under one chef in a new enhet below `parent`. The unit's arbetsplan
 * has four activities; the first three serve activities of the parent plan (while it has them), the last the
 * basuppdrag. Staff member i has 1–3 goals (1 + i mod 3, two on average), each linked to one or two of those
 * activities and followed up on five agreed days; the plan and each activity are followed up at tertial 1
 * and delår. Everything passes the domain's link rules (see the unit test).
 */
export function buildTeamOfSize(size: number, parent: TeamParent, year: number): TeamOfSize {
  const unitId = `team-${size}`;
  const chefId = `chef.team${size}@malkedjan.local`;
  const unit: OrgUnit = {
    id: unitId,
    kind: "unit",
    name: `Team med ${size}`,
    parentId: parent.unitId,
    chefId,
  };
  const chef: Person = { id: chefId, name: `Chef för ${size}`, unitId, roles: [] };
  const staff: Person[] = Array.from({ length: size }, (_, i) => ({
    id: `medarbetare${i}.team${size}@malkedjan.local`,
    name: `Medarbetare ${i}`,
    unitId,
    roles: [],
  }));
  const workPlan: WorkPlan = {
    id: `${unitId}-${year}`,
    level: "unit",
    year,
    ownerUnitId: unitId,
    parentPlanId: parent.workPlanId,
    title: `Arbetsplan ${unit.name} ${year}`,
  };
  const activities: Activity[] = Array.from({ length: activityCount }, (_, i) => {
    const served = i < activityCount - 1 ? parent.activityIds[i] : undefined;
    return {
      id: `${workPlan.id}-akt-${i + 1}`,
      workPlanId: workPlan.id,
      title: `Aktivitet ${i + 1} för ${unit.name}`,
      serves: served === undefined ? { kind: "core-mission" } : { kind: "activity", id: served },
    };
  });
  const activityId = (n: number): string => activities[n % activityCount]?.id ?? "";

  const goals: IndividualGoal[] = staff.flatMap((person, i) =>
    Array.from({ length: 1 + (i % 3) }, (_, j) => ({
      id: `${unitId}-goal-${i}-${j + 1}`,
      employeeId: person.id,
      managerId: chefId,
      unitId,
      year,
      title: `Mål ${j + 1} för ${person.name}`,
      activityIds: j === 0 ? [activityId(i), activityId(i + 1)] : [activityId(i + j + 1)],
      agreedByEmployeeAt: `${year}-01-20T09:00:00Z`,
      agreedByManagerAt: `${year}-01-20T09:30:00Z`,
      followUpDates: followUpDays.map((day) => `${year}-${day}`),
    })),
  );
  const goalFollowUps: FollowUp[] = goals.flatMap((goal, g) =>
    goal.followUpDates.map((period, k) => ({
      id: `${goal.id}--${period}`,
      target: { kind: "individual-goal" as const, id: goal.id },
      period,
      status: statuses[(g + k) % statuses.length] ?? "on-track",
      comment: `Uppföljning ${k + 1}`,
      authorId: goal.employeeId,
      recordedAt: `${period}T14:00:00Z`,
    })),
  );
  const planFollowUps: FollowUp[] = [
    { kind: "work-plan" as const, id: workPlan.id },
    ...activities.map((a) => ({ kind: "activity" as const, id: a.id })),
  ].flatMap((target, t) =>
    ["tertial1", "delar"].map((key, k) => ({
      id: `${target.id}--${year}-${key}`,
      target,
      period: `${year}-${key}`,
      status: statuses[(t + k) % statuses.length] ?? "on-track",
      comment: `Enhetens uppföljning ${key}`,
      authorId: chefId,
      recordedAt: `${year}-${key === "tertial1" ? "05-08" : "09-11"}T13:00:00Z`,
    })),
  );
  return { unit, chef, staff, workPlan, activities, goals, followUps: [...planFollowUps, ...goalFollowUps] };
}

/**
 * Adds `buildTeamOfSize(size, …)` under an existing unit that has an arbetsplan for `year`, as the app
 * identity, through `seedData` (the same batched path the demo and the municipality are loaded by: folders
 * and their readers for the new people, rows 100 to a `$batch`). For measuring the team view at a chosen size
 * (3, 40): the generated municipality has no team of exactly that size.
 */
export async function seedTeamOfSize(
  sp: SPFI,
  size: number,
  parentId: string,
  year: number,
  options: { parallel?: number } = {},
): Promise<TeamOfSize & { chefId: string; unitId: string }> {
  const here = eq("UnitYear", unitYear(parentId, year));
  const [units, parentPlans, parentActivities] = await inOneBatch(
    sp,
    (b) =>
      [read(b, lists["org-unit"]), read(b, lists["work-plan"], here), read(b, lists.activity, here)] as const,
  );
  if (!units.some((u) => u.id === parentId)) throw new NotFoundError("org-unit", parentId);
  const parentPlan = parentPlans[0];
  if (parentPlan === undefined) throw new NotFoundError("work-plan", `${parentId}:${year}`);
  const team = buildTeamOfSize(
    size,
    {
      unitId: parentId,
      workPlanId: parentPlan.id,
      activityIds: parentActivities.filter((a) => a.workPlanId === parentPlan.id).map((a) => a.id),
    },
    year,
  );
  // The whole unit tree goes along (seeding skips rows already there) so the new rows' partitions and the
  // chef's own chef are found; the people are only the team's, so only their folders are touched.
  const nothing = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, []])) as unknown as SteeringData;
  await seedData(
    sp,
    {
      ...nothing,
      "org-unit": [...units, team.unit],
      person: [team.chef, ...team.staff],
      "work-plan": [team.workPlan],
      activity: team.activities,
      "individual-goal": team.goals,
      "follow-up": team.followUps,
    },
    options,
  );
  return { ...team, chefId: team.chef.id, unitId: team.unit.id };
}
