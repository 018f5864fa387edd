import { huddinge } from "../../../../src/demo/huddinge";
import type { IndividualGoal, TeamView } from "../../../../src/domain";
import { myTeamStrings } from "../../../../src/tab/views/my-team/strings";
import { counted } from "../../../../src/tab/views/my-team/plural";
import { teamMembers, teamModel } from "../../../../src/tab/views/my-team/teamModel";
import { unitsBelowRows } from "../../../../src/tab/views/my-team/unitsBelowModel";
import { translate, type Translator } from "../../../../src/tab/app";

type Key = keyof typeof myTeamStrings.sv;

const person = (id: string) => {
  const found = huddinge.person.find((p) => p.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const unit = (id: string) => {
  const found = huddinge["org-unit"].find((u) => u.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const helena = person("helena.bergstrom@malkedjan.local");
const karin = person("karin.lindqvist@malkedjan.local");
const mikael = person("mikael.sandberg@malkedjan.local");

const rektorGoal = (over: Partial<IndividualGoal>): IndividualGoal => ({
  id: "karin-2026-1",
  employeeId: karin.id,
  managerId: helena.id,
  unitId: "sjodalsskolan",
  year: 2026,
  title: "Leda skolans arbete med trygghetsvandringar",
  activityIds: ["sjodalsskolan-2026-akt-1"],
  followUpDates: ["2026-05-01"],
  ...over,
});

/** Helena's team as the query returns it: no staff of her own, the two rektorer below. */
const helenasTeam = (goals: IndividualGoal[]): TeamView => ({
  year: 2026,
  chef: helena,
  unit: unit("grundskola"),
  staff: [helena],
  unitsBelow: [unit("sjodalsskolan"), unit("kvarnbergsskolan")],
  chefsBelow: [karin, mikael],
  goals,
  followUps: [],
  workPlan: null,
  activities: [],
});

describe("Mitt team's model", () => {
  it("puts the unit's staff and the chefs of the units directly below in the team, never the chef", () => {
    const members = teamMembers(helenasTeam([]));
    expect(members.map((m) => [m.person.name, m.leads?.name])).toEqual([
      ["Karin Lindqvist", "Sjödalsskolan"],
      ["Mikael Sandberg", "Kvarnbergsskolan"],
    ]);
    const model = teamModel(helenasTeam([]), "2026-06-01");
    expect(model.staff.map((r) => r.person.id)).toEqual([karin.id, mikael.id]);
    expect(model.chefsBelow).toBe(2);
    expect(model.withoutAgreed.map((p) => p.id)).toEqual([karin.id, mikael.id]);
  });

  it("waits for the chef on goals only the medarbetare has agreed, the longest-waiting first", () => {
    const model = teamModel(
      helenasTeam([
        rektorGoal({ id: "a", agreedByEmployeeAt: "2026-03-02T09:00:00Z" }),
        rektorGoal({ id: "b", employeeId: mikael.id, agreedByEmployeeAt: "2026-02-01T09:00:00Z" }),
        rektorGoal({ id: "c" }),
        rektorGoal({
          id: "d",
          agreedByEmployeeAt: "2026-01-01T09:00:00Z",
          agreedByManagerAt: "2026-01-02T09:00:00Z",
        }),
        rektorGoal({ id: "e", agreedByManagerAt: "2026-01-02T09:00:00Z" }),
      ]),
      "2026-06-01",
    );
    expect(model.awaiting.map((r) => [r.goal.id, r.person.name, r.since])).toEqual([
      ["b", "Mikael Sandberg", "2026-02-01T09:00:00Z"],
      ["a", "Karin Lindqvist", "2026-03-02T09:00:00Z"],
    ]);
  });

  it("leaves out goals of anyone not in the team and of other years", () => {
    const maria = huddinge["individual-goal"][0];
    if (maria === undefined) throw new Error("demo lacks goals");
    const model = teamModel(
      helenasTeam([
        { ...maria, agreedByManagerAt: undefined },
        rektorGoal({ id: "2025", year: 2025, agreedByEmployeeAt: "2025-03-02T09:00:00Z" }),
      ]),
      "2026-06-01",
    );
    expect(model.awaiting).toEqual([]);
    expect(model.staff.every((r) => r.goals === 0)).toBe(true);
  });

  it("says counts in the right form, in Swedish and English", () => {
    const sv: Translator<Key> = (key, values) => translate(myTeamStrings, "sv", key, values);
    const en: Translator<Key> = (key, values) => translate(myTeamStrings, "en", key, values);
    expect(counted(sv, "agreedGoals", 1)).toBe("1 överenskommet mål");
    expect(counted(sv, "agreedGoals", 2)).toBe("2 överenskomna mål");
    expect(counted(sv, "chefsAmong", 1)).toBe("varav 1 chef");
    expect(counted(sv, "chefsAmong", 2)).toBe("varav 2 chefer");
    expect(counted(sv, "people", 1)).toBe("1 person");
    expect(counted(sv, "people", 0)).toBe("0 personer");
    expect(counted(sv, "awaitingGoals", 3)).toBe("3 mål väntar på överenskommelse");
    expect(counted(en, "agreedGoals", 1)).toBe("1 agreed goal");
    expect(counted(en, "people", 5)).toBe("5 people");
  });

  it("has every Swedish text in English too, with the same placeholders, and no developer words", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, sv] of Object.entries(myTeamStrings.sv)) {
      const en = (myTeamStrings.en as Record<string, string>)[key];
      expect(en).toBeTruthy();
      expect({ key, placeholders: placeholders(en ?? "") }).toEqual({ key, placeholders: placeholders(sv) });
      // Plain words a municipality would write: no ids, no "null", no "2/3".
      expect(`${key}: ${sv}`).not.toMatch(/\b(null|undefined|id|API|query|UPN)\b|\d\/\d/i);
    }
  });

  it("turns the server's overview into rows: shares in whole per cent, nothing for a small group", () => {
    const rows = unitsBelowRows({
      unitId: "utbildningsforvaltningen",
      unitName: "Utbildningsförvaltningen",
      year: 2026,
      smallestGroupShown: 5,
      units: [
        {
          unitId: "grundskola",
          name: "Grundskola",
          kind: "department",
          parentId: "utbildningsforvaltningen",
          depth: 1,
          people: 2,
          activities: 7,
          figures: { shown: false, reason: "small-group" },
        },
        {
          unitId: "sjodalsskolan",
          name: "Sjödalsskolan",
          kind: "unit",
          parentId: "grundskola",
          depth: 2,
          people: 6,
          activities: 6,
          figures: { shown: true, withAgreedGoals: 5, coveredActivities: 4, overdueFollowUps: 2 },
        },
      ],
    });
    expect(rows.map((r) => [r.unit.name, r.parentName, r.figures])).toEqual([
      ["Grundskola", undefined, { shown: false }],
      ["Sjödalsskolan", "Grundskola", { shown: true, withAgreed: 5, percent: 83, covered: 4, overdue: 2 }],
    ]);
  });
});
