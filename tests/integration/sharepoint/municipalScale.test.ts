import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { ITEM_KINDS, type EntityByKind, type EntityRepository, type ItemKind } from "../../../src/domain";
import { generateMunicipality, municipalSize } from "../../../src/demo";
import {
  SharePointOrgDirectory,
  SharePointReachSource,
  SharePointSteeringQueries,
} from "../../../src/sharepoint/queries";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { GoalSearch } from "../../../src/sharepoint/repositories/goalSearch";
import { seedData } from "../../../src/sharepoint/seed";
import { seedTeamOfSize } from "../../../src/sharepoint/seed/teamOfSize";
import { SharePointTeamLine } from "../../../src/sharepoint/stores/teamLine";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { LOCAL_APP_ID, appOnlyToken } from "../../../src/localsite";
import { lineAggregates, unitsBelow } from "../../../src/domain";
import { reachReport, teamOverview } from "../../../src/usecases";
import { readSharePointFailure } from "../../../src/sharepoint/pnp/sharePointError";
import { startChildSite } from "./support/childSite";
import { figuresAsHand, reachByHand } from "./support/reachByHand";
import { adminUpn, createRequestCounter, type TestSite } from "./support/localSite";
import { eq } from "../../../src/sharepoint/odata/filter";
import { goalFollowUpLists, goalLists } from "../../../src/sharepoint/schema/lists";

/**
 * The municipal set (10 nämnder, 500 units, 6,000 staff, 30,000 goals, 150,000 follow-ups) loaded once,
 * with SharePoint's 5,000-item list view threshold enforced; every repository query runs against it.
 */
const data = generateMunicipality(1, municipalSize);
const year = municipalSize.year;
const parentOf = new Map(data["org-unit"].map((u) => [u.id, u.parentId]));
/** Whether a unit is the given one or below it. */
const within = (root: string, unitId: string | undefined): boolean =>
  unitId !== undefined && (unitId === root || within(root, parentOf.get(unitId)));

describe("at municipal scale, with the list view threshold enforced", () => {
  let site: TestSite;
  let seedMillis = 0;
  beforeAll(async () => {
    site = await startChildSite();
    seedMillis = (await seedData(site.as(adminUpn), data)).millis;
  }, 30 * 60_000);
  afterAll(() => site.close());

  it("holds lists well over the threshold, and the site refuses a query that is not index-led", async () => {
    const sp = site.as(adminUpn);
    let goalRows = 0;
    for (const list of goalLists.all) {
      const { ItemCount } = await sp.web.lists.getByTitle(list.title).select("ItemCount")<{
        ItemCount: number;
      }>();
      expect({ list: list.title, over: ItemCount > 5_000 }).toEqual({ list: list.title, over: true });
      goalRows += ItemCount;
    }
    expect(goalRows).toBeGreaterThan(30_000);
    const refused = sp.web.lists
      .getByTitle(goalLists.all[0]?.title ?? "")
      .items.filter("Description eq 'x'")();
    const failure = await refused.then(
      () => undefined,
      (error: unknown) => readSharePointFailure(error),
    );
    expect(failure?.message).toMatch(/list view threshold/);
    expect(seedMillis).toBeGreaterThan(0);
  });

  it("counts reach for the whole municipality as the app in 2 round trips, as worked out from the rows", async () => {
    const planner = data.person.find((p) => p.roles.some((r) => r.kind === "municipal-planner"));
    if (planner === undefined) throw new Error("no data");
    const counter = createRequestCounter();
    const reach = new SharePointReachSource(
      createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter }),
    );
    const today = `${year}-10-01`;
    const clock = { now: () => new Date(`${today}T08:00:00Z`), today: () => today };
    const result = await reachReport({ reach, clock }, { personId: planner.id }, { year });
    expect(counter.count).toBe(2);
    expect(counter.count).toBeLessThan(50);
    expect(result.rows).toHaveLength(1 + data["org-unit"].length);
    // The municipality, every nämnd and every 10th shown group against the rows themselves.
    const shown = result.rows.filter((r) => r.result.shown);
    const checked = shown.filter((r, i) => r.unit === undefined || r.unit.kind === "board" || i % 10 === 0);
    expect(checked.length).toBeGreaterThan(20);
    for (const row of checked) {
      if (!row.result.shown) continue;
      expect({ group: row.unit?.id, ...figuresAsHand(row.result.figures) }).toEqual({
        group: row.unit?.id,
        ...reachByHand(data, year, today, row.unit?.id),
      });
    }
    const whole = shown[0]?.result;
    expect(whole?.shown === true && whole.figures.staff).toBe(data.person.length);
    expect(whole?.shown === true && whole.figures.followUpsDue).toBeGreaterThan(0);
    // Every group under 5 people is hidden as small.
    for (const row of result.rows) {
      const staff = data.person.filter((p) => row.unit !== undefined && within(row.unit.id, p.unitId)).length;
      if (row.unit !== undefined && staff < 5)
        expect(row.result).toEqual({ shown: false, reason: "small-group" });
    }
  }, 300_000);

  it("runs every repository read for every kind", async () => {
    const repos = createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });
    for (const kind of ITEM_KINDS) {
      const all = data[kind] as readonly EntityByKind[ItemKind][];
      const repo = repos[kind] as unknown as EntityRepository<EntityByKind[ItemKind]>;
      const sample = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 50)) === 0).slice(0, 50);
      const first = sample[0];
      if (first === undefined) continue;
      expect((await repo.get(first.id)).value).toEqual(first);
      expect((await repo.getMany(sample.map((e) => e.id))).map((v) => v.value)).toEqual(sample);
    }
  }, 120_000);

  it("runs every write of a repository (create, update, conflict, delete) on the big lists", async () => {
    const repos = createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });
    const goal = data["individual-goal"][100];
    const followUp = data["follow-up"].find((f) => f.target.kind === "individual-goal");
    if (goal === undefined || followUp === undefined) throw new Error("no data");
    const created = await repos["individual-goal"].create({ ...goal, id: `${goal.id}-skala` });
    const updated = await repos["individual-goal"].update(
      { ...created.value, title: "Nytt" },
      created.version,
    );
    await expect(repos["individual-goal"].update(created.value, created.version)).rejects.toMatchObject({
      code: "conflict",
    });
    await repos["individual-goal"].delete(created.value.id, updated.version);
    const fu = await repos["follow-up"].create({ ...followUp, id: `${followUp.id}-skala` });
    await repos["follow-up"].delete(fu.value.id, fu.version);
    expect(
      await new GoalSearch(site.as(adminUpn)).byTitle(goal.employeeId, goal.title.slice(0, 12)),
    ).toContainEqual(goal);
  }, 120_000);

  it("answers every directory question", async () => {
    const directory = new SharePointOrgDirectory(site.as(adminUpn));
    const person = data.person[10];
    const chefUnit = data["org-unit"].find((u) => u.chefId !== undefined && u.kind === "unit");
    const planner = data.person.find((p) => p.roles.some((r) => r.kind === "planner"));
    const plannerUnit = planner?.roles.find((r) => r.kind === "planner");
    if (person === undefined || chefUnit?.chefId === undefined || plannerUnit?.kind !== "planner")
      throw new Error("no data");
    expect(await directory.person(person.id)).toEqual(person);
    expect(await directory.unit(chefUnit.id)).toEqual(chefUnit);
    expect(await directory.allUnits()).toHaveLength(data["org-unit"].length);
    expect((await directory.staffOf(chefUnit.id)).length).toBe(
      data.person.filter((p) => p.unitId === chefUnit.id).length,
    );
    expect((await directory.unitsLedBy(chefUnit.chefId)).map((u) => u.id)).toContain(chefUnit.id);
    expect((await directory.plannersOf(plannerUnit.unitId)).map((p) => p.id)).toContain(planner?.id);
  }, 60_000);

  it("loads every view in its bounded round trips", async () => {
    const administration = data["org-unit"].find((u) => u.kind === "administration");
    const department = data["org-unit"].find(
      (u) => u.kind === "department" && u.parentId === administration?.id,
    );
    const goal = data["individual-goal"][0];
    if (administration === undefined || department === undefined || goal === undefined)
      throw new Error("no data");
    const counted = (upn: string) => {
      const counter = createRequestCounter();
      return { counter, queries: new SharePointSteeringQueries(site.as(upn, counter)) };
    };

    const mine = counted(goal.employeeId);
    const view = await mine.queries.myGoals(goal.employeeId, year);
    expect(mine.counter.count).toBe(2);
    expect(view.goals.map((g) => g.id)).toContain(goal.id);

    const teamCounts: number[] = [];
    for (const size of [3, 40]) {
      const team = await seedTeamOfSize(site.as(adminUpn), size, department.id, year);
      const c = counted(team.chefId);
      expect((await c.queries.team(team.chefId, team.unitId, year)).goals).toHaveLength(team.goals.length);
      teamCounts.push(c.counter.count);
    }
    expect(teamCounts[0]).toBeLessThanOrEqual(3);
    expect(teamCounts[1]).toBe(teamCounts[0]);

    const chain = counted(adminUpn);
    const chainView = await chain.queries.chain(administration.id, year);
    expect(chain.counter.count).toBeLessThanOrEqual(5);
    expect(chainView.activities.length).toBeGreaterThan(0);

    const due = counted(adminUpn);
    let goalsDue = 0;
    for await (const page of due.queries.dueBetween({ from: `${year}-04-01`, to: `${year}-04-30` })) {
      goalsDue += page.individualGoals.length;
      expect(page.individualGoals.length).toBeLessThanOrEqual(5000);
    }
    expect(goalsDue).toBeGreaterThan(0);
    // Pages only: 1 + nämnder + förvaltningar + pages of 5,000 goals and personal follow-ups.
    const boards = data["org-unit"].filter((u) => u.kind === "board").length;
    const administrations = data["org-unit"].filter((u) => u.kind === "administration").length;
    // One page request per 5,000 rows of each partition of the personal lists (folders are rows too).
    let personalPages = 0;
    for (const list of [...goalLists.all, ...goalFollowUpLists.all]) {
      const { ItemCount } = await site.as(adminUpn).web.lists.getByTitle(list.title).select("ItemCount")<{
        ItemCount: number;
      }>();
      personalPages += Math.max(1, Math.ceil(ItemCount / 5000));
    }
    expect(due.counter.count).toBeLessThanOrEqual(1 + boards + administrations + personalPages);
  }, 300_000);

  it("loads a förvaltningschef's team in 2 round trips, with the avdelningschefer and their goals", async () => {
    const administration = data["org-unit"].find((u) => u.kind === "administration");
    const chefId = administration?.chefId;
    if (administration === undefined || chefId === undefined) throw new Error("no data");
    const departments = data["org-unit"].filter((u) => u.parentId === administration.id);
    const counter = createRequestCounter();
    const view = await new SharePointSteeringQueries(site.as(chefId, counter)).team(
      chefId,
      administration.id,
      year,
    );
    expect(counter.count).toBe(2);
    expect(view.chefsBelow.map((p) => p.id).sort()).toEqual(
      departments.flatMap((u) => (u.chefId === undefined ? [] : [u.chefId])).sort(),
    );
    const team = new Set([...view.staff, ...view.chefsBelow].map((p) => p.id));
    // With the förvaltningschef's own token: every goal of the year of everyone in the team, nobody else's.
    expect(view.goals.map((g) => g.id).sort()).toEqual(
      data["individual-goal"]
        .filter((g) => g.year === year && team.has(g.employeeId))
        .map((g) => g.id)
        .sort(),
    );
    expect(view.goals.length).toBeGreaterThan(0);
  }, 120_000);

  it("counts a förvaltning's units below as the app, in 3 round trips, as the rule does over all data", async () => {
    const administration = data["org-unit"].find((u) => u.kind === "administration");
    const chefId = administration?.chefId;
    if (administration === undefined || chefId === undefined) throw new Error("no data");
    const counter = createRequestCounter();
    const line = new SharePointTeamLine(
      createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter }),
    );
    const clock = { now: () => new Date(`${year}-06-01T08:00:00Z`), today: () => `${year}-06-01` };
    const overview = await teamOverview(
      { line, clock },
      { personId: chefId },
      { unitId: administration.id, year },
    );
    expect(counter.count).toBe(3);
    const units = await line.units();
    expect(overview.units).toHaveLength(unitsBelow(administration.id, units).length);
    // Its avdelningar, their sektioner and at least one enhet under each sektion.
    expect(overview.units.length).toBeGreaterThanOrEqual(
      municipalSize.departmentsPerAdministration * (1 + 2 * municipalSize.sectionsPerDepartment),
    );
    // The same counts as the domain's rule over the generated data (the teams other tests added aside).
    const generated = new Set(data["org-unit"].map((u) => u.id));
    const whole = lineAggregates(
      administration.id,
      data["org-unit"],
      {
        people: data.person,
        goals: data["individual-goal"],
        followUps: data["follow-up"],
        workPlans: data["work-plan"],
        activities: data.activity,
      },
      year,
      `${year}-06-01`,
    );
    const mine = overview.units.filter((u) => generated.has(u.unit.id) && u.unit.kind !== "department");
    expect(mine).toEqual(whole.filter((u) => u.unit.kind !== "department"));
    expect(mine.some((u) => u.figures.shown)).toBe(true);
  }, 120_000);

  it(
    "keeps every personal list at or below 5,000 unique permission scopes: one per medarbetare, in their partition",
    async () => {
      const sp = site.as(adminUpn);
      const withGoals = new Set(data["individual-goal"].map((g) => g.employeeId));
      for (const partitioned of [goalLists, goalFollowUpLists]) {
        const holders: string[] = [];
        for (const list of partitioned.all) {
          const scoped: string[] = [];
          const pages = sp.web.lists
            .getByTitle(list.title)
            .items.select("FileLeafRef", "FSObjType", "HasUniqueRoleAssignments")
            .top(5000) as AsyncIterable<
            { FileLeafRef: string; FSObjType: number; HasUniqueRoleAssignments: boolean }[]
          >;
          for await (const page of pages)
            for (const row of page) if (row.HasUniqueRoleAssignments) scoped.push(row.FileLeafRef);
          // Only folders carry their own permissions, and each sits in the partition its person's id names.
          expect(scoped.length).toBeLessThanOrEqual(5_000);
          expect(scoped.every((name) => partitioned.of(name) === list)).toBe(true);
          holders.push(...scoped);
        }
        expect(holders.length).toBe(new Set(holders).size);
        // Every person of the set, and the few the other tests here added (a team of their own).
        expect(holders.length).toBeGreaterThanOrEqual(data.person.length);
        for (const person of data.person) expect(holders).toContain(person.id);
        for (const employeeId of withGoals) expect(holders).toContain(employeeId);
      }
    },
    10 * 60_000,
  );

  it("keeps a medarbetare to their own goals through raw PnPjs at scale", async () => {
    const goal = data["individual-goal"][0];
    if (goal === undefined) throw new Error("no data");
    const rows = await site
      .as(goal.employeeId)
      .web.lists.getByTitle(goalLists.of(goal.employeeId).title)
      .items.select("EmployeeId")
      .filter(eq("EmployeeId", goal.employeeId))<{ EmployeeId: string }[]>();
    expect(rows.length).toBe(data["individual-goal"].filter((g) => g.employeeId === goal.employeeId).length);
    // Another person in the same partition: the list is there for her, their rows are not.
    const other = data["individual-goal"].find(
      (g) => g.employeeId !== goal.employeeId && goalLists.of(g.employeeId) === goalLists.of(goal.employeeId),
    );
    const theirs = await site
      .as(goal.employeeId)
      .web.lists.getByTitle(goalLists.of(goal.employeeId).title)
      .items.filter(eq("EmployeeId", other?.employeeId ?? ""))();
    expect(theirs).toEqual([]);
  }, 60_000);
});
