import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import type { SPFI } from "@pnp/sp";
import type { ChainView, MyGoalsView, TeamView } from "../../../src/domain";
import { selectOf } from "../../../src/sharepoint/mapping/rowMapping";
import { eq } from "../../../src/sharepoint/odata/filter";
import { SharePointSteeringQueries, type SkippedRow } from "../../../src/sharepoint/queries";
import { lists, personalFollowUps } from "../../../src/sharepoint/schema/lists";
import type { EntityList } from "../../../src/sharepoint/schema/columns";
import { huddinge, startDemoSite } from "./support/demoSite";
import { adminUpn, createRequestCounter, type TestSite } from "./support/localSite";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local"; // chef of Sjödalsskolan
const mikael = "mikael.sandberg@malkedjan.local"; // chef of Kvarnbergsskolan
const ahmed = "ahmed.yilmaz@malkedjan.local"; // Kvarnbergsskolan
const sara = "sara.lindgren@malkedjan.local"; // Kvarnbergsskolan
const administration = "utbildningsforvaltningen";

type Row = Record<string, unknown>;

/** The rows planted below, by Key. */
const planted = {
  emptyTitle: "poisoned-empty-title",
  impossibleDate: "poisoned-2026-02-30",
  unknownStatus: "poisoned-unknown-status",
  garbageJson: "poisoned-garbage-json",
  unknownServes: "poisoned-unknown-serves",
  erikInMariasFolder: "erik.sjoberg-2026-planted",
} as const;

/** A view without its count: what must be exactly as it was before anything was planted. */
const shown = <V extends { skippedRows?: number }>(view: V): Omit<V, "skippedRows"> => {
  const { skippedRows: _ignored, ...rest } = view;
  return rest;
};

describe("rows written by hand past the app (poisoned reads)", () => {
  let site: TestSite;
  let before: { mine: MyGoalsView; team: TeamView; chain: ChainView };
  const admin = (): SPFI => site.as(adminUpn);

  /** The views as Maria, Karin and the planners see them, with what each left out. */
  const load = async () => {
    const reported = { mine: [] as SkippedRow[], team: [] as SkippedRow[], chain: [] as SkippedRow[] };
    const as = (upn: string, into: SkippedRow[]) =>
      new SharePointSteeringQueries(site.as(upn), (row) => into.push(row));
    const [mine, team, chain] = await Promise.all([
      as(maria, reported.mine).myGoals(maria, 2026),
      as(karin, reported.team).team(karin, "sjodalsskolan", 2026),
      as(adminUpn, reported.chain).chain(administration, 2026),
    ]);
    return { mine, team, chain, reported };
  };

  /** A demo row as stored (its fields and partitions), to copy with one thing changed. */
  const storedRow = async (list: EntityList, key: string): Promise<Row> => {
    const [row] = await admin()
      .web.lists.getByTitle(list.title)
      .items.select(...selectOf(list), ...list.partitions)
      .filter(eq("Key", key))<Row[]>();
    if (row === undefined) throw new Error(`no ${list.title} row ${key}`);
    return Object.fromEntries(
      Object.entries(row).filter(([name]) => name !== "Id" && !name.startsWith("odata.")),
    );
  };

  /** Raw REST add to a public list. */
  const addRow = (list: EntityList, fields: Row) =>
    admin().web.lists.getByTitle(list.title).items.add(fields);

  const rootOf = async (list: EntityList): Promise<string> =>
    (await admin().web.lists.getByTitle(list.title).rootFolder.select("ServerRelativeUrl")())
      .ServerRelativeUrl;

  /** Raw AddValidateUpdateItemUsingPath into a folder of a personal list (values as text). */
  const addInFolder = async (list: EntityList, folderUrl: string, fields: Row) => {
    const results = await admin()
      .web.lists.getByTitle(list.title)
      .addValidateUpdateItemUsingPath(
        Object.entries(fields).map(([FieldName, v]) => ({
          FieldName,
          FieldValue: v === null || v === undefined ? "" : String(v),
        })),
        folderUrl,
      );
    expect(results.filter((r) => r.HasException === true)).toEqual([]);
  };

  beforeAll(async () => {
    site = await startDemoSite();
    const clean = await load();
    before = clean;
    expect([clean.mine.skippedRows, clean.team.skippedRows, clean.chain.skippedRows]).toEqual([0, 0, 0]);

    const goals = lists["individual-goal"];
    const goalsRoot = await rootOf(goals);
    const followUpsRoot = await rootOf(personalFollowUps);
    const mariasGoal = await storedRow(goals, "maria.johansson-2026-1");
    const mariasFollowUp = await storedRow(personalFollowUps, "maria.johansson-2026-1--2026-04-20");
    const activity = await storedRow(lists.activity, "sjodalsskolan-2026-akt-1");
    const activityFollowUp = huddinge["follow-up"].find((f) => f.target.id === "sjodalsskolan-2026-akt-1");
    if (activityFollowUp === undefined) throw new Error("demo lacks a follow-up of sjodalsskolan-2026-akt-1");
    const publicFollowUp = await storedRow(lists["follow-up"], activityFollowUp.id);

    await addInFolder(goals, `${goalsRoot}/${maria}`, { ...mariasGoal, Key: planted.emptyTitle, Title: "" });
    await addInFolder(goals, `${goalsRoot}/${maria}`, {
      ...mariasGoal,
      Key: planted.impossibleDate,
      FollowUpDates: '["2026-02-30"]',
    });
    await addInFolder(personalFollowUps, `${followUpsRoot}/${maria}`, {
      ...mariasFollowUp,
      Key: planted.unknownStatus,
      Status: "kanske",
    });
    await addRow(lists["follow-up"], { ...publicFollowUp, Key: planted.garbageJson, Value: "{inte json" });
    await addRow(lists.activity, { ...activity, Key: planted.unknownServes, ServesKind: "vad-som-helst" });
    // Valid in every field, but Erik's goal in Maria's folder: readable by whoever reads Maria's folder.
    await addInFolder(goals, `${goalsRoot}/${maria}`, {
      ...mariasGoal,
      Key: planted.erikInMariasFolder,
      Title: "Planterat mål",
      EmployeeId: erik,
    });
  }, 120_000);
  afterAll(() => site.close());

  const keysOf = (rows: readonly SkippedRow[]) => rows.map((r) => r.key).sort();

  it("still loads Mina mål, Mitt team and Kedjan, each leaving out exactly the bad rows it met", async () => {
    const after = await load();

    expect(shown(after.mine)).toEqual(shown(before.mine));
    expect(after.mine.skippedRows).toBe(4);
    expect(keysOf(after.reported.mine)).toEqual(
      [planted.emptyTitle, planted.impossibleDate, planted.unknownStatus, planted.unknownServes].sort(),
    );

    expect(shown(after.team)).toEqual(shown(before.team));
    expect(after.team.skippedRows).toBe(6);
    expect(keysOf(after.reported.team)).toEqual(Object.values(planted).sort());

    expect(shown(after.chain)).toEqual(shown(before.chain));
    expect(after.chain.skippedRows).toBe(2);
    expect(keysOf(after.reported.chain)).toEqual([planted.garbageJson, planted.unknownServes].sort());
  });

  it("reports each left-out row once, by list, Key and row id, with why", async () => {
    const { reported } = await load();
    const team = new Map(reported.team.map((r) => [r.key, r]));
    expect(team.size).toBe(reported.team.length);
    expect(team.get(planted.emptyTitle)).toMatchObject({
      listTitle: "Individuella mål",
      rowId: expect.any(Number),
      reason: expect.stringContaining("title"),
    });
    expect(team.get(planted.impossibleDate)?.reason).toContain("followUpDates");
    expect(team.get(planted.unknownStatus)).toMatchObject({
      listTitle: "Uppföljningar individuella mål",
      reason: expect.stringContaining("status"),
    });
    expect(team.get(planted.garbageJson)).toMatchObject({
      listTitle: "Uppföljningar",
      reason: expect.stringContaining("ogiltig JSON"),
    });
    expect(team.get(planted.unknownServes)?.listTitle).toBe("Aktiviteter");
    expect(team.get(planted.erikInMariasFolder)?.reason).toContain("folder");
  });

  it("never shows the goal planted in Maria's folder as Erik's", async () => {
    const { team } = await load();
    const eriksGoals = huddinge["individual-goal"]
      .filter((g) => g.employeeId === erik && g.year === 2026)
      .map((g) => g.id)
      .sort();
    expect(
      team.goals
        .filter((g) => g.employeeId === erik)
        .map((g) => g.id)
        .sort(),
    ).toEqual(eriksGoals);
    expect(team.goals.map((g) => g.title)).not.toContain("Planterat mål");

    // Karin opening Erik's goals reads by his EmployeeId, which the planted row carries: left out there too.
    const reported: SkippedRow[] = [];
    const his = await new SharePointSteeringQueries(site.as(karin), (r) => reported.push(r)).myGoals(
      erik,
      2026,
    );
    expect(his.goals.map((g) => g.id).sort()).toEqual(eriksGoals);
    expect(keysOf(reported)).toContain(planted.erikInMariasFolder);
  });

  it("keeps each view's round trips with bad rows in the lists (my goals 2, team 2, chain 3)", async () => {
    const counted = async (upn: string, load: (q: SharePointSteeringQueries) => Promise<unknown>) => {
      const counter = createRequestCounter();
      await load(new SharePointSteeringQueries(site.as(upn, counter), () => undefined));
      return counter.count;
    };
    expect(await counted(maria, (q) => q.myGoals(maria, 2026))).toBe(2);
    expect(await counted(karin, (q) => q.team(karin, "sjodalsskolan", 2026))).toBe(2);
    expect(await counted(adminUpn, (q) => q.chain(administration, 2026))).toBe(3);
  });

  it("pages everything due without the bad rows, reporting each once", async () => {
    const reported: SkippedRow[] = [];
    const queries = new SharePointSteeringQueries(admin(), (r) => reported.push(r));
    const goalIds: string[] = [];
    const followUpIds: string[] = [];
    for await (const page of queries.dueBetween({ from: "2026-01-01", to: "2026-12-31" })) {
      goalIds.push(...page.individualGoals.map((g) => g.id));
      followUpIds.push(...page.followUps.map((f) => f.id));
    }
    expect(keysOf(reported)).toEqual(Object.values(planted).sort());
    for (const key of Object.values(planted)) {
      expect(goalIds).not.toContain(key);
      expect(followUpIds).not.toContain(key);
    }
    expect(goalIds).toEqual(
      expect.arrayContaining(huddinge["individual-goal"].filter((g) => g.year === 2026).map((g) => g.id)),
    );
  });

  it("ignores a personal row at the list root or in a folder made inside someone's folder", async () => {
    const goals = lists["individual-goal"];
    const root = await rootOf(goals);
    const sarasGoal = await storedRow(goals, `${sara.split("@")[0]}-2026-1`);
    // Ahmed (or his chef) may add folders in Ahmed's folder; one named like Sara's must not pass for hers.
    await admin()
      .web.lists.getByTitle(goals.title)
      .rootFolder.folders.getByUrl(ahmed)
      .folders.addUsingPath(`${root}/${ahmed}/${sara}`);
    await addInFolder(goals, `${root}/${ahmed}/${sara}`, { ...sarasGoal, Key: "sara-nested" });
    await addRow(goals, { ...sarasGoal, Key: "sara-at-root" });

    const sarasGoals = huddinge["individual-goal"]
      .filter((g) => g.employeeId === sara && g.year === 2026)
      .map((g) => g.id);
    const teamAs = async (upn: string) => {
      const reported: SkippedRow[] = [];
      const queries = new SharePointSteeringQueries(site.as(upn), (r) => reported.push(r));
      const team = await queries.team(mikael, "kvarnbergsskolan", 2026);
      expect(team.goals.filter((g) => g.employeeId === sara).map((g) => g.id)).toEqual(sarasGoals);
      return { skipped: team.skippedRows, keys: keysOf(reported) };
    };
    // Mikael reads Ahmed's folder (and so the folder inside it), not the list root.
    expect(await teamAs(mikael)).toEqual({ skipped: 1, keys: ["sara-nested"] });
    // The app identity reads everything, the root too.
    expect(await teamAs(adminUpn)).toEqual({ skipped: 2, keys: ["sara-at-root", "sara-nested"] });
  });
});
