import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/folders";
import "@pnp/sp/security";
import "@pnp/sp/site-users/web";
import type { SPFI } from "@pnp/sp";
import { admin, startTestSite, type TestSite } from "./support/pnp";

/**
 * The hole this pins: a medarbetare adds a lookup field to a list she may edit, points it at the personal
 * goals list (a folder per person, unique permissions), fills it with every goal id and expands it. A lookup
 * $expand (and a filter or order on a projected lookup column) must see only goals she may read.
 */
const GOALS = "Personliga mål";
const NOTES = "Anteckningar";
const anna = "anna.lookup@malkedjan.local";
const bo = "bo.lookup@malkedjan.local";
const chef = "chef.lookup@malkedjan.local";

let site: TestSite;
let sp: SPFI;
const ids: Record<string, number> = {};
const goalIds: Record<string, number> = {};
let root = "";

type Row = Record<string, unknown>;

async function role(name: string): Promise<number> {
  return (await sp.web.roleDefinitions.getByName(name)()).Id;
}

async function personalFolder(upn: string, readers: string[]): Promise<void> {
  const name = upn.split("@")[0] ?? upn;
  await sp.web.lists.getByTitle(GOALS).rootFolder.folders.addUsingPath(name);
  const item = await sp.web.lists
    .getByTitle(GOALS)
    .rootFolder.folders.getByUrl(name)
    .getItem<{ Id: number }>("Id");
  const folder = sp.web.lists.getByTitle(GOALS).items.getById(item.Id);
  await folder.breakRoleInheritance(false, true);
  await folder.roleAssignments.add(ids[upn] ?? 0, await role("Contribute"));
  for (const reader of readers) await folder.roleAssignments.add(ids[reader] ?? 0, await role("Read"));
}

async function goal(owner: string, title: string): Promise<number> {
  const result = await sp.web.lists
    .getByTitle(GOALS)
    .addValidateUpdateItemUsingPath(
      [{ FieldName: "Title", FieldValue: title }],
      `${root}/${owner.split("@")[0]}`,
    );
  return Number(result.find((value) => value.FieldName === "Id")?.FieldValue);
}

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  for (const upn of [anna, bo, chef]) ids[upn] = (await sp.web.ensureUser(upn)).Id;
  await sp.web.lists.add(GOALS);
  root = (await sp.web.lists.getByTitle(GOALS).rootFolder.select("ServerRelativeUrl")()).ServerRelativeUrl;
  await sp.web.lists.getByTitle(GOALS).breakRoleInheritance(false, false);
  await personalFolder(anna, [chef]);
  await personalFolder(bo, [chef]);
  goalIds.anna = await goal(anna, "Annas mål");
  goalIds.bo = await goal(bo, "Bos hemliga mål");
  // A list Anna may edit (Edit lets her add fields, as a list owner could).
  await sp.web.lists.add(NOTES);
  const notes = sp.web.lists.getByTitle(NOTES);
  await notes.breakRoleInheritance(false, false);
  await notes.roleAssignments.add(ids[anna] ?? 0, await role("Edit"));
  await notes.roleAssignments.add(ids[chef] ?? 0, await role("Read"));
  const goalsList = await sp.web.lists.getByTitle(GOALS).select("Id")();
  const asAnna = site.as(anna).web.lists.getByTitle(NOTES);
  await asAnna.fields.addLookup("Mål", { LookupListId: goalsList.Id, LookupFieldName: "Title" });
  await asAnna.fields.addLookup("Alla mål", { LookupListId: goalsList.Id, LookupFieldName: "Title" });
  await asAnna.fields.getByInternalNameOrTitle("Alla mål").update({ AllowMultipleValues: true });
  await asAnna.items.add({
    Title: "stöld",
    M_x00e5_lId: goalIds.bo,
    Alla_x0020_m_x00e5_lId: [goalIds.anna, goalIds.bo],
  });
  await asAnna.items.add({ Title: "egen", M_x00e5_lId: goalIds.anna });
});
afterAll(async () => {
  await site.close();
});

const notes = (upn: string) => site.as(upn).web.lists.getByTitle(NOTES).items;

async function expanded(upn: string): Promise<Row[]> {
  return (await notes(upn)
    .select(
      "Title",
      "M_x00e5_l/Id",
      "M_x00e5_l/Title",
      "Alla_x0020_m_x00e5_l/Title",
      "Alla_x0020_m_x00e5_l/Id",
    )
    .expand("M_x00e5_l", "Alla_x0020_m_x00e5_l")
    .orderBy("Id")()) as Row[];
}

describe("a lookup $expand is trimmed to what the caller may read", () => {
  it("gives Anna null for Bo's goal and leaves it out of the multi-value lookup", async () => {
    expect(await expanded(anna)).toMatchObject([
      { Title: "stöld", M_x00e5_l: null, Alla_x0020_m_x00e5_l: [{ Id: goalIds.anna, Title: "Annas mål" }] },
      {
        Title: "egen",
        M_x00e5_l: { Id: goalIds.anna, Title: "Annas mål" },
        Alla_x0020_m_x00e5_l: [],
      },
    ]);
  });

  it("trims one item read by id too", async () => {
    const first = (await notes(anna).getById(1).select("M_x00e5_l/Title").expand("M_x00e5_l")()) as Row;
    expect(first["M_x00e5_l"]).toBeNull();
  });

  it("shows the chef, who reads both folders, both goals — and the admin everything", async () => {
    for (const upn of [chef, admin]) {
      const rows = await expanded(upn);
      expect(rows[0]).toMatchObject({
        M_x00e5_l: { Title: "Bos hemliga mål" },
        Alla_x0020_m_x00e5_l: [{ Title: "Annas mål" }, { Title: "Bos hemliga mål" }],
      });
    }
  });

  it("does not let a filter or an order on the projected lookup read what $expand hides", async () => {
    const byTitle = await notes(anna).filter("M_x00e5_l/Title eq 'Bos hemliga mål'").select("Title")();
    expect(byTitle).toEqual([]);
    const guessing = await notes(anna).filter("startswith(M_x00e5_l/Title,'Bos')").select("Title")();
    expect(guessing).toEqual([]);
    const chefSees = await notes(chef).filter("M_x00e5_l/Title eq 'Bos hemliga mål'").select("Title")();
    expect(chefSees.map((row) => row.Title)).toEqual(["stöld"]);
    const ordered = await notes(anna).orderBy("M_x00e5_l/Title").select("Title")();
    expect(ordered.map((row) => row.Title)).toEqual(["stöld", "egen"]);
  });
});
