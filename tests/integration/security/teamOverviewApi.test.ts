import { huddinge } from "../../../src/demo";
import { unsignedToken } from "../../../src/localsite";
import { teamOverviewSchema } from "../../../src/contracts/teamApi";
import { startApp, type RunningApp } from "../../../scripts/harness";

/**
 * The team overview of the real server (`src/server/main.ts`, local mode, the Huddinge demo), asked for
 * every unit with every demo person's own token: only the unit's chef gets figures, and what they get
 * names no one and quotes no goal.
 */
describe("the team overview API, as each demo person", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(() => app.stop());

  const get = async (path: string, as?: string) => {
    const response = await fetch(new URL(path, app.url), {
      headers: as === undefined ? {} : { Authorization: `Bearer ${unsignedToken(as)}` },
    });
    return {
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      cache: response.headers.get("cache-control") ?? "",
      text: await response.text(),
    };
  };
  const overview = (unitId: string, year = "2026") =>
    `/api/teams/${encodeURIComponent(unitId)}/overview?ar=${year}`;

  it("gives figures to the unit's chef only: anyone else is refused 403, an unknown unit 404", async () => {
    const answered: string[] = [];
    for (const person of huddinge.person) {
      for (const unit of huddinge["org-unit"]) {
        const answer = await get(overview(unit.id), person.id);
        if (unit.chefId === person.id) {
          expect(answer.status).toBe(200);
          expect(answer.cache).toBe("no-store");
          teamOverviewSchema.parse(JSON.parse(answer.text));
          answered.push(`${person.id} ${unit.id}`);
        } else {
          expect({ who: person.id, unit: unit.id, status: answer.status }).toEqual({
            who: person.id,
            unit: unit.id,
            status: 403,
          });
          expect(answer.type).toMatch(/application\/problem\+json/);
          expect(answer.text).toContain('"code":"forbidden"');
        }
      }
      const unknown = await get(overview("ingen-sadan-enhet"), person.id);
      expect(unknown.status).toBe(404);
    }
    // Every chef in the demo got their own unit's overview.
    expect(answered).toHaveLength(huddinge["org-unit"].filter((u) => u.chefId !== undefined).length);
  });

  it("names no one and quotes no goal: every demo person's name and UPN, every goal's title and id", async () => {
    const chefs = huddinge["org-unit"].flatMap((u) => (u.chefId === undefined ? [] : [[u.chefId, u.id]]));
    for (const [chefId = "", unitId = ""] of chefs) {
      const answer = await get(overview(unitId), chefId);
      expect(answer.status).toBe(200);
      for (const person of huddinge.person) {
        expect(answer.text).not.toContain(person.name);
        expect(answer.text.toLowerCase()).not.toContain(person.id);
        expect(answer.text).not.toContain(person.id.split("@")[0] ?? person.id);
      }
      for (const goal of huddinge["individual-goal"]) {
        expect(answer.text).not.toContain(goal.title);
        expect(answer.text).not.toContain(goal.id);
      }
      for (const followUp of huddinge["follow-up"]) {
        if (followUp.comment !== undefined) expect(answer.text).not.toContain(followUp.comment);
      }
    }
  });

  it("shows the förvaltningschef the skolor's figures, and none for avdelningen's two rektorer", async () => {
    const answer = teamOverviewSchema.parse(
      JSON.parse((await get(overview("utbildningsforvaltningen"), "anders.holm@malkedjan.local")).text),
    );
    expect(answer.smallestGroupShown).toBe(5);
    expect(answer.units.map((u) => [u.name, u.depth, u.people, u.figures.shown])).toEqual([
      ["Grundskola", 1, 2, false],
      ["Kvarnbergsskolan", 2, 6, true],
      ["Sjödalsskolan", 2, 5, true],
    ]);
  });

  it("answers 401 without a token and 400 for a missing or malformed year", async () => {
    expect((await get(overview("grundskola"))).status).toBe(401);
    const helena = "helena.bergstrom@malkedjan.local";
    for (const path of [
      "/api/teams/grundskola/overview",
      overview("grundskola", "tjugo"),
      overview("grundskola", "20260"),
    ]) {
      const answer = await get(path, helena);
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/application\/problem\+json/);
      expect(answer.text).toContain('"code":"validation"');
    }
  });
});
