import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import "@pnp/sp/fields";
import "@pnp/sp/batching";
import { chefOf, orgLookupOf } from "../../../src/domain";
import { eq } from "../../../src/sharepoint/odata/filter";
import { folderNameFor } from "../../../src/sharepoint/repositories/personalFolders";
import { huddinge, startDemoSite } from "../sharepoint/support/demoSite";
import { adminUpn, type TestSite } from "../sharepoint/support/localSite";

const personalLists = ["Individuella mål", "Uppföljningar individuella mål"] as const;

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
 * Individual goals and their follow-ups are personal data: with their own token, against the site by every
 * path a person can take (items, filters, single items, folders, batches, lookups), nobody reads a row of
 * anyone but themselves and the staff they are the current chef of.
 */
describe("personal data read by every path, with each demo person's own token", () => {
  let site: TestSite;
  const rowsOf = new Map<string, Row[]>();
  let rootOf: Map<string, string>;
  beforeAll(async () => {
    site = await startDemoSite();
    const admin = site.as(adminUpn);
    rootOf = new Map();
    for (const title of personalLists) {
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

  it("seeds goals and follow-ups for several people (the suite has something to find)", () => {
    for (const title of personalLists) {
      expect(new Set(itemRows(title).map((r) => r.EmployeeId)).size).toBeGreaterThan(5);
    }
  });

  it.each(people)(
    "%s reads only their own and their staff's rows through list items and filters",
    async (upn) => {
      const sp = site.as(upn);
      for (const title of personalLists) {
        const list = sp.web.lists.getByTitle(title);
        const seen = await list.items.select("Id", "EmployeeId", "FileDirRef", "FSObjType").top(5000)<
          Row[]
        >();
        const foreign = seen.filter((r) => Number(r.FSObjType) !== 1 && !mayRead(upn, r.EmployeeId ?? ""));
        expect(foreign).toEqual([]);
        const expected = itemRows(title).filter((r) => mayRead(upn, r.EmployeeId ?? "")).length;
        expect(seen.filter((r) => Number(r.FSObjType) !== 1)).toHaveLength(expected);
        for (const other of people.filter((p) => !mayRead(upn, p)).slice(0, 3)) {
          expect(await list.items.filter(eq("EmployeeId", other))()).toEqual([]);
        }
      }
    },
  );

  it.each(people)(
    "%s gets 'not found' for every other person's row by id, one by one and in a $batch",
    async (upn) => {
      for (const title of personalLists) {
        const others = itemRows(title).filter((r) => !mayRead(upn, r.EmployeeId ?? ""));
        const [batched, execute] = site.as(upn).batched();
        const reads = others.map((r) => outcome(batched.web.lists.getByTitle(title).items.getById(r.Id)()));
        await execute();
        const outcomes = await Promise.all(reads);
        expect(outcomes.filter((o) => o !== 404)).toEqual([]);
      }
    },
  );

  it.each(people)("%s cannot open another person's folder or list its items", async (upn) => {
    const sp = site.as(upn);
    for (const title of personalLists) {
      const root = rootOf.get(title) ?? "";
      const listed = await sp.web.lists.getByTitle(title).rootFolder.folders.select("Name")<
        { Name: string }[]
      >();
      const readable = new Set(people.filter((p) => mayRead(upn, p)).map(folderNameFor));
      expect(listed.map((f) => f.Name).filter((name) => !readable.has(name))).toEqual([]);
      for (const other of people.filter((p) => !mayRead(upn, p)).slice(0, 3)) {
        const folder = sp.web.getFolderByServerRelativePath(`${root}/${folderNameFor(other)}`);
        expect(await outcome(folder.select("Name")())).toBe(404);
        expect(await outcome(folder.listItemAllFields())).toBe(404);
      }
    }
  });

  it("yields nothing of a goal a reader may not see through a lookup field's $expand", async () => {
    // Only the app can add fields (staff are readers); this lookup is the admin's, the reads are each person's.
    const admin = site.as(adminUpn);
    const goalsList = await admin.web.lists.getByTitle("Individuella mål").select("Id")<{ Id: string }>();
    await admin.web.lists.getByTitle("Arbetsplaner").fields.addLookup("Spion", {
      LookupListId: goalsList.Id,
      LookupFieldName: "Title",
    });
    await admin.web.lists
      .getByTitle("Arbetsplaner")
      .fields.getByInternalNameOrTitle("Spion")
      .update({ AllowMultipleValues: true }, "SP.FieldLookup");
    const goalIds = itemRows("Individuella mål").map((r) => r.Id);
    const [plan] = await admin.web.lists.getByTitle("Arbetsplaner").items.select("Id").top(1)<
      { Id: number }[]
    >();
    if (plan === undefined) throw new Error("no arbetsplan");
    await admin.web.lists.getByTitle("Arbetsplaner").items.getById(plan.Id).update({ SpionId: goalIds });

    for (const upn of people) {
      const read = await site
        .as(upn)
        .web.lists.getByTitle("Arbetsplaner")
        .items.getById(plan.Id)
        .select("Id", "Spion/Id", "Spion/Title")
        .expand("Spion")<{ Spion: { Id: number }[] | { results: { Id: number }[] } | null }>();
      const spied = Array.isArray(read.Spion) ? read.Spion : (read.Spion?.results ?? []);
      const allowed = new Set(
        itemRows("Individuella mål")
          .filter((r) => mayRead(upn, r.EmployeeId ?? ""))
          .map((r) => r.Id),
      );
      expect(spied.filter((g) => !allowed.has(g.Id))).toEqual([]);
    }
  });
});
