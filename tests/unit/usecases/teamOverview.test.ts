import { huddinge } from "../../../src/demo";
import { ForbiddenError, NotFoundError, type Clock, type TeamLineSource } from "../../../src/domain";
import { teamOverview } from "../../../src/usecases";

const anders = "anders.holm@malkedjan.local"; // förvaltningschef, Utbildningsförvaltningen
const helena = "helena.bergstrom@malkedjan.local"; // chef of Grundskola
const karin = "karin.lindqvist@malkedjan.local"; // rektor of Sjödalsskolan
const clock: Clock = { now: () => new Date("2026-06-01T08:00:00Z"), today: () => "2026-06-01" };

/** The demo as the app reads it, remembering which units' personal data were asked for. */
function demoLine(): TeamLineSource & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    units: async () => huddinge["org-unit"],
    line: async (unitIds, year) => {
      asked.push([...unitIds]);
      const people = huddinge.person.filter((p) => unitIds.includes(p.unitId));
      const goals = huddinge["individual-goal"].filter(
        (g) => g.year === year && people.some((p) => p.id === g.employeeId),
      );
      return {
        people,
        goals,
        followUps: huddinge["follow-up"].filter((f) => goals.some((g) => g.id === f.target.id)),
        workPlans: huddinge["work-plan"],
        activities: huddinge.activity,
      };
    },
  };
}

describe("the team overview use case", () => {
  it("gives the unit's chef the units below, in numbers only", async () => {
    const line = demoLine();
    const overview = await teamOverview(
      { line, clock },
      { personId: anders },
      {
        unitId: "utbildningsforvaltningen",
        year: 2026,
      },
    );
    expect(line.asked).toEqual([["grundskola", "kvarnbergsskolan", "sjodalsskolan"]]);
    expect(overview.smallestGroupShown).toBe(5);
    expect(overview.units.map((u) => [u.unit.id, u.depth, u.people, u.figures.shown])).toEqual([
      ["grundskola", 1, 2, false],
      ["kvarnbergsskolan", 2, 6, true],
      ["sjodalsskolan", 2, 5, true],
    ]);
  });

  it("refuses anyone but the unit's chef before reading anything personal", async () => {
    for (const personId of [karin, anders, "maria.johansson@malkedjan.local"]) {
      const line = demoLine();
      await expect(
        teamOverview({ line, clock }, { personId }, { unitId: "grundskola", year: 2026 }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(line.asked).toEqual([]);
    }
  });

  it("answers an unknown unit as not found, and a unit with nothing below without reading", async () => {
    const line = demoLine();
    await expect(
      teamOverview({ line, clock }, { personId: helena }, { unitId: "okand", year: 2026 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const none = await teamOverview(
      { line, clock },
      { personId: karin },
      {
        unitId: "sjodalsskolan",
        year: 2026,
      },
    );
    expect(none.units).toEqual([]);
    expect(line.asked).toEqual([]);
  });
});
