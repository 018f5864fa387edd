import {
  GoalStateError,
  answeredPeriod,
  closedGoalRefusal,
  deleteGoalRefusal,
  dueBetween,
  goalAggregate,
  overdueGoalFollowUps,
  parseFollowUp,
  parseIndividualGoal,
  pastNewFollowUpDates,
  staffWithoutAgreedGoals,
  withdrawGoalRefusal,
  withdrawnGoal,
  workPlanCoverage,
  type DuePage,
} from "../../../src/domain";
import { ANNA, duePageOfGoals, fixture, pick, REKTOR_SJODAL } from "./fixture";

const f = fixture();
const agreed = pick(f["individual-goal"], "ind-1");
const draft = pick(f["individual-goal"], "ind-2");
const withdrawn = withdrawnGoal(agreed, ANNA, "2026-11-27T10:00:00Z");
const sjodalActivities = f.activity.filter((a) => a.workPlanId === "sjodal-2026");
const sjodalStaff = f.person.filter((p) => p.unitId === "sjodal");

describe("a goal's title", () => {
  it("holds at most 255 characters, as SharePoint's Title column and the form say", () => {
    expect(parseIndividualGoal({ ...agreed, title: "x".repeat(255) }).ok).toBe(true);
    const long = parseIndividualGoal({ ...agreed, title: "x".repeat(256) });
    expect(long.ok).toBe(false);
    if (long.ok) return;
    expect(long.error.issues).toEqual([
      expect.objectContaining({ path: "title", code: "too_big", message: "högst 255 tecken" }),
    ]);
  });
});

describe("deleting and withdrawing a goal", () => {
  it("deletes a draft, or one agreed by only one of the two, when nothing was followed up", () => {
    expect(deleteGoalRefusal(draft, 0)).toBeUndefined();
    expect(deleteGoalRefusal({ ...agreed, agreedByManagerAt: undefined }, 0)).toBeUndefined();
  });

  it("never deletes an agreed goal, a withdrawn one, or one with follow-ups", () => {
    expect(deleteGoalRefusal(agreed, 0)).toMatchObject({ code: "goal-state", reason: "agreed" });
    expect(deleteGoalRefusal(withdrawn, 0)?.reason).toBe("withdrawn");
    expect(deleteGoalRefusal(draft, 1)?.reason).toBe("has-follow-ups");
    expect(deleteGoalRefusal(agreed, 0)).toBeInstanceOf(GoalStateError);
    expect(deleteGoalRefusal(agreed, 0)?.message).not.toMatch(/ind-1/);
  });

  it("withdraws only a goal both have agreed to, stamping who and when", () => {
    expect(withdrawGoalRefusal(agreed)).toBeUndefined();
    expect(withdrawGoalRefusal(draft)?.reason).toBe("not-agreed");
    expect(withdrawn).toEqual({ ...agreed, withdrawnAt: "2026-11-27T10:00:00Z", withdrawnBy: ANNA });
    expect(parseIndividualGoal(withdrawn).ok).toBe(true);
  });

  it("closes a withdrawn goal to edits, agreement and follow-ups", () => {
    expect(closedGoalRefusal(agreed, "edit")).toBeUndefined();
    for (const action of ["edit", "agree", "follow-up"] as const) {
      expect(closedGoalRefusal(withdrawn, action)).toMatchObject({ action, reason: "withdrawn" });
    }
  });
});

describe("a withdrawn goal counts nowhere", () => {
  const goals = f["individual-goal"].filter((g) => g.unitId === "sjodal");
  const withOneWithdrawn = goals.map((g) => (g.id === agreed.id ? withdrawn : g));

  it("neither covers an activity nor makes its medarbetare one with an agreed goal", () => {
    expect(workPlanCoverage(sjodalActivities, withOneWithdrawn).activities).toEqual([
      { activityId: "sjodal-akt-1", agreedGoals: 0, draftGoals: 0 },
      { activityId: "sjodal-akt-2", agreedGoals: 0, draftGoals: 1 },
    ]);
    expect(
      staffWithoutAgreedGoals(sjodalStaff, withOneWithdrawn, 2026)
        .map((p) => p.id)
        .sort(),
    ).toEqual([ANNA, REKTOR_SJODAL].sort());
    expect(goalAggregate(sjodalStaff, withOneWithdrawn, 2026)).toEqual({
      staff: 2,
      goals: 1,
      agreedGoals: 0,
      staffWithAgreedGoals: 0,
    });
  });

  it("is never overdue and never falls due", () => {
    expect(overdueGoalFollowUps([withdrawn], [], "2026-12-31")).toEqual([]);
    const page: DuePage = duePageOfGoals([withdrawn]);
    const calendar = { periods: [] };
    expect(dueBetween(page, { from: "2026-01-01", to: "2026-12-31" }, calendar)).toEqual([]);
    expect(
      dueBetween({ ...page, individualGoals: [agreed] }, { from: "2026-01-01", to: "2026-12-31" }, calendar),
    ).toHaveLength(2);
  });
});

describe("a goal's follow-up records its own day and names the agreed date it answers", () => {
  const early = {
    id: "fu-early",
    target: { kind: "individual-goal", id: agreed.id },
    period: "2026-09-30",
    answers: "2026-10-15",
    status: "on-track",
    authorId: ANNA,
    recordedAt: "2026-09-30T08:00:00Z",
  } as const;

  it("answers the date it names; an older one without `answers` answers its period", () => {
    expect(parseFollowUp(early).ok).toBe(true);
    expect(answeredPeriod(early)).toBe("2026-10-15");
    expect(answeredPeriod(pick(f["follow-up"], "fu-1"))).toBe("2026-05-15");
  });

  it("an agreed date answered early is neither overdue nor due", () => {
    expect(overdueGoalFollowUps([agreed], [pick(f["follow-up"], "fu-1")], "2026-11-01")).toEqual([
      { goalId: agreed.id, employeeId: ANNA, date: "2026-10-15" },
    ]);
    expect(overdueGoalFollowUps([agreed], [pick(f["follow-up"], "fu-1"), early], "2026-11-01")).toEqual([]);
  });
});

describe("new follow-up dates", () => {
  it("lie ahead: a new date before today is refused where it stands, agreed ones stay once passed", () => {
    expect(pastNewFollowUpDates(["2026-05-15", "2026-12-14"], ["2026-05-15"], "2026-11-27")).toEqual([]);
    expect(pastNewFollowUpDates(["2026-11-26", "2026-11-27"], [], "2026-11-27")).toEqual([
      expect.objectContaining({ path: "followUpDates.0", code: "past_date" }),
    ]);
  });
});
