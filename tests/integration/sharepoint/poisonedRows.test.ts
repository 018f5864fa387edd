import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import type { SPFI } from "@pnp/sp";
import type { ChainView, MyGoalsView, TeamView } from "../../../src/domain";
import { selectOf } from "../../../src/sharepoint/mapping/rowMapping";
import { eq } from "../../../src/sharepoint/odata/filter";
import { SharePointSteeringQueries, type SkippedRow } from "../../../src/sharepoint/queries";
import { goalFollowUpLists, goalLists, lists } from "../../../src/sharepoint/schema/lists";
import type { EntityList } from "../../../src/sharepoint/schema/columns";
import { huddinge, startDemoSite } from "./support/demoSite";
import { adminUpn, createRequestCounter, type TestSite } from "./support/localSite";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local"; // chef of Sjödalsskolan
const mikael = "mikael.sandberg@malkedjan.local"; // chef of Kvarnbergsskolan
const lars = "lars.pettersson@malkedjan.local"; // Sjödalsskolan, in Maria's partition
const amira = "amira.ali@malkedjan.local"; // Kvarnbergsskolan, in Sara's partition
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
  larsInMariasFolder: "lars.pettersson-2026-planted",
  erikInMariasFolder: "erik.sjoberg-2026-planted",
} as const;

/**
 * The rows Karin's team view meets: all but Erik's, which sits in another partition than his (views read
 * each person's partition by their id, so only the app's scans of every partition meet it).
 */
const plantedInTeamReads = Object.values(planted).filter((key) => key !== planted.erikInMariasFolder);

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

    // Maria's partition of the personal lists (Erik's is another: a row there under his id is not his).
    const goals = goalLists.of(maria);
    const followUps = goalFollowUpLists.of(maria);
    const goalsRoot = await rootOf(goals);
    const followUpsRoot = await rootOf(followUps);
    const mariasGoal = await storedRow(goals, "maria.johansson-2026-1");
    const mariasFollowUp = await storedRow(followUps, "maria.johansson-2026-1--2026-04-20");
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
    await addInFolder(followUps, `${followUpsRoot}/${maria}`, {
      ...mariasFollowUp,
      Key: planted.unknownStatus,
      Status: "kanske",
    });
    await addRow(lists["follow-up"], { ...publicFollowUp, Key: planted.garbageJson, Value: "{inte json" });
    await addRow(lists.activity, { ...activity, Key: planted.unknownServes, ServesKind: "vad-som-helst" });
    // Valid in every field, but Lars's goal in Maria's folder (his partition too): readable by whoever reads
    // Maria's folder.
    expect(goalLists.of(lars).title).toBe(goals.title);
    await addInFolder(goals, `${goalsRoot}/${maria}`, {
      ...mariasGoal,
      Key: planted.larsInMariasFolder,
      Title: "Planterat mål",
      EmployeeId: lars,
    });
    // Erik's goal in Maria's folder: in another partition than his.
    expect(goalLists.of(erik).title).not.toBe(goals.title);
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
    expect(keysOf(after.reported.team)).toEqual([...plantedInTeamReads].sort());

    expect(shown(after.chain)).toEqual(shown(before.chain));
    expect(after.chain.skippedRows).toBe(2);
    expect(keysOf(after.reported.chain)).toEqual([planted.garbageJson, planted.unknownServes].sort());
  });

  it("reports each left-out row once, by list, Key and row id, with why", async () => {
    const { reported } = await load();
    const team = new Map(reported.team.map((r) => [r.key, r]));
    expect(team.size).toBe(reported.team.length);
    expect(team.get(planted.emptyTitle)).toMatchObject({
      listTitle: goalLists.of(maria).title,
      rowId: expect.any(Number),
      reason: expect.stringContaining("title"),
    });
    expect(team.get(planted.impossibleDate)?.reason).toContain("followUpDates");
    expect(team.get(planted.unknownStatus)).toMatchObject({
      listTitle: goalFollowUpLists.of(maria).title,
      reason: expect.stringContaining("status"),
    });
    expect(team.get(planted.garbageJson)).toMatchObject({
      listTitle: "Uppföljningar",
      reason: expect.stringContaining("ogiltig JSON"),
    });
    expect(team.get(planted.unknownServes)?.listTitle).toBe("Aktiviteter");
    expect(team.get(planted.larsInMariasFolder)?.reason).toContain("folder");
  });

  it("never shows a goal planted in Maria's folder as Lars's or Erik's", async () => {
    const { team } = await load();
    const goalsOf = (upn: string) =>
      huddinge["individual-goal"]
        .filter((g) => g.employeeId === upn && g.year === 2026)
        .map((g) => g.id)
        .sort();
    for (const upn of [lars, erik])
      expect(
        team.goals
          .filter((g) => g.employeeId === upn)
          .map((g) => g.id)
          .sort(),
      ).toEqual(goalsOf(upn));
    expect(team.goals.map((g) => g.title)).not.toContain("Planterat mål");

    // Karin opening Lars's goals reads his partition by his EmployeeId, which the planted row carries: left
    // out there too.
    const opened = async (upn: string) => {
      const reported: SkippedRow[] = [];
      const view = await new SharePointSteeringQueries(site.as(karin), (r) => reported.push(r)).myGoals(
        upn,
        2026,
      );
      return { goals: view.goals.map((g) => g.id).sort(), skipped: keysOf(reported) };
    };
    // (The view reads Sjödalsskolan's activities too, and so meets the planted activity.)
    expect(await opened(lars)).toEqual({
      goals: goalsOf(lars),
      skipped: [planted.larsInMariasFolder, planted.unknownServes].sort(),
    });
    // Erik's partition holds no planted row: the one under his id in Maria's folder is never read.
    expect(await opened(erik)).toEqual({ goals: goalsOf(erik), skipped: [planted.unknownServes] });
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
    // Sara's partition, which holds Amira's folder too.
    const goals = goalLists.of(sara);
    expect(goalLists.of(amira).title).toBe(goals.title);
    const root = await rootOf(goals);
    const sarasGoal = await storedRow(goals, `${sara.split("@")[0]}-2026-1`);
    // Amira (or her chef) may add folders in Amira's folder; one named like Sara's must not pass for hers.
    await admin()
      .web.lists.getByTitle(goals.title)
      .rootFolder.folders.getByUrl(amira)
      .folders.addUsingPath(`${root}/${amira}/${sara}`);
    await addInFolder(goals, `${root}/${amira}/${sara}`, { ...sarasGoal, Key: "sara-nested" });
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
    // Mikael reads Amira's folder (and so the folder inside it), not the list root.
    expect(await teamAs(mikael)).toEqual({ skipped: 1, keys: ["sara-nested"] });
    // The app identity reads everything, the root too.
    expect(await teamAs(adminUpn)).toEqual({ skipped: 2, keys: ["sara-at-root", "sara-nested"] });
  });
});
