import {
  activeGoals,
  answeredPeriod,
  isAgreed,
  latestFollowUp,
  overdueGoalFollowUps,
  staffWithoutAgreedGoals,
  workPlanCoverage,
  type Activity,
  type ActivityCoverage,
  type FollowUp,
  type IndividualGoal,
  type OrgUnit,
  type Person,
  type TeamView,
} from "../../../domain";

/** Someone in the chef's team: a medarbetare of the unit, or the chef of a unit directly below. */
export interface TeamMember {
  readonly person: Person;
  /** The unit below this person leads, when they are one of the chefs below. */
  readonly leads: OrgUnit | undefined;
}

export interface StaffRow {
  readonly person: Person;
  /** The unit below this person leads, when they are one of the chefs below. */
  readonly leads: OrgUnit | undefined;
  readonly goals: number;
  readonly agreedGoals: number;
  /** The most recent follow-up of any of their goals, and which goal it was. */
  readonly latest: { readonly followUp: FollowUp; readonly goal: IndividualGoal } | undefined;
  readonly nextDate: string | undefined;
  readonly overdue: number;
}

export interface OverdueRow {
  readonly person: Person;
  readonly goal: IndividualGoal;
  readonly date: string;
}

/** A goal the medarbetare has marked agreed and the chef has not yet. */
export interface AwaitingRow {
  readonly person: Person;
  readonly goal: IndividualGoal;
  /** When the medarbetare marked it (ISO instant). */
  readonly since: string;
}

export interface TeamModel {
  /** Everyone in the team, by name: the unit's staff and the chefs of the units directly below. */
  readonly staff: readonly StaffRow[];
  /** How many of them are chefs of a unit below. */
  readonly chefsBelow: number;
  /** Goals only the medarbetare has agreed, the longest-waiting first. */
  readonly awaiting: readonly AwaitingRow[];
  readonly coverage: readonly { readonly activity: Activity; readonly coverage: ActivityCoverage }[];
  readonly coveredCount: number;
  readonly withoutAgreed: readonly Person[];
  readonly overdue: readonly OverdueRow[];
}

/**
 * Who is in the chef's team: the unit's staff and the chefs of the units directly below (they have their
 * medarbetarsamtal with this chef). The chef's own goals are agreed with their chef above, not here.
 */
export function teamMembers(view: TeamView): TeamMember[] {
  const members = new Map<string, TeamMember>();
  for (const person of [...view.staff, ...view.chefsBelow]) {
    if (person.id === view.chef.id || members.has(person.id)) continue;
    members.set(person.id, { person, leads: view.unitsBelow.find((u) => u.chefId === person.id) });
  }
  return [...members.values()];
}

/** Goals of the team the medarbetare has marked agreed and the chef not yet, the longest-waiting first. */
export function awaitingAgreement(goals: readonly IndividualGoal[], people: ReadonlyMap<string, Person>) {
  return goals
    .flatMap((goal): AwaitingRow[] => {
      const person = people.get(goal.employeeId);
      return person !== undefined &&
        goal.agreedByEmployeeAt !== undefined &&
        goal.agreedByManagerAt === undefined
        ? [{ person, goal, since: goal.agreedByEmployeeAt }]
        : [];
    })
    .sort((a, b) => a.since.localeCompare(b.since) || a.person.name.localeCompare(b.person.name, "sv"));
}

/** Everything Mitt team shows, derived from one loaded TeamView with the domain's coverage rules. */
export function teamModel(view: TeamView, today: string): TeamModel {
  const members = teamMembers(view);
  const staff = members.map((m) => m.person);
  const leads = new Map(members.map((m) => [m.person.id, m.leads]));
  const people = new Map(staff.map((p) => [p.id, p]));
  // A withdrawn (avslutat) goal counts nowhere.
  const goals = activeGoals(view.goals).filter((g) => g.year === view.year && people.has(g.employeeId));
  const goalsOf = new Map<string, IndividualGoal[]>();
  for (const goal of goals) goalsOf.set(goal.employeeId, [...(goalsOf.get(goal.employeeId) ?? []), goal]);
  const overdue = overdueGoalFollowUps(goals, view.followUps, today);
  const goalsById = new Map(goals.map((g) => [g.id, g]));
  const answered = new Set(
    view.followUps
      .filter((f) => f.target.kind === "individual-goal")
      .map((f) => `${f.target.id}|${answeredPeriod(f)}`),
  );

  const rows = staff
    .map((person): StaffRow => {
      const own = goalsOf.get(person.id) ?? [];
      const latest = own
        .flatMap((goal) => {
          const followUp = latestFollowUp({ kind: "individual-goal", id: goal.id }, view.followUps);
          return followUp ? [{ followUp, goal }] : [];
        })
        .sort((a, b) => b.followUp.recordedAt.localeCompare(a.followUp.recordedAt))[0];
      const nextDate = own
        .flatMap((g) => g.followUpDates.filter((d) => d >= today && !answered.has(`${g.id}|${d}`)))
        .sort()[0];
      return {
        person,
        leads: leads.get(person.id),
        goals: own.length,
        agreedGoals: own.filter(isAgreed).length,
        latest,
        nextDate,
        overdue: overdue.filter((o) => o.employeeId === person.id).length,
      };
    })
    .sort((a, b) => a.person.name.localeCompare(b.person.name, "sv"));

  const coverage = workPlanCoverage(view.activities, goals);
  const byActivity = new Map(coverage.activities.map((c) => [c.activityId, c]));
  return {
    staff: rows,
    chefsBelow: members.filter((m) => m.leads !== undefined).length,
    awaiting: awaitingAgreement(goals, people),
    coverage: view.activities.map((activity) => ({
      activity,
      coverage: byActivity.get(activity.id) ?? { activityId: activity.id, agreedGoals: 0, draftGoals: 0 },
    })),
    coveredCount: view.activities.length - coverage.uncoveredActivityIds.length,
    withoutAgreed: staffWithoutAgreedGoals(staff, goals, view.year).sort((a, b) =>
      a.name.localeCompare(b.name, "sv"),
    ),
    // Oldest first: the longest-waiting follow-up is the one to book.
    overdue: overdue
      .flatMap((o) => {
        const person = people.get(o.employeeId);
        const goal = goalsById.get(o.goalId);
        return person && goal ? [{ person, goal, date: o.date }] : [];
      })
      .sort((a, b) => a.date.localeCompare(b.date) || a.person.name.localeCompare(b.person.name, "sv")),
  };
}

/** Staff whose name or UPN contains every word typed. */
export function searchStaff(rows: readonly StaffRow[], query: string): readonly StaffRow[] {
  const words = query.toLocaleLowerCase("sv").split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const text = `${row.person.name} ${row.person.id}`.toLocaleLowerCase("sv");
    return words.every((word) => text.includes(word));
  });
}
