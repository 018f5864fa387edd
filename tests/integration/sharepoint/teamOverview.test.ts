import { ForbiddenError, NotFoundError, lineAggregates, type Clock } from "../../../src/domain";
import { LOCAL_APP_ID, appOnlyToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { SharePointTeamLine } from "../../../src/sharepoint/stores/teamLine";
import { teamOverview } from "../../../src/usecases";
import { huddinge, startDemoSite } from "./support/demoSite";
import { createRequestCounter, type TestSite } from "./support/localSite";

const helena = "helena.bergstrom@malkedjan.local";
const anders = "anders.holm@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const clock: Clock = { now: () => new Date("2026-06-01T08:00:00Z"), today: () => "2026-06-01" };

/**
 * The overview of the units below a chef over the SharePoint adapter, read as the app identity: what it
 * counts is what the domain's rule counts over the whole demo, in 3 round trips, and only for the chef.
 */
describe("the team overview over SharePoint (the app reads, only counts leave)", () => {
  let site: TestSite;
  const counter = createRequestCounter();
  let line: SharePointTeamLine;
  beforeAll(async () => {
    site = await startDemoSite();
    line = new SharePointTeamLine(
      createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter }),
    );
  }, 120_000);
  afterAll(() => site.close());

  const counted = async <T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number }> => {
    const before = counter.count;
    const result = await work();
    return { result, roundTrips: counter.count - before };
  };

  it("counts the förvaltning's units below as the rule does over all the data, in 3 round trips", async () => {
    const { result, roundTrips } = await counted(() =>
      teamOverview({ line, clock }, { personId: anders }, { unitId: "utbildningsforvaltningen", year: 2026 }),
    );
    expect(roundTrips).toBe(3);
    const whole = lineAggregates(
      "utbildningsforvaltningen",
      huddinge["org-unit"],
      {
        people: huddinge.person,
        goals: huddinge["individual-goal"],
        followUps: huddinge["follow-up"],
        workPlans: huddinge["work-plan"],
        activities: huddinge.activity,
      },
      2026,
      "2026-06-01",
    );
    expect(result.units).toEqual(whole);
    expect(result.units.map((u) => [u.unit.id, u.people, u.figures.shown])).toEqual([
      ["grundskola", 2, false],
      ["kvarnbergsskolan", 6, true],
      ["sjodalsskolan", 5, true],
    ]);
  });

  it("refuses anyone but the unit's chef before reading anything personal (1 round trip)", async () => {
    const refused = await counted(() =>
      teamOverview({ line, clock }, { personId: karin }, { unitId: "grundskola", year: 2026 }).catch(
        (error: unknown) => error,
      ),
    );
    expect(refused.result).toBeInstanceOf(ForbiddenError);
    expect(refused.roundTrips).toBe(1);
    await expect(
      teamOverview({ line, clock }, { personId: helena }, { unitId: "no-such-unit", year: 2026 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a unit with nothing below it in 1 round trip", async () => {
    const { result, roundTrips } = await counted(() =>
      teamOverview({ line, clock }, { personId: karin }, { unitId: "sjodalsskolan", year: 2026 }),
    );
    expect(result.units).toEqual([]);
    expect(roundTrips).toBe(1);
  });
});
