import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { readCoverage, refreshCoverage } from "../../../src/sharepoint/admin/coverage";
import { huddinge, startDemoSite } from "./support/demoSite";
import { adminUpn, type TestSite } from "./support/localSite";
import { noneIfUnseen } from "../../../src/sharepoint/lists/rows";
import { goalLists } from "../../../src/sharepoint/schema/lists";

const planner = "sofia.ekstrom@malkedjan.local"; // planner for Utbildningsförvaltningen, chef of nobody
const maria = "maria.johansson@malkedjan.local";

describe("coverage upward, counted by the app identity", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());

  it("gives planners above the chef per-activity counts without any goal text or name", async () => {
    await refreshCoverage(site.as(adminUpn), "sjodalsskolan", 2026);
    const plan = huddinge["work-plan"].find((p) => p.ownerUnitId === "sjodalsskolan");
    const activities = huddinge.activity.filter((a) => a.workPlanId === plan?.id);
    const expected = activities
      .map((a) => {
        const linked = huddinge["individual-goal"].filter((g) => g.activityIds.includes(a.id));
        return {
          activityId: a.id,
          goalCount: linked.length,
          employeeCount: new Set(linked.map((g) => g.employeeId)).size,
        };
      })
      .sort((x, y) => x.activityId.localeCompare(y.activityId));

    // The planner cannot read a single goal, yet reads the counts.
    for (const list of goalLists.all) {
      const goals = await noneIfUnseen(
        site.as(planner).web.lists.getByTitle(list.title).items.select("Key")<{ Key: string | null }[]>(),
        [],
      );
      expect(goals.filter((g) => g.Key !== null)).toEqual([]);
    }
    const counts = await readCoverage(site.as(planner), "utbildningsforvaltningen", 2026);
    expect([...counts].sort((x, y) => x.activityId.localeCompare(y.activityId))).toEqual(expected);
    expect(expected.some((c) => c.goalCount > 0)).toBe(true);

    const row = (await site.as(maria).web.lists.getByTitle("Täckning").items.top(1)())[0] as Record<
      string,
      unknown
    >;
    expect(Object.values(row).join(" ")).not.toMatch(/@malkedjan\.local/);
  });

  it("counts the same on a second run (idempotent)", async () => {
    const sp = site.as(adminUpn);
    const first = await refreshCoverage(sp, "sjodalsskolan", 2026);
    const again = await refreshCoverage(sp, "sjodalsskolan", 2026);
    expect(again).toEqual(first);
  });
});
