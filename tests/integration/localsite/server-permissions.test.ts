import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import "@pnp/sp/security";
import "@pnp/sp/site-groups/web";
import "@pnp/sp/site-users/web";
import { PermissionKind } from "@pnp/sp/security";
import type { SPFI } from "@pnp/sp";
import { admin, failureOf, startTestSite, type TestSite } from "./support/pnp";

/**
 * The architecture's shape for personal data: a list with its own permissions and a folder per person with
 * unique permissions (the medarbetare Contribute, the chef Read), driven only through PnPjs.
 */
const LIST = "Individuella mål";
const anna = "anna.medarbetare@malkedjan.local";
const bo = "bo.medarbetare@malkedjan.local";
const chef = "chef.cecilia@malkedjan.local";
const visitor = "vera.visitor@malkedjan.local";
const stranger = "sten.utan.roll@malkedjan.local";

let site: TestSite;
let sp: SPFI;
const ids: Record<string, number> = {};
const folderItemIds: Record<string, number> = {};

async function roleId(name: string): Promise<number> {
  return (await sp.web.roleDefinitions.getByName(name)()).Id;
}

async function personalFolder(upn: string, readers: string[]): Promise<void> {
  const name = upn.split("@")[0] ?? upn;
  await sp.web.lists.getByTitle(LIST).rootFolder.folders.addUsingPath(name);
  const item = await sp.web.lists
    .getByTitle(LIST)
    .rootFolder.folders.getByUrl(name)
    .getItem<{ Id: number }>("Id");
  folderItemIds[upn] = item.Id;
  const folderItem = sp.web.lists.getByTitle(LIST).items.getById(item.Id);
  await folderItem.breakRoleInheritance(false, true);
  await folderItem.roleAssignments.add(ids[upn] ?? 0, await roleId("Contribute"));
  for (const reader of readers) await folderItem.roleAssignments.add(ids[reader] ?? 0, await roleId("Read"));
}

async function addGoal(as: SPFI, owner: string, title: string): Promise<number> {
  const folder = `${new URL(site.url).pathname}/Lists/${LIST}/${owner.split("@")[0] ?? owner}`;
  const result = await as.web.lists
    .getByTitle(LIST)
    .addValidateUpdateItemUsingPath([{ FieldName: "Title", FieldValue: title }], folder);
  const id = result.find((value) => value.FieldName === "Id")?.FieldValue;
  return Number(id);
}

function titles(rows: { Title?: unknown }[]): string[] {
  return rows.map((row) => String(row.Title)).sort();
}

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  for (const upn of [anna, bo, chef, visitor, stranger]) ids[upn] = (await sp.web.ensureUser(upn)).Id;
  const visitors = await sp.web.siteGroups.getByName("Styrning Visitors")();
  await sp.web.siteGroups.getById(visitors.Id).users.add(`i:0#.f|membership|${visitor}`);
  await sp.web.lists.add(LIST);
  // Personal data: the list stops inheriting the site's groups, so only the admin and the folders' people reach it.
  await sp.web.lists.getByTitle(LIST).breakRoleInheritance(false, false);
  await personalFolder(anna, [chef]);
  await personalFolder(bo, [chef]);
  await addGoal(sp, anna, "Annas mål 1");
  await addGoal(sp, anna, "Annas mål 2");
  await addGoal(sp, bo, "Bos mål");
});

afterAll(async () => {
  await site.close();
});

describe("permissions through PnPjs", () => {
  it("offers SharePoint's role definitions by name and by type", async () => {
    expect(await sp.web.roleDefinitions.getByName("Read")()).toMatchObject({ Name: "Read", RoleTypeKind: 2 });
    expect(await sp.web.roleDefinitions.getByType(3)()).toMatchObject({ Name: "Contribute" });
    expect(await sp.web.roleDefinitions.getByType(5)()).toMatchObject({ Name: "Full Control" });
    const names = (await sp.web.roleDefinitions()).map((role) => role.Name);
    expect(names).toEqual(expect.arrayContaining(["Full Control", "Edit", "Contribute", "Read"]));
  });

  it("trims a list's items to the caller's folder (limited access to the list)", async () => {
    const mine = await site
      .as(anna)
      .web.lists.getByTitle(LIST)
      .items.filter("FSObjType eq 0")
      .select("Title")();
    expect(titles(mine)).toEqual(["Annas mål 1", "Annas mål 2"]);
    const bos = await site.as(bo).web.lists.getByTitle(LIST).items.filter("FSObjType eq 0").select("Title")();
    expect(titles(bos)).toEqual(["Bos mål"]);
  });

  it("lets the chef read every folder granted to them", async () => {
    const rows = await site
      .as(chef)
      .web.lists.getByTitle(LIST)
      .items.filter("FSObjType eq 0")
      .select("Title")();
    expect(titles(rows)).toEqual(["Annas mål 1", "Annas mål 2", "Bos mål"]);
  });

  it("hides the list from a site visitor the list no longer inherits", async () => {
    const failure = await failureOf(site.as(visitor).web.lists.getByTitle(LIST)());
    expect(failure.status).toBe(404);
    const lists = await site.as(visitor).web.lists.select("Title")();
    expect(lists.map((list) => list.Title)).not.toContain(LIST);
  });

  it("refuses everything to a known user with no role anywhere (403)", async () => {
    const failure = await failureOf(site.as(stranger).web());
    expect(failure.status).toBe(403);
    expect(failure.code).toBe("-2147024891, System.UnauthorizedAccessException");
  });

  it("answers 403 with SharePoint's Access denied when writing into someone else's folder", async () => {
    const failure = await failureOf(addGoal(site.as(anna), bo, "Smuggled in"));
    expect(failure).toMatchObject({
      status: 403,
      code: "-2147024891, System.UnauthorizedAccessException",
      message: "Access denied.",
    });
  });

  it("lets a reader read but not change an item (403 on MERGE), and the owner change it", async () => {
    const [goal] = await site
      .as(chef)
      .web.lists.getByTitle(LIST)
      .items.filter("Title eq 'Bos mål'")
      .select("Id")();
    const id = Number(goal?.Id);
    const failure = await failureOf(
      site.as(chef).web.lists.getByTitle(LIST).items.getById(id).update({ Title: "Chefens text" }),
    );
    expect(failure.status).toBe(403);
    await site.as(bo).web.lists.getByTitle(LIST).items.getById(id).update({ Title: "Bos mål (ändrat)" });
    expect((await sp.web.lists.getByTitle(LIST).items.getById(id).select("Title")()).Title).toBe(
      "Bos mål (ändrat)",
    );
    await site.as(bo).web.lists.getByTitle(LIST).items.getById(id).update({ Title: "Bos mål" });
  });

  it("answers 404 for an item outside the caller's scopes", async () => {
    const [goal] = await sp.web.lists.getByTitle(LIST).items.filter("Title eq 'Bos mål'").select("Id")();
    const failure = await failureOf(
      site.as(anna).web.lists.getByTitle(LIST).items.getById(Number(goal?.Id))(),
    );
    expect(failure.status).toBe(404);
  });

  it("reports effective permissions per securable", async () => {
    const list = site.as(anna).web.lists.getByTitle(LIST);
    expect(
      await list.items
        .getById(folderItemIds[anna] ?? 0)
        .currentUserHasPermissions(PermissionKind.EditListItems),
    ).toBe(true);
    expect(await list.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(
      await sp.web.lists.getByTitle(LIST).currentUserHasPermissions(PermissionKind.ManagePermissions),
    ).toBe(true);
  });

  it("lists a folder's role assignments with members and bindings", async () => {
    const assignments = await sp.web.lists
      .getByTitle(LIST)
      .items.getById(folderItemIds[anna] ?? 0)
      .roleAssignments.expand("Member", "RoleDefinitionBindings")();
    const byLogin = new Map(
      assignments.map((assignment) => {
        const { Member, RoleDefinitionBindings } = assignment as unknown as {
          Member: { LoginName: string };
          RoleDefinitionBindings: { Name: string }[];
        };
        return [Member.LoginName, RoleDefinitionBindings.map((binding) => binding.Name)];
      }),
    );
    expect(byLogin.get(`i:0#.f|membership|${anna}`)).toEqual(["Contribute"]);
    expect(byLogin.get(`i:0#.f|membership|${chef}`)).toEqual(["Read"]);
  });

  it("grants through a site group's membership", async () => {
    const group = await sp.web.siteGroups.add({ Title: "Mål-granskare", Description: "read all goals" });
    await sp.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${visitor}`);
    const members = await sp.web.siteGroups.getById(group.Id).users();
    expect(members.map((member) => member.UserPrincipalName)).toContain(visitor);
    await sp.web.lists.getByTitle(LIST).roleAssignments.add(group.Id, await roleId("Read"));
    const rows = await site
      .as(visitor)
      .web.lists.getByTitle(LIST)
      .items.filter("FSObjType eq 0")
      .select("Title")();
    // The folders have their own scopes: a list-level grant does not reach inside them.
    expect(rows).toEqual([]);
    await sp.web.lists.getByTitle(LIST).roleAssignments.remove(group.Id, await roleId("Read"));
  });

  it("takes access away with removeroleassignment and resetroleinheritance", async () => {
    const folder = sp.web.lists.getByTitle(LIST).items.getById(folderItemIds[bo] ?? 0);
    await folder.roleAssignments.remove(ids[chef] ?? 0, await roleId("Read"));
    const chefRows = await site
      .as(chef)
      .web.lists.getByTitle(LIST)
      .items.filter("FSObjType eq 0")
      .select("Title")();
    expect(titles(chefRows)).toEqual(["Annas mål 1", "Annas mål 2"]);
    await folder.resetRoleInheritance();
    const failure = await failureOf(site.as(bo).web.lists.getByTitle(LIST).items());
    expect(failure.status).toBe(404);
    const adminRows = await sp.web.lists.getByTitle(LIST).items.filter("FSObjType eq 0").select("Title")();
    expect(titles(adminRows)).toContain("Bos mål");
  });
});

describe("the unique scope limit", () => {
  let small: TestSite;
  beforeAll(async () => {
    small = await startTestSite({ uniqueScopeLimit: 2 });
  });
  afterAll(async () => {
    await small.close();
  });

  it("refuses the unique scope beyond the per-list limit, and counts a reset one back", async () => {
    const admin$ = small.as(admin);
    await admin$.web.lists.add("Scopes");
    const list = admin$.web.lists.getByTitle("Scopes");
    const added = [];
    for (const title of ["a", "b", "c"]) added.push((await list.items.add({ Title: title })).Id as number);
    const [a, b, c] = added;
    await list.items.getById(a ?? 0).breakRoleInheritance(true);
    await list.items.getById(b ?? 0).breakRoleInheritance(true);
    const failure = await failureOf(list.items.getById(c ?? 0).breakRoleInheritance(true));
    expect(failure.status).toBe(400);
    expect(failure.message).toContain("too many items with unique permissions");
    await list.items.getById(a ?? 0).resetRoleInheritance();
    await list.items.getById(c ?? 0).breakRoleInheritance(true);
  });
});
