import { huddinge } from "../../../src/demo";
import {
  SMALLEST_GROUP_SHOWN,
  lineAggregates,
  orgLookupOf,
  teamUnitOf,
  unitsBelow,
  type LineData,
} from "../../../src/domain";

const units = huddinge["org-unit"];
const org = orgLookupOf(units, huddinge.person);
const data: LineData = {
  people: huddinge.person,
  goals: huddinge["individual-goal"],
  followUps: huddinge["follow-up"],
  workPlans: huddinge["work-plan"],
  activities: huddinge.activity,
};
const today = "2026-06-01";

describe("the units below a chef, in aggregate", () => {
  it("puts a chef in the team of the unit above, and everyone else in their own unit's", () => {
    expect(teamUnitOf("karin.lindqvist@malkedjan.local", "sjodalsskolan", org)).toBe("grundskola");
    expect(teamUnitOf("helena.bergstrom@malkedjan.local", "grundskola", org)).toBe(
      "utbildningsforvaltningen",
    );
    expect(teamUnitOf("maria.johansson@malkedjan.local", "sjodalsskolan", org)).toBe("sjodalsskolan");
  });

  it("walks every unit below, children before grandchildren's siblings, by name", () => {
    expect(unitsBelow("utbildningsforvaltningen", units).map((b) => [b.unit.id, b.depth])).toEqual([
      ["grundskola", 1],
      ["kvarnbergsskolan", 2],
      ["sjodalsskolan", 2],
    ]);
    expect(unitsBelow("sjodalsskolan", units)).toEqual([]);
  });

  it("counts each unit's own group: staff with agreed goals, covered activities, overdue follow-ups", () => {
    const line = lineAggregates("grundskola", units, data, 2026, today);
    expect(line.map((a) => ({ ...a, unit: a.unit.id }))).toEqual([
      {
        unit: "kvarnbergsskolan",
        depth: 1,
        people: 6,
        activities: 6,
        figures: {
          shown: true,
          withAgreedGoals: 6,
          coveredActivities: 5,
          overdueFollowUps: 7,
          linksNeedingAttention: 0,
        },
      },
      {
        unit: "sjodalsskolan",
        depth: 1,
        people: 5,
        activities: 6,
        figures: {
          shown: true,
          withAgreedGoals: 5,
          coveredActivities: 5,
          overdueFollowUps: 6,
          linksNeedingAttention: 0,
        },
      },
    ]);
  });

  it("leaves out the chef's own team: the rektorer are in grundskola's group, not their skola's", () => {
    const line = lineAggregates("utbildningsforvaltningen", units, data, 2026, today);
    const grundskola = line.find((a) => a.unit.id === "grundskola");
    expect(grundskola?.people).toBe(2);
    expect(line.find((a) => a.unit.id === "sjodalsskolan")?.people).toBe(5);
  });

  it(`gives no figures for a group smaller than ${SMALLEST_GROUP_SHOWN}, only its size`, () => {
    const line = lineAggregates("utbildningsforvaltningen", units, data, 2026, today);
    expect(line.find((a) => a.unit.id === "grundskola")).toMatchObject({
      people: 2,
      figures: { shown: false, reason: "small-group" },
    });
    const four = {
      ...data,
      people: data.people.filter((p) => p.id !== "linnea.hakansson@malkedjan.local"),
    };
    expect(
      lineAggregates("grundskola", units, four, 2026, today).find((a) => a.unit.id === "sjodalsskolan"),
    ).toMatchObject({ people: 4, figures: { shown: false, reason: "small-group" } });
  });

  it("says a unit has no arbetsplan for a year, and counts nothing agreed in another year", () => {
    const line = lineAggregates("grundskola", units, data, 2027, today);
    expect(line.map((a) => [a.activities, a.figures])).toEqual([
      [
        null,
        {
          shown: true,
          withAgreedGoals: 0,
          coveredActivities: 0,
          overdueFollowUps: 0,
          linksNeedingAttention: 0,
        },
      ],
      [
        null,
        {
          shown: true,
          withAgreedGoals: 0,
          coveredActivities: 0,
          overdueFollowUps: 0,
          linksNeedingAttention: 0,
        },
      ],
    ]);
  });

  it("carries no name, UPN or goal text", () => {
    const text = JSON.stringify(
      lineAggregates("utbildningsforvaltningen", units, data, 2026, today).map((a) => ({
        ...a,
        unit: { id: a.unit.id, name: a.unit.name },
      })),
    );
    for (const person of huddinge.person) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.id);
    }
    for (const goal of huddinge["individual-goal"]) expect(text).not.toContain(goal.title);
  });
});
