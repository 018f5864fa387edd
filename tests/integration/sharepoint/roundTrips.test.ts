import {
  DEFAULT_FOLLOW_UP_CALENDAR,
  dueBetween,
  type DateRange,
  type DueItem,
  type DuePage,
} from "../../../src/domain";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { huddinge, startDemoSite } from "./support/demoSite";
import { createRequestCounter, type TestSite } from "./support/localSite";
import { addTeam } from "./support/team";
import { adminUpn } from "./support/localSite";
import { goalLists } from "../../../src/sharepoint/schema/lists";
import { personalPartitionCount } from "../../../src/sharepoint/schema/personalPartitions";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";

const maria = "maria.johansson@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const mikael = "mikael.sandberg@malkedjan.local";
const helena = "helena.bergstrom@malkedjan.local";

const keyOf = (item: DueItem): string => `${item.target.kind}:${item.target.id}:${item.period}`;

describe("views in a bounded number of round trips (request-counting behavior)", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());

  /** Rows of a list as the admin sees them (folders included), read uncounted. */
  const rowCount = async (title: string): Promise<number> => {
    let rows = 0;
    for await (const page of site.as(adminUpn).web.lists.getByTitle(title).items.select("Id").top(5000))
      rows += (page as unknown[]).length;
    return rows;
  };

  const counted = (upn: string) => {
    const counter = createRequestCounter();
    return { counter, queries: new SharePointSteeringQueries(site.as(upn, counter)) };
  };

  it("loads my goals in 2 round trips", async () => {
    const { counter, queries } = counted(maria);
    const view = await queries.myGoals(maria, 2026);
    expect(counter.count).toBe(2);
    expect(view.goals.map((g) => g.id).sort()).toEqual(
      huddinge["individual-goal"]
        .filter((g) => g.employeeId === maria)
        .map((g) => g.id)
        .sort(),
    );
    expect(view.chef?.id).toBe(karin);
    expect(view.workPlan?.ownerUnitId).toBe("sjodalsskolan");
    expect(view.activities.length).toBeGreaterThan(0);
    expect(view.activities.every((a) => a.workPlanId === view.workPlan?.id)).toBe(true);
    expect(view.above.workPlans.map((p) => p.ownerUnitId).sort()).toEqual([
      "grundskola",
      "utbildningsforvaltningen",
    ]);
    expect(view.above.boardPlans).toHaveLength(1);
    expect(view.above.focusAreas).toHaveLength(3);
    expect(view.above.vision).not.toBeNull();
  });

  it("loads my team in 2 round trips, for 3, 40 and 400 staff, as the chef", async () => {
    // 400 staff take 22 requests in the second batch: more than PnPjs's default of 20 per $batch.
    for (const size of [3, 40, 400]) {
      const team = await addTeam(site, size, "grundskola");
      const { counter, queries } = counted(team.chefId);
      const view = await queries.team(team.chefId, team.unitId, 2026);
      expect(counter.count).toBe(2);
      const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort();
      expect(ids(view.staff)).toEqual(ids(team.staff));
      expect(ids(view.goals)).toEqual(ids(team.goals));
      expect(ids(view.activities)).toEqual(ids(team.activities));
      expect(ids(view.followUps)).toEqual(ids(team.followUps));
      expect(view.workPlan?.id).toBe(team.workPlan.id);
      expect(view.goals.length).toBeGreaterThan(size);
    }
  }, 300_000);

  it("loads a chef of chefs' team in 2 round trips: her staff and the rektorer, with their goals, as her", async () => {
    // The demo's rektorer have no goals of their own: each gets one, written as the app would.
    const repos = createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });
    const template = huddinge["individual-goal"][0];
    if (template === undefined) throw new Error("demo lacks goals");
    const rektorGoals = [
      { ...template, id: "karin-2026-rt", employeeId: karin, managerId: helena, unitId: "sjodalsskolan" },
      {
        ...template,
        id: "mikael-2026-rt",
        employeeId: mikael,
        managerId: helena,
        unitId: "kvarnbergsskolan",
      },
    ];
    for (const goal of rektorGoals) await repos["individual-goal"].create(goal);

    const { counter, queries } = counted(helena);
    const view = await queries.team(helena, "grundskola", 2026);
    expect(counter.count).toBe(2);
    expect(view.chefsBelow.map((p) => p.id)).toEqual(expect.arrayContaining([karin, mikael]));
    expect(view.unitsBelow.map((u) => u.id)).toEqual(
      expect.arrayContaining(["sjodalsskolan", "kvarnbergsskolan"]),
    );
    expect(view.goals.map((g) => g.id).sort()).toEqual(["karin-2026-rt", "mikael-2026-rt"]);
    // Further down is aggregate only: none of the lärare's goals.
    expect(view.goals.some((g) => g.employeeId === maria)).toBe(false);
    expect(view.skippedRows).toBe(0);
  });

  it("loads the chain of one förvaltning in 3 round trips", async () => {
    const { counter, queries } = counted(adminUpn);
    const view = await queries.chain("utbildningsforvaltningen", 2026);
    expect(counter.count).toBe(3);
    expect(view.board.id).toBe("grundskolenamnden");
    expect(view.workPlans.length).toBeGreaterThanOrEqual(4);
    expect(view.boardIndicators).toHaveLength(huddinge["board-indicator"].length);
    expect(view.milestones).toHaveLength(huddinge.milestone.length);
    expect(view.outcomes.length).toBeGreaterThan(0);
    expect(view.units.map((u) => u.id)).toContain("sjodalsskolan");
  });

  it("pages everything due, municipal-wide, with no request per item, and misses nothing", async () => {
    const range: DateRange = { from: "2026-01-01", to: "2026-12-31" };
    const { counter, queries } = counted(adminUpn);
    const pages: DuePage[] = [];
    for await (const page of queries.dueBetween(range)) pages.push(page);
    const boards = huddinge["org-unit"].filter((u) => u.kind === "board").length;
    const administrations = huddinge["org-unit"].filter((u) => u.kind === "administration").length;
    // 2 round trips: the unit tree, the planners and the goals whose NextDue is on or before the range's
    // end; then one widest $batch of 5 reads per nämnd, 3 per förvaltning and one per 40 goals found (the
    // demo's stay under 100 parts, so no second one).
    const goalRows = (await Promise.all(goalLists.all.map((l) => rowCount(l.title)))).reduce((a, b) => a + b);
    expect(5 * boards + 3 * administrations + Math.ceil(goalRows / 40) + personalPartitionCount).toBeLessThan(
      100,
    );
    expect(counter.count).toBe(2);

    const fromPages = new Set(
      pages.flatMap((p) => dueBetween(p, range, DEFAULT_FOLLOW_UP_CALENDAR)).map(keyOf),
    );
    const whole: DuePage = {
      units: huddinge["org-unit"],
      planners: huddinge.person.filter((p) => p.roles.length > 0),
      boardPlans: huddinge["board-plan"],
      boardIndicators: huddinge["board-indicator"],
      milestones: huddinge.milestone,
      assignments: huddinge.assignment,
      workPlans: huddinge["work-plan"],
      activities: huddinge.activity,
      individualGoals: huddinge["individual-goal"],
      followUps: huddinge["follow-up"],
    };
    const expected = new Set(dueBetween(whole, range, DEFAULT_FOLLOW_UP_CALENDAR).map(keyOf));
    // Items the round-trip test's extra teams added are due too; the demo's own must all be there.
    for (const key of expected) expect(fromPages).toContain(key);
    expect(expected.size).toBeGreaterThan(0);
  });
});
