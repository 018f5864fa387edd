import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { SPFI } from "@pnp/sp";
import { startLocalSite, unsignedToken } from "../../../src/localsite";
import { huddinge } from "../../../src/demo";
import {
  ConflictError,
  ITEM_KINDS,
  NotFoundError,
  type EntityByKind,
  type IndividualGoal,
  type ItemKind,
} from "../../../src/domain";
import { createRequestCounter, type RequestCounter } from "../../../src/sharepoint/pnp/behaviors";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { provisionSite } from "../../../src/sharepoint/provision";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { goalFollowUpLists, goalLists, lists } from "../../../src/sharepoint/schema/lists";
import { seedData } from "../../../src/sharepoint/seed";

const admin = "admin@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";

describe("a throttling site (429 with Retry-After)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-sp-throttle-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is ridden out by our retry: views and writes succeed, each round trip still counted once", async () => {
    const calm = await startLocalSite({ dataDir, port: 0 });
    await seedData(createSp({ siteUrl: calm.url, getToken: () => unsignedToken(admin) }), huddinge);
    await calm.close();

    const busy = await startLocalSite({ dataDir, port: 0, throttle: "every:3" });
    try {
      const started = Date.now();
      const counter = createRequestCounter();
      const sp = createSp({ siteUrl: busy.url, getToken: () => unsignedToken(maria), counter });
      const view = await new SharePointSteeringQueries(sp).myGoals(maria, 2026);
      expect(view.goals.length).toBeGreaterThan(0);
      expect(counter.count).toBe(2);

      // Staff only read in SharePoint: the change is written with the app's identity (the admin locally).
      const app = createSp({ siteUrl: busy.url, getToken: () => unsignedToken(admin) });
      const repos = createRepositories({ sp: app, actorId: maria });
      const goal = view.goals[0];
      if (goal === undefined) throw new Error("no goal");
      const current = await repos["individual-goal"].get(goal.id);
      const updated = await repos["individual-goal"].update(
        { ...goal, description: "Efter strypning" },
        current.version,
      );
      expect((await repos["individual-goal"].get(goal.id)).value).toEqual(updated.value);
      // Every third request was answered 429 with Retry-After: 1, so some request waited at least a second.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    } finally {
      await busy.close();
    }
  }, 60_000);
});

/** Every row of a list as the admin sees it (folders included), in pages of 5,000. */
async function allRows(sp: SPFI, title: string): Promise<{ Key: string | null }[]> {
  const rows: { Key: string | null }[] = [];
  const pages = sp.web.lists.getByTitle(title).items.select("Key").top(5000) as AsyncIterable<
    { Key: string | null }[]
  >;
  for await (const page of pages) rows.push(...page);
  return rows;
}

/** What each list must hold after seeding the demo: one row per entity, goal follow-ups in the personal list. */
function expectedRows(): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  for (const kind of ITEM_KINDS) {
    for (const entity of huddinge[kind] as readonly EntityByKind[ItemKind][]) {
      const goalOf = (id: string) => huddinge["individual-goal"].find((g) => g.id === id);
      const title =
        kind === "individual-goal"
          ? goalLists.of((entity as EntityByKind["individual-goal"]).employeeId).title
          : kind === "follow-up" && (entity as EntityByKind["follow-up"]).target.kind === "individual-goal"
            ? goalFollowUpLists.of(goalOf((entity as EntityByKind["follow-up"]).target.id)?.employeeId ?? "")
                .title
            : lists[kind].title;
      expected.set(title, [...(expected.get(title) ?? []), entity.id]);
    }
  }
  return expected;
}

/** Watches every HTTP answer the process receives, to see the 429s the retry hides from its callers. */
function watchAnswers(): { answers: number; throttled: number; stop(): void } {
  const realFetch = globalThis.fetch;
  const seen = {
    answers: 0,
    throttled: 0,
    stop: () => {
      globalThis.fetch = realFetch;
    },
  };
  globalThis.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    seen.answers += 1;
    if (response.status === 429) seen.throttled += 1;
    return response;
  };
  return seen;
}

describe("seeding and working against a site that answers 20 % of requests 429 (Retry-After: 1)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "malkedjan-sp-throttle20-"));
  let site: { url: string; close(): Promise<void> };
  const as = (upn: string, counter?: RequestCounter): SPFI =>
    createSp({ siteUrl: site.url, getToken: () => unsignedToken(upn), counter });

  beforeAll(async () => {
    // The lists and columns are created on a calm site first: provisioning is ~270 requests one after
    // another, which at 20 % × 1 s would add a minute of waiting and test nothing the seeding does not.
    // Everything seedData does after that (its provisioning check included) runs throttled.
    const calm = await startLocalSite({ dataDir, port: 0 });
    await provisionSite(createSp({ siteUrl: calm.url, getToken: () => unsignedToken(admin) }));
    await calm.close();
    site = await startLocalSite({ dataDir, port: 0, throttle: "0.2" });
  }, 120_000);
  afterAll(() => site.close().finally(() => rmSync(dataDir, { recursive: true, force: true })));

  it("seeds the Huddinge demo: every list holds exactly its rows, none twice, one folder per person", async () => {
    const counter = createRequestCounter();
    const seen = watchAnswers();
    const report = await seedData(as(admin, counter), huddinge, { parallel: 4 }).finally(seen.stop);
    // Some requests were throttled and sent again; each was counted as one round trip.
    expect(seen.throttled).toBeGreaterThan(0);
    expect(counter.count).toBe(seen.answers - seen.throttled);
    const expected = expectedRows();
    for (const [title, ids] of expected)
      expect({ title, added: report.added[title] }).toEqual({ title, added: ids.length });

    const sp = as(admin);
    for (const [title, ids] of expected) {
      const rows = await allRows(sp, title);
      const keys = rows.flatMap((r) => (r.Key == null ? [] : [r.Key]));
      expect({ title, keys: [...keys].sort() }).toEqual({ title, keys: [...ids].sort() });
      const partition = [...goalLists.all, ...goalFollowUpLists.all].find((l) => l.title === title);
      expect({ title, folders: rows.length - keys.length }).toEqual({
        title,
        folders:
          partition === undefined
            ? 0
            : huddinge.person.filter(
                (p) => goalLists.of(p.id).personalPartition === partition.personalPartition,
              ).length,
      });
    }
  }, 180_000);

  it("reads every seeded item back exactly through the repositories (getMany)", async () => {
    const repos = createRepositories({ sp: as(admin), actorId: admin });
    for (const kind of ITEM_KINDS) {
      const wanted = huddinge[kind] as readonly EntityByKind[ItemKind][];
      const got = await repos[kind].getMany(wanted.map((e) => e.id));
      expect({ kind, values: got.map((g) => g.value) }).toEqual({ kind, values: wanted });
    }
  }, 120_000);

  it("runs a scripted series of writes and views with correct results and the usual round trips", async () => {
    const repos = createRepositories({ sp: as(admin), actorId: admin });
    const goals = repos["individual-goal"];
    const sample = huddinge["individual-goal"].find((g) => g.employeeId === maria);
    if (sample === undefined) throw new Error("Maria has no demo goal");
    const fresh: IndividualGoal = { ...sample, id: `${sample.id}-strypt`, title: "Mål under strypning" };

    const created = await goals.create(fresh);
    expect(created.value).toEqual(fresh);
    const changed = { ...fresh, description: "Ändrad med ETag" };
    const updated = await goals.update(changed, created.version);
    expect(updated.version).not.toBe(created.version);
    await expect(
      goals.update({ ...fresh, description: "inaktuell" }, created.version),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await goals.get(fresh.id)).toEqual(updated);
    expect((await goals.getMany([sample.id, fresh.id, "finns-inte"])).map((g) => g.value)).toEqual([
      sample,
      changed,
    ]);

    const mine = createRequestCounter();
    const myGoals = await new SharePointSteeringQueries(as(maria, mine)).myGoals(maria, 2026);
    expect(myGoals.goals.map((g) => g.id).sort()).toEqual(
      [
        ...huddinge["individual-goal"].filter((g) => g.employeeId === maria).map((g) => g.id),
        fresh.id,
      ].sort(),
    );
    expect(mine.count).toBe(2);

    const team = createRequestCounter();
    const teamView = await new SharePointSteeringQueries(as(karin, team)).team(karin, "sjodalsskolan", 2026);
    expect(teamView.goals.map((g) => g.id).sort()).toEqual(
      [
        ...huddinge["individual-goal"]
          .filter((g) => g.unitId === "sjodalsskolan" && g.year === 2026)
          .map((g) => g.id),
        fresh.id,
      ].sort(),
    );
    expect(team.count).toBe(2);

    const chain = createRequestCounter();
    const chainView = await new SharePointSteeringQueries(as(admin, chain)).chain(
      "utbildningsforvaltningen",
      2026,
    );
    expect(chainView.board.id).toBe("grundskolenamnden");
    expect(chainView.milestones).toHaveLength(huddinge.milestone.length);
    expect(chainView.activities.map((a) => a.id).sort()).toEqual(huddinge.activity.map((a) => a.id).sort());
    expect(chain.count).toBe(3);

    await goals.delete(fresh.id, updated.version);
    await expect(goals.get(fresh.id)).rejects.toBeInstanceOf(NotFoundError);
    const after = await new SharePointSteeringQueries(as(maria)).myGoals(maria, 2026);
    expect(after.goals.map((g) => g.id)).not.toContain(fresh.id);
  }, 120_000);
});
