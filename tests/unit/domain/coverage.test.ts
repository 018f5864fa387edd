import {
  goalAggregate,
  overdueGoalFollowUps,
  staffWithoutAgreedGoals,
  workPlanCoverage,
} from "../../../src/domain";
import { ANNA, fixture, REKTOR_SJODAL } from "./fixture";

const f = fixture();
const sjodalActivities = f.activity.filter((a) => a.workPlanId === "sjodal-2026");
const sjodalStaff = f.person.filter((p) => p.unitId === "sjodal");
const sjodalGoals = f["individual-goal"].filter((g) => g.unitId === "sjodal");

describe("coverage of a unit's arbetsplan by goals", () => {
  it("counts agreed and draft goals per activity and names the uncovered ones", () => {
    expect(workPlanCoverage(sjodalActivities, sjodalGoals)).toEqual({
      activities: [
        { activityId: "sjodal-akt-1", agreedGoals: 1, draftGoals: 0 },
        { activityId: "sjodal-akt-2", agreedGoals: 0, draftGoals: 1 },
      ],
      uncoveredActivityIds: ["sjodal-akt-2"],
      coveredShare: 0.5,
    });
  });

  it("names the staff without an agreed goal for the year", () => {
    expect(staffWithoutAgreedGoals(sjodalStaff, sjodalGoals, 2026).map((p) => p.id)).toEqual([REKTOR_SJODAL]);
    expect(staffWithoutAgreedGoals(sjodalStaff, sjodalGoals, 2027).map((p) => p.id)).toEqual([
      ANNA,
      REKTOR_SJODAL,
    ]);
  });

  it("lists goal follow-up dates passed without a follow-up", () => {
    expect(overdueGoalFollowUps(sjodalGoals, f["follow-up"], "2026-11-01")).toEqual([
      { goalId: "ind-1", employeeId: ANNA, date: "2026-10-15" },
      { goalId: "ind-2", employeeId: ANNA, date: "2026-06-01" },
    ]);
    expect(overdueGoalFollowUps(sjodalGoals, f["follow-up"], "2026-05-16")).toEqual([]);
  });

  it("sends only counts upward", () => {
    const aggregate = goalAggregate(sjodalStaff, sjodalGoals, 2026);
    expect(aggregate).toEqual({ staff: 2, goals: 2, agreedGoals: 1, staffWithAgreedGoals: 1 });
    expect(JSON.stringify(aggregate)).not.toContain("@");
  });
});
