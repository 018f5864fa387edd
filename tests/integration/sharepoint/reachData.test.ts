import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { LOCAL_APP_ID, appOnlyToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { SharePointReachSource, openReach } from "../../../src/sharepoint/queries";
import { createReachMemo, reachReport } from "../../../src/usecases";
import { goalFollowUpLists, goalLists } from "../../../src/sharepoint/schema/lists";
import { startDemoSite, huddinge } from "./support/demoSite";
import { createRequestCounter, type TestSite } from "./support/localSite";

/**
 * Reach's read over the demo site with the app's identity: two round trips (one to decide who may see what,
 * one for everything counted), every goal and follow-up of the year, and no goal's or person's text selected.
 */
describe("reach's data, read as the app", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());

  it("reads the caller and the tree in one round trip, and everything counted in one more", async () => {
    const bodies: string[] = [];
    const realFetch = globalThis.fetch;
    // Through to the real site; only what was sent is kept.
    const spy = jest.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
      if (typeof init?.body === "string") bodies.push(init.body);
      return realFetch(input, init);
    });
    const counter = createRequestCounter();
    const sp = createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter });
    const reading = await openReach(sp, 2026, "lena.aberg@malkedjan.local");
    expect(counter.count).toBe(1);
    expect(reading.caller?.roles).toContainEqual({ kind: "municipal-planner" });
    expect(reading.units).toHaveLength(huddinge["org-unit"].length);
    const data = await reading.personal();
    expect(counter.count).toBe(2);
    expect(data.skippedRows).toBe(0);
    expect(data.people.map((p) => p.id).sort()).toEqual(huddinge.person.map((p) => p.id).sort());
    const goals2026 = huddinge["individual-goal"].filter((g) => g.year === 2026);
    expect(data.goals.map((g) => g.id).sort()).toEqual(goals2026.map((g) => g.id).sort());
    const ids = new Set(goals2026.map((g) => g.id));
    expect(data.followUps).toHaveLength(
      huddinge["follow-up"].filter((f) => f.target.kind === "individual-goal" && ids.has(f.target.id)).length,
    );
    expect(data.chain.activities).toHaveLength(huddinge.activity.length);
    // What the personal lists were asked for (the $batch bodies sent): never a title, description or comment.
    const sent = bodies.join("\n");
    const personalReads = sent
      .split(/\r?\n/)
      .filter(
        (line) => line.startsWith("GET ") && /Individuella|individuella/.test(decodeURIComponent(line)),
      );
    expect(personalReads.length).toBeGreaterThanOrEqual(goalLists.all.length + goalFollowUpLists.all.length);
    for (const line of personalReads) {
      const select = /\$select=([^& ]*)/.exec(decodeURIComponent(line))?.[1] ?? "";
      expect({ line, asked: select.split(",").filter((c) => /Title|Description|Comment/.test(c)) }).toEqual({
        line,
        asked: [],
      });
    }
    expect(data.goals.every((g) => !("title" in g))).toBe(true);
    spy.mockRestore();
  });

  it("counts once for the callers of a few minutes: the next reads only who may see what, in one round trip", async () => {
    const counter = createRequestCounter();
    const reach = new SharePointReachSource(
      createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter }),
    );
    let now = Date.parse("2026-10-01T08:00:00Z");
    const clock = { now: () => new Date(now), today: () => "2026-10-01" };
    const deps = { reach, clock, memo: createReachMemo(5 * 60_000) };
    const lena = await reachReport(deps, { personId: "lena.aberg@malkedjan.local" }, { year: 2026 });
    expect(counter.count).toBe(2);
    now += 60_000;
    const karin = await reachReport(deps, { personId: "karin.lindqvist@malkedjan.local" }, { year: 2026 });
    expect(counter.count).toBe(3);
    // The same count, each cut to its caller: Karin's groups are Lena's rows for her school.
    expect(karin.computedAt).toBe(lena.computedAt);
    expect(karin.rows.length).toBeGreaterThan(0);
    for (const row of karin.rows) expect(lena.rows).toContainEqual(row);
    // A medarbetare is still refused before anything is read beyond the tree.
    await expect(
      reachReport(deps, { personId: "maria.johansson@malkedjan.local" }, { year: 2026 }),
    ).rejects.toThrow();
    expect(counter.count).toBe(4);
    now += 5 * 60_000;
    const later = await reachReport(deps, { personId: "lena.aberg@malkedjan.local" }, { year: 2026 });
    expect(counter.count).toBe(6);
    expect(later.computedAt).not.toBe(lena.computedAt);
  });
});
