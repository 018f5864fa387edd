import type { OrgUnit } from "../../../src/domain";
import { huddinge } from "../../../src/demo";
import { ancestorOfKind, partitionsOf, placementNeeds } from "../../../src/sharepoint/placement/partitions";

const units = new Map<string, OrgUnit>(huddinge["org-unit"].map((u) => [u.id, u]));

describe("partition placement", () => {
  it("finds the förvaltning and nämnd above a unit", () => {
    expect(ancestorOfKind("sjodalsskolan", "administration", units)).toBe("utbildningsforvaltningen");
    expect(ancestorOfKind("sjodalsskolan", "board", units)).toBe("grundskolenamnden");
    expect(ancestorOfKind("grundskolenamnden", "administration", units)).toBeUndefined();
  });

  it("places an arbetsplan by its unit, förvaltning and nämnd for the year", () => {
    const plan = huddinge["work-plan"].find((p) => p.ownerUnitId === "sjodalsskolan");
    if (plan === undefined) throw new Error("no plan");
    expect(placementNeeds("work-plan", plan)).toEqual({ units: true });
    expect(partitionsOf("work-plan", plan, units, undefined)).toEqual({
      UnitYear: `sjodalsskolan:${plan.year}`,
      AdminYear: `utbildningsforvaltningen:${plan.year}`,
      BoardYear: `grundskolenamnden:${plan.year}`,
    });
  });

  it("places a goal in its unit and förvaltning and files it under its medarbetare", () => {
    const goal = huddinge["individual-goal"][0];
    if (goal === undefined) throw new Error("no goal");
    expect(partitionsOf("individual-goal", goal, units, undefined)).toEqual({
      UnitYear: `${goal.unitId}:${goal.year}`,
      AdminYear: `utbildningsforvaltningen:${goal.year}`,
      EmployeeId: goal.employeeId,
    });
  });

  it("copies the parent's partitions to activities and follow-ups", () => {
    const activity = huddinge.activity[0];
    const followUp = huddinge["follow-up"][0];
    if (activity === undefined || followUp === undefined) throw new Error("no data");
    expect(placementNeeds("activity", activity)).toEqual({
      units: false,
      parent: { kind: "work-plan", id: activity.workPlanId },
    });
    expect(placementNeeds("follow-up", followUp)).toEqual({ units: false, parent: followUp.target });
    const parent = { UnitYear: "u:2026", BoardYear: "b:2026" };
    expect(partitionsOf("activity", activity, units, parent)).toEqual(parent);
  });

  it("flags planners so they are found by one indexed filter", () => {
    const planner = huddinge.person.find((p) => p.roles.length > 0);
    const staff = huddinge.person.find((p) => p.roles.length === 0);
    if (planner === undefined || staff === undefined) throw new Error("no people");
    expect(partitionsOf("person", planner, units, undefined)).toEqual({ Planner: "yes" });
    expect(partitionsOf("person", staff, units, undefined)).toEqual({ Planner: undefined });
  });
});
