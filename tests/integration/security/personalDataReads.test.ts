import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import "@pnp/sp/fields";
import "@pnp/sp/batching";
import { chefOf, orgLookupOf } from "../../../src/domain";
import { eq } from "../../../src/sharepoint/odata/filter";
import { folderNameFor } from "../../../src/sharepoint/repositories/personalFolders";
import { goalFollowUpLists, goalLists } from "../../../src/sharepoint/schema/lists";
import { personalPartitionOf } from "../../../src/sharepoint/schema/personalPartitions";
import { huddinge, startDemoSite } from "../sharepoint/support/demoSite";
import { adminUpn, type TestSite } from "../sharepoint/support/localSite";

/** Every partition of both personal lists, with the partition number that places a person in it. */
const personalLists = [...goalLists.all, ...goalFollowUpLists.all].map((l) => ({
  title: l.title,
  partition: l.personalPartition ?? 0,
}));
const goalTitles = goalLists.all.map((l) => l.title);

type Spied = { Id: number }[] | { results: { Id: number }[] } | null | undefined;
type Row = { Id: number; EmployeeId: string | null; FileDirRef?: string; FSObjType?: number | string };

/** Who may read a medarbetare's personal rows: the person and their current chef. */
const org = orgLookupOf(huddinge["org-unit"], huddinge.person);
const mayRead = (reader: string, employeeId: string): boolean =>
  reader === employeeId || chefOf(employeeId, org.person(employeeId)?.unitId ?? "", org) === reader;

const outcome = async (work: Promise<unknown>): Promise<"ok" | number> => {
  try {
    await work;
    return "ok";
  } catch (error: unknown) {
    return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : -1;
  }
};

/**
 * Whether a person sees a partition of a personal list at all: SharePoint shows a list with broken
 * inheritance only to who holds something in it (a folder they read gives Limited Access); to anyone else
 * it answers 404, as if the list did not exist.
 */
const seesPartition = (reader: string, partition: number): boolean =>
  huddinge.person.some((p) => personalPartitionOf(p.id) === partition && mayRead(reader, p.id));

/**
 * Individual goals and their follow-ups are personal data: with their own token, against the site by every
 * path a person can take (items, filters, single items, folders, batches, lookups) in every partition of the
 * personal lists, nobody reads a row of anyone but themselves and the staff they are the current chef of.
 */
describe("personal data read by every path, with each demo person's own token", () => {
  let site: TestSite;
  const rowsOf = new Map<string, Row[]>();
  let rootOf: Map<string, string>;
  beforeAll(async () => {
    site = await startDemoSite();
    const admin = site.as(adminUpn);
    rootOf = new Map();
    for (const { title } of personalLists) {
      const list = admin.web.lists.getByTitle(title);
      rowsOf.set(
        title,
        await list.items.select("Id", "EmployeeId", "FileDirRef", "FSObjType").top(5000)<Row[]>(),
      );
      rootOf.set(
        title,
        (await list.rootFolder.select("ServerRelativeUrl")<{ ServerRelativeUrl: string }>())
          .ServerRelativeUrl,
      );
    }
  }, 120_000);
  afterAll(() => site.close());

  const people = huddinge.person.map((p) => p.id);
  const itemRows = (title: string) => (rowsOf.get(title) ?? []).filter((r) => Number(r.FSObjType) !== 1);

  it("seeds goals and follow-ups for several people in every partition (the suite has something to find)", () => {
    const ownersOf = (lists: typeof goalLists | typeof goalFollowUpLists) =>
      lists.all.map((l) => new Set(itemRows(l.title).map((r) => r.EmployeeId)));
    // Goals in every partition; follow-ups (fewer in the demo) in more than one.
    expect(ownersOf(goalLists).map((o) => o.size > 0)).toEqual(goalLists.all.map(() => true));
    expect(ownersOf(goalFollowUpLists).filter((o) => o.size > 0).length).toBeGreaterThan(1);
    for (const lists of [goalLists, goalFollowUpLists])
      expect(ownersOf(lists).reduce((n, o) => n + o.size, 0)).toBeGreaterThan(5);
    // Most people do not see some partition (chefs with staff in every partition see all): both kinds of
    // refusal, the trimmed read and the list that does not exist, are tried below.
    const blind = people.filter((p) => personalLists.some((l) => !seesPartition(p, l.partition)));
    expect(blind.length).toBeGreaterThan(people.length / 2);
  });

  it.each(people)(
    "%s sees only the partitions where they read a folder; elsewhere the list does not exist for them",
    async (upn) => {
      for (const { title, partition } of personalLists) {
        const seen = await outcome(site.as(upn).web.lists.getByTitle(title).select("Id")());
        expect({ title, seen }).toEqual({ title, seen: seesPartition(upn, partition) ? "ok" : 404 });
      }
    },
  );

  it.each(people)(
    "%s reads only their own and their staff's rows through list items and filters",
    async (upn) => {
      const sp = site.as(upn);
      for (const { title, partition } of personalLists.filter((l) => seesPartition(upn, l.partition))) {
        const list = sp.web.lists.getByTitle(title);
        const seen = await list.items.select("Id", "EmployeeId", "FileDirRef", "FSObjType").top(5000)<
          Row[]
        >();
        const foreign = seen.filter((r) => Number(r.FSObjType) !== 1 && !mayRead(upn, r.EmployeeId ?? ""));
        expect(foreign).toEqual([]);
        const expected = itemRows(title).filter((r) => mayRead(upn, r.EmployeeId ?? "")).length;
        expect(seen.filter((r) => Number(r.FSObjType) !== 1)).toHaveLength(expected);
        // Others in this partition first (their rows are here), then anyone's.
        const others = people.filter((p) => !mayRead(upn, p));
        const here = others.filter((p) => personalPartitionOf(p) === partition);
        for (const other of [...here.slice(0, 3), ...others.slice(0, 2)]) {
          expect(await list.items.filter(eq("EmployeeId", other))()).toEqual([]);
        }
      }
      // The partitions they do not see: every read of their rows is 404.
      for (const { title } of personalLists.filter((l) => !seesPartition(upn, l.partition))) {
        const list = sp.web.lists.getByTitle(title);
        expect(await outcome(list.items.select("Id").top(5000)())).toBe(404);
        expect(await outcome(list.items.filter(eq("EmployeeId", people[0] ?? ""))())).toBe(404);
      }
    },
  );

  it.each(people)(
    "%s gets 'not found' for every other person's row by id, one by one and in a $batch",
    async (upn) => {
      let tried = 0;
      for (const { title } of personalLists) {
        const others = itemRows(title).filter((r) => !mayRead(upn, r.EmployeeId ?? ""));
        tried += others.length;
        if (others.length === 0) continue;
        const [batched, execute] = site.as(upn).batched();
        const reads = others.map((r) => outcome(batched.web.lists.getByTitle(title).items.getById(r.Id)()));
        await execute();
        const outcomes = await Promise.all(reads);
        expect(outcomes.filter((o) => o !== 404)).toEqual([]);
      }
      expect(tried).toBeGreaterThan(0);
    },
  );

  it.each(people)("%s cannot open another person's folder or list its items", async (upn) => {
    const sp = site.as(upn);
    for (const { title, partition } of personalLists) {
      const root = rootOf.get(title) ?? "";
      const readable = new Set(people.filter((p) => mayRead(upn, p)).map(folderNameFor));
      if (seesPartition(upn, partition)) {
        const listed = await sp.web.lists.getByTitle(title).rootFolder.folders.select("Name")<
          { Name: string }[]
        >();
        expect(listed.map((f) => f.Name).filter((name) => !readable.has(name))).toEqual([]);
      } else {
        expect(await outcome(sp.web.lists.getByTitle(title).rootFolder.folders())).toBe(404);
      }
      // The folders of others whose folders are in this partition (a folder elsewhere would be 404 anyway).
      const others = people.filter((p) => !mayRead(upn, p) && personalPartitionOf(p) === partition);
      for (const other of others.slice(0, 3)) {
        const folder = sp.web.getFolderByServerRelativePath(`${root}/${folderNameFor(other)}`);
        expect(await outcome(folder.select("Name")())).toBe(404);
        expect(await outcome(folder.listItemAllFields())).toBe(404);
      }
    }
  });

  it("yields nothing of a goal a reader may not see through a lookup field's $expand", async () => {
    // Only the app can add fields (staff are readers); these lookups (one per partition of the goals) are the
    // admin's, the reads are each person's.
    const admin = site.as(adminUpn);
    const [plan] = await admin.web.lists.getByTitle("Arbetsplaner").items.select("Id").top(1)<
      { Id: number }[]
    >();
    if (plan === undefined) throw new Error("no arbetsplan");
    const spies = goalTitles.map((title, i) => ({ title, field: `Spion${i + 1}` }));
    for (const { title, field } of spies) {
      const goalsList = await admin.web.lists.getByTitle(title).select("Id")<{ Id: string }>();
      await admin.web.lists.getByTitle("Arbetsplaner").fields.addLookup(field, {
        LookupListId: goalsList.Id,
        LookupFieldName: "Title",
      });
      await admin.web.lists
        .getByTitle("Arbetsplaner")
        .fields.getByInternalNameOrTitle(field)
        .update({ AllowMultipleValues: true }, "SP.FieldLookup");
      const goalIds = itemRows(title).map((r) => r.Id);
      expect(goalIds.length).toBeGreaterThan(0);
      await admin.web.lists
        .getByTitle("Arbetsplaner")
        .items.getById(plan.Id)
        .update({ [`${field}Id`]: goalIds });
    }

    for (const upn of people) {
      const read = await site
        .as(upn)
        .web.lists.getByTitle("Arbetsplaner")
        .items.getById(plan.Id)
        .select("Id", ...spies.flatMap(({ field }) => [`${field}/Id`, `${field}/Title`]))
        .expand(...spies.map(({ field }) => field))<Record<string, Spied>>();
      for (const { title, field } of spies) {
        const value = read[field];
        const spied = Array.isArray(value) ? value : (value?.results ?? []);
        const allowed = new Set(
          itemRows(title)
            .filter((r) => mayRead(upn, r.EmployeeId ?? ""))
            .map((r) => r.Id),
        );
        expect({ title, foreign: spied.filter((g) => !allowed.has(g.Id)) }).toEqual({ title, foreign: [] });
        // What they may read does come through: the lookup works, it is trimmed.
        expect(spied.length).toBe(allowed.size);
      }
    }
  });
});
