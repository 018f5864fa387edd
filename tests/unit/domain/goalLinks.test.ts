import {
  copyActivities,
  indexModel,
  linkAttentionOf,
  planInForce,
  plansInForce,
  supersededBy,
  type IndividualGoal,
  type WorkPlan,
} from "../../../src/domain";
import { huddinge } from "../../../src/demo/huddinge";
import { sjodalActivities, sjodalPlan } from "../../../src/demo/huddinge/workPlans";

const goal = (activityIds: string[], extra: Partial<IndividualGoal> = {}): IndividualGoal => ({
  id: "maria-test",
  employeeId: "maria.johansson@malkedjan.local",
  managerId: "karin.lindqvist@malkedjan.local",
  unitId: "sjodalsskolan",
  year: 2026,
  title: "Läsning",
  activityIds,
  followUpDates: [],
  agreedByEmployeeAt: "2026-02-01T09:00:00Z",
  agreedByManagerAt: "2026-02-01T09:10:00Z",
  ...extra,
});

// Version 2 of Sjödalsskolan's plan: activity 1 reworded, activity 6 dropped, the rest as they were.
const v2: WorkPlan = { ...sjodalPlan, id: "sjodalsskolan-2026-v2", status: "adopted", versionNumber: 2 };
const copies = copyActivities(sjodalActivities, v2.id, undefined).activities;
const v2Activities = copies
  .filter((a) => a.copiedFromId !== "sjodalsskolan-2026-akt-6")
  .map((a) =>
    a.copiedFromId === "sjodalsskolan-2026-akt-1" ? { ...a, title: "Läsning varje dag, F–6" } : a,
  );
const model = indexModel(huddinge, {
  "work-plan": [supersededBy(sjodalPlan, v2.id), v2],
  activity: v2Activities,
});

describe("a goal's links after its arbetsplan changed", () => {
  it("needs nothing while the plan is in force", () => {
    expect(linkAttentionOf(goal(["sjodalsskolan-2026-akt-1"]), indexModel(huddinge))).toEqual([]);
  });

  it("says a link needs attention when the new version dropped or changed the activity, and not when it kept it", () => {
    const attention = linkAttentionOf(
      goal(["sjodalsskolan-2026-akt-1", "sjodalsskolan-2026-akt-2", "sjodalsskolan-2026-akt-6"]),
      model,
    );
    expect(attention).toEqual([
      {
        activityId: "sjodalsskolan-2026-akt-1",
        reason: "activity-changed",
        successorId: "sjodalsskolan-2026-v2-akt-1",
        message: expect.stringMatching(/har ändrats i den nya versionen/),
      },
      {
        activityId: "sjodalsskolan-2026-akt-6",
        reason: "activity-removed",
        message: expect.stringMatching(/har inte längre aktiviteten "Kollegialt lärande/),
      },
    ]);
  });

  it("says so for an activity removed from an utkast, and nothing for a withdrawn goal", () => {
    expect(linkAttentionOf(goal(["borttagen"]), model)[0]?.reason).toBe("activity-removed");
    expect(linkAttentionOf(goal(["borttagen"], { withdrawnAt: "2026-03-01T00:00:00Z" }), model)).toEqual([]);
  });

  it("shows the plan in force: the newer fastställd version, or the fastställd plan over its pending utkast", () => {
    const old = supersededBy(sjodalPlan, v2.id);
    expect(planInForce([old, v2], "sjodalsskolan", 2026)?.id).toBe(v2.id);
    const pending: WorkPlan = { ...v2, status: "draft", supersedesPlanId: sjodalPlan.id };
    expect(planInForce([sjodalPlan, pending], "sjodalsskolan", 2026)?.id).toBe(sjodalPlan.id);
    const nextYear: WorkPlan = { ...sjodalPlan, id: "sjodalsskolan-2027", year: 2027, status: "draft" };
    expect(planInForce([sjodalPlan, nextYear], "sjodalsskolan", 2027)?.id).toBe("sjodalsskolan-2027");
    const others = (huddinge["work-plan"] ?? []).filter((p) => p.ownerUnitId !== "sjodalsskolan");
    expect(plansInForce([old, v2, nextYear, ...others]).map((p) => p.id)).toEqual([
      v2.id,
      nextYear.id,
      ...others.map((p) => p.id),
    ]);
  });
});
