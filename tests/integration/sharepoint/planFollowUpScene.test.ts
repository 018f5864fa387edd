import type { Activity, FollowUp, OrgUnit, WorkPlan } from "../../../src/domain";
import { seedData } from "../../../src/sharepoint/seed";
import { SharePointPlanFollowUps } from "../../../src/sharepoint/stores/planFollowUps";
import { huddinge, startDemoSite } from "./support/demoSite";
import { adminUpn, createRequestCounter, type TestSite } from "./support/localSite";

const johan = "johan.wikstrom@malkedjan.local";
const period = "2026-tertial1";

/**
 * The plan follow-up scene (what every read and write of a plan follow-up decides on) over the local site:
 * two round trips for a nämnd whatever its number of units and items — 45 more skolor, each with an
 * arbetsplan, two activities and a follow-up, take the same two.
 */
describe("the plan follow-up scene in a bounded number of round trips", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());

  const counted = () => {
    const counter = createRequestCounter();
    return { counter, store: new SharePointPlanFollowUps(site.as(adminUpn, counter)) };
  };
  const demoTertial1 = huddinge["follow-up"]
    .filter((f) => f.period === period)
    .map((f) => f.id)
    .sort();

  it("reads a nämnd's plans, the period's follow-ups and klarmarkeringar in 2 round trips", async () => {
    const { counter, store } = counted();
    const scene = await store.scene({ callerId: johan, period, anchor: { unitId: "grundskolenamnden" } });
    expect(counter.count).toBe(2);
    expect(scene.caller?.name).toBe("Johan Wikström");
    expect(scene.board?.id).toBe("grundskolenamnden");
    expect(scene.plans.boardPlans.map((p) => p.id)).toEqual(["grundskolenamnden-2026"]);
    expect(scene.plans.workPlans).toHaveLength(4);
    expect(scene.plans.activities).toHaveLength(huddinge.activity.length);
    expect(scene.followUps.map((f) => f.value.id).sort()).toEqual(demoTertial1);
    expect(scene.followUps.every((f) => f.version.includes("|"))).toBe(true);
    expect(scene.completions).toEqual([]);
  });

  it("finds the nämnd from an item in the same 2 round trips, and nothing for an unknown item", async () => {
    const { counter, store } = counted();
    const scene = await store.scene({
      callerId: johan,
      period,
      anchor: { target: { kind: "activity", id: "sjodalsskolan-2026-akt-2" } },
    });
    expect(counter.count).toBe(2);
    expect(scene.board?.id).toBe("grundskolenamnden");
    const none = counted();
    const unknown = await none.store.scene({
      callerId: johan,
      period,
      anchor: { target: { kind: "activity", id: "finns-inte" } },
    });
    expect(none.counter.count).toBe(1);
    expect(unknown.board).toBeUndefined();
  });

  it("takes the same 2 round trips with 45 more units, and reads every one's follow-ups", async () => {
    const extra: OrgUnit[] = [];
    const plans: WorkPlan[] = [];
    const activities: Activity[] = [];
    const followUps: FollowUp[] = [];
    for (let i = 1; i <= 45; i++) {
      const id = `extraskola-${i}`;
      extra.push({ id, kind: "unit", name: `Extraskola ${i}`, parentId: "grundskola" });
      plans.push({
        id: `${id}-2026`,
        level: "unit",
        year: 2026,
        ownerUnitId: id,
        parentPlanId: "grundskola-2026",
        title: `Arbetsplan Extraskola ${i}`,
      });
      for (const n of [1, 2]) {
        activities.push({
          id: `${id}-2026-akt-${n}`,
          workPlanId: `${id}-2026`,
          title: `Aktivitet ${n}`,
          serves: { kind: "activity", id: "grundskola-2026-akt-1" },
        });
      }
      followUps.push({
        id: `${id}-2026-akt-1--${period}`,
        target: { kind: "activity", id: `${id}-2026-akt-1` },
        period,
        status: "on-track",
        authorId: johan,
        recordedAt: "2026-05-08T10:00:00Z",
      });
    }
    await seedData(site.as(adminUpn), {
      ...huddinge,
      "org-unit": [...huddinge["org-unit"], ...extra],
      "work-plan": [...huddinge["work-plan"], ...plans],
      activity: [...huddinge.activity, ...activities],
      "follow-up": [...huddinge["follow-up"], ...followUps],
    });
    const { counter, store } = counted();
    const scene = await store.scene({ callerId: johan, period, anchor: { unitId: "grundskola" } });
    expect(counter.count).toBe(2);
    expect(scene.plans.workPlans).toHaveLength(4 + 45);
    expect(scene.followUps).toHaveLength(demoTertial1.length + 45);
  }, 120_000);
});
