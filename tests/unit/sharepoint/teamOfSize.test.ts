import { checkModel, type ModelSnapshot } from "../../../src/domain";
import { generateMunicipality, huddinge, smallSize, type SteeringData } from "../../../src/demo";
import { buildTeamOfSize, type TeamOfSize } from "../../../src/sharepoint/seed/teamOfSize";

/** The data set with the team added, as the site holds it after `seedTeamOfSize`. */
function withTeam(data: SteeringData, team: TeamOfSize): ModelSnapshot {
  return {
    ...data,
    "org-unit": [...data["org-unit"], team.unit],
    person: [...data.person, team.chef, ...team.staff],
    "work-plan": [...data["work-plan"], team.workPlan],
    activity: [...data.activity, ...team.activities],
    "individual-goal": [...data["individual-goal"], ...team.goals],
    "follow-up": [...data["follow-up"], ...team.followUps],
  };
}

function parentOf(data: SteeringData, unitId: string, year: number) {
  const plan = data["work-plan"].find((p) => p.ownerUnitId === unitId && p.year === year);
  if (plan === undefined) throw new Error(`${unitId} has no plan for ${year}`);
  const activityIds = data.activity.filter((a) => a.workPlanId === plan.id).map((a) => a.id);
  return { unitId, workPlanId: plan.id, activityIds };
}

describe("a team of a chosen size (the bench's and the round-trip test's team)", () => {
  const generated = generateMunicipality(1, smallSize);
  const department = generated["org-unit"].find((u) => u.kind === "department");
  if (department === undefined) throw new Error("no department");
  const cases: [string, SteeringData, string][] = [
    ["the Huddinge demo, under grundskola", huddinge, "grundskola"],
    ["a generated municipality, under a department", generated, department.id],
  ];

  it.each(cases)("passes every domain rule in %s", (_, data, parentId) => {
    for (const size of [3, 40]) {
      const team = buildTeamOfSize(size, parentOf(data, parentId, 2026), 2026);
      const check = checkModel(withTeam(data, team));
      expect(check.invalid.map((e) => e.message)).toEqual([]);
      expect(check.duplicateIds).toEqual([]);
      expect(check.refusedLinks.map((e) => e.message)).toEqual([]);
    }
  });

  it("is a real team: activities serving the parent plan, 1–3 goals each, ≈5 follow-ups per goal", () => {
    const parent = parentOf(huddinge, "grundskola", 2026);
    const team = buildTeamOfSize(40, parent, 2026);
    expect(team.staff).toHaveLength(40);
    expect(team.activities.map((a) => a.serves)).toEqual([
      ...parent.activityIds.slice(0, 3).map((id) => ({ kind: "activity", id })),
      { kind: "core-mission" },
    ]);
    const perPerson = team.staff.map((p) => team.goals.filter((g) => g.employeeId === p.id).length);
    expect(Math.min(...perPerson)).toBe(1);
    expect(Math.max(...perPerson)).toBe(3);
    const goalFollowUps = team.followUps.filter((f) => f.target.kind === "individual-goal");
    expect(goalFollowUps).toHaveLength(team.goals.length * 5);
    const planFollowUps = team.followUps.filter((f) => f.target.kind !== "individual-goal");
    expect(planFollowUps).toHaveLength((1 + team.activities.length) * 2);
  });

  it("serves the basuppdrag when the parent plan has no activities", () => {
    const team = buildTeamOfSize(
      3,
      { unitId: "grundskola", workPlanId: "grundskola-2026", activityIds: [] },
      2026,
    );
    expect(team.activities.every((a) => a.serves.kind === "core-mission")).toBe(true);
  });
});
