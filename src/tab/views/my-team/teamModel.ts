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
  type Person,
  type TeamView,
} from "../../../domain";

export interface StaffRow {
  readonly person: Person;
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

export interface TeamModel {
  readonly staff: readonly StaffRow[];
  readonly coverage: readonly { readonly activity: Activity; readonly coverage: ActivityCoverage }[];
  readonly coveredCount: number;
  readonly withoutAgreed: readonly Person[];
  readonly overdue: readonly OverdueRow[];
}

/** Everything Mitt team shows, derived from one loaded TeamView with the domain's coverage rules. */
export function teamModel(view: TeamView, today: string): TeamModel {
  // The chef's own goals are agreed with their chef above, not in this team.
  const staff = view.staff.filter((p) => p.id !== view.chef.id);
  // A withdrawn (avslutat) goal counts nowhere.
  const goals = activeGoals(view.goals).filter((g) => g.year === view.year);
  const goalsOf = new Map<string, IndividualGoal[]>();
  for (const goal of goals) goalsOf.set(goal.employeeId, [...(goalsOf.get(goal.employeeId) ?? []), goal]);
  const overdue = overdueGoalFollowUps(goals, view.followUps, today);
  const people = new Map(staff.map((p) => [p.id, p]));
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
