import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import "@pnp/sp/security";
import "@pnp/sp/site-users/web";
import "@pnp/sp/site-groups/web";
import type { SPFI } from "@pnp/sp";
import { admin, failureOf, outcomeOf, startTestSite, type TestSite } from "./support/pnp";

type Row = Record<string, unknown>;

// The expected shape from the architecture: a folder per person with unique permissions in one list.
const anna = "anna.andersson@malkedjan.local"; // medarbetare, owns the folder "anna"
const bo = "bo.chef@malkedjan.local"; // her chef: reads her folder
const cecilia = "cecilia.kollega@malkedjan.local"; // a colleague: sees only what everyone sees

let site: TestSite;
let sp: SPFI;
const people: Record<string, number> = {};
const roles: Record<string, number> = {};
let root = "";
let annasGoal = 0;
let sharedGoal = 0;

const listAs = (upn: string) => site.as(upn).web.lists.getByTitle("Individuella mål");
const titlesAs = async (upn: string): Promise<string[]> =>
  ((await listAs(upn).items.filter("FSObjType eq 0").select("Title")()) as Row[])
    .map((row) => String(row["Title"]))
    .sort();

async function addIn(upn: string, folderUrl: string, title: string): Promise<number> {
  const values = await listAs(upn).addValidateUpdateItemUsingPath(
    [{ FieldName: "Title", FieldValue: title }],
    folderUrl,
  );
  return Number(values.find((value) => value.FieldName === "Id")?.FieldValue);
}

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  for (const upn of [anna, bo, cecilia]) people[upn] = (await sp.web.ensureUser(upn)).Id;
  for (const name of ["Read", "Contribute", "Full Control"]) {
    roles[name] = (await sp.web.roleDefinitions.getByName(name)()).Id;
  }
  await sp.web.lists.add("Individuella mål");
  root = (await sp.web.lists.getByTitle("Individuella mål").rootFolder.select("ServerRelativeUrl")())
    .ServerRelativeUrl;
});
afterAll(async () => {
  await site.close();
});

describe("role definitions", () => {
  it("has Read, Contribute and Full Control, by name and by type", async () => {
    const names = (await sp.web.roleDefinitions.select("Name")()).map((role) => role.Name);
    expect(names).toEqual(expect.arrayContaining(["Read", "Contribute", "Full Control"]));
    expect(await sp.web.roleDefinitions.getByName("Read")()).toMatchObject({ Name: "Read", RoleTypeKind: 2 });
    expect(await sp.web.roleDefinitions.getByType(3)()).toMatchObject({ Name: "Contribute" });
    expect(await sp.web.roleDefinitions.getByType(5)()).toMatchObject({ Name: "Full Control" });
  });
});

describe("permissions, through PnPjs", () => {
  it("refuses a person with no permission at all with 403", async () => {
    expect((await failureOf(site.as(cecilia).web())).status).toBe(403);
    const list = await failureOf(site.as(cecilia).web.lists.getByTitle("Individuella mål")());
    expect([403, 404]).toContain(list.status);
  });

  it("grants Read on the web to a site group with members", async () => {
    const group = await sp.web.siteGroups.add({ Title: "Styrning medarbetare" });
    for (const upn of [anna, bo, cecilia]) {
      await sp.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${upn}`);
    }
    const members = await sp.web.siteGroups.getById(group.Id).users.select("UserPrincipalName")();
    expect(members.map((user) => user.UserPrincipalName).sort()).toEqual([anna, bo, cecilia]);
    await sp.web.roleAssignments.add(group.Id, roles["Read"] ?? 0);
    const assignments = (await sp.web.roleAssignments.expand("Member", "RoleDefinitionBindings")()) as Row[];
    const forGroup = assignments.find((assignment) => assignment["PrincipalId"] === group.Id);
    expect(forGroup?.["RoleDefinitionBindings"]).toEqual([expect.objectContaining({ Name: "Read" })]);
    expect(await titlesAs(cecilia)).toEqual([]);
  });

  it("refuses a write by a reader with SharePoint's 403", async () => {
    const failure = await failureOf(listAs(cecilia).items.add({ Title: "Får inte" }));
    expect(failure.status).toBe(403);
    expect(failure.code).toContain("UnauthorizedAccessException");
    expect(failure.message).toContain("Access denied");
  });

  it("gives a person's folder unique permissions: owner Contribute, chef Read", async () => {
    await sp.web.lists.getByTitle("Individuella mål").rootFolder.folders.addUsingPath(`${root}/anna`);
    const folder = await sp.web.lists
      .getByTitle("Individuella mål")
      .rootFolder.folders.getByUrl("anna")
      .getItem();
    await folder.breakRoleInheritance(false, true);
    await folder.roleAssignments.add(people[anna] ?? 0, roles["Contribute"] ?? 0);
    await folder.roleAssignments.add(people[bo] ?? 0, roles["Read"] ?? 0);
    sharedGoal = await addIn(admin, root, "Gemensamt");
    annasGoal = await addIn(anna, `${root}/anna`, "Annas mål");
    expect(annasGoal).toBeGreaterThan(0);
    const assignments = (await folder.roleAssignments.expand("Member", "RoleDefinitionBindings")()) as Row[];
    const byPrincipal = Object.fromEntries(
      assignments.map((assignment) => [
        assignment["PrincipalId"],
        (assignment["RoleDefinitionBindings"] as Row[]).map((binding) => binding["Name"]),
      ]),
    );
    expect(byPrincipal[String(people[anna])]).toEqual(["Contribute"]);
    expect(byPrincipal[String(people[bo])]).toEqual(["Read"]);
  });

  it("tells that the folder has unique role assignments", async () => {
    const folder = await sp.web.lists
      .getByTitle("Individuella mål")
      .rootFolder.folders.getByUrl("anna")
      .getItem();
    expect((await folder.select("HasUniqueRoleAssignments")()) as Row).toMatchObject({
      HasUniqueRoleAssignments: true,
    });
  });

  it("trims reads to what each caller may see", async () => {
    expect(await titlesAs(anna)).toEqual(["Annas mål", "Gemensamt"]);
    expect(await titlesAs(bo)).toEqual(["Annas mål", "Gemensamt"]);
    expect(await titlesAs(cecilia)).toEqual(["Gemensamt"]);
    expect(await titlesAs(admin)).toEqual(["Annas mål", "Gemensamt"]);
    expect((await failureOf(listAs(cecilia).items.getById(annasGoal)())).status).toBe(404);
  });

  it("lets the owner edit in her folder and refuses the chef and the root", async () => {
    await expect(listAs(anna).items.getById(annasGoal).update({ Title: "Annas mål" })).resolves.toEqual({
      etag: '"2"',
    });
    const edited = (await listAs(anna).items.getById(annasGoal).select("EditorId")()) as Row;
    expect(edited["EditorId"]).toBe(people[anna]);
    expect((await failureOf(listAs(bo).items.getById(annasGoal).update({ Title: "Chefens" }))).status).toBe(
      403,
    );
    expect((await failureOf(listAs(anna).items.getById(sharedGoal).update({ Title: "x" }))).status).toBe(403);
    expect((await failureOf(listAs(anna).items.add({ Title: "I roten" }))).status).toBe(403);
  });

  it("takes a role away with removeroleassignment", async () => {
    const folder = await sp.web.lists
      .getByTitle("Individuella mål")
      .rootFolder.folders.getByUrl("anna")
      .getItem();
    await folder.roleAssignments.remove(people[bo] ?? 0, roles["Read"] ?? 0);
    expect(await titlesAs(bo)).toEqual(["Gemensamt"]);
  });

  it("gives an item its own permissions, copying the parent's when asked", async () => {
    const item = sp.web.lists.getByTitle("Individuella mål").items.getById(sharedGoal);
    await item.breakRoleInheritance(true, false);
    const copied = (await item.roleAssignments.expand("RoleDefinitionBindings")()) as Row[];
    expect(copied.length).toBeGreaterThanOrEqual(1);
    await item.roleAssignments.add(people[cecilia] ?? 0, roles["Contribute"] ?? 0);
    await expect(listAs(cecilia).items.getById(sharedGoal).update({ Title: "Gemensamt" })).resolves.toEqual({
      etag: '"2"',
    });
  });

  it("restores inheritance with resetroleinheritance", async () => {
    const folder = await sp.web.lists
      .getByTitle("Individuella mål")
      .rootFolder.folders.getByUrl("anna")
      .getItem();
    await folder.resetRoleInheritance();
    expect(await titlesAs(cecilia)).toEqual(["Annas mål", "Gemensamt"]);
    expect((await folder.select("HasUniqueRoleAssignments")()) as Row).toMatchObject({
      HasUniqueRoleAssignments: false,
    });
  });

  it("breaks inheritance on a list and gives Full Control there", async () => {
    await sp.web.lists.add("Planer");
    const list = sp.web.lists.getByTitle("Planer");
    await list.breakRoleInheritance(false, true);
    expect(
      (await failureOf(site.as(cecilia).web.lists.getByTitle("Planer").items())).status,
    ).toBeGreaterThanOrEqual(403);
    await list.roleAssignments.add(people[cecilia] ?? 0, roles["Full Control"] ?? 0);
    await site.as(cecilia).web.lists.getByTitle("Planer").items.add({ Title: "Cecilias plan" });
    await site.as(cecilia).web.lists.getByTitle("Planer").update({ Description: "Ändrad av Cecilia" });
    expect(((await list.select("Description")()) as Row)["Description"]).toBe("Ändrad av Cecilia");
  });
});

describe("the unique scope limit per list", () => {
  it("refuses one more unique scope than the list may hold", async () => {
    const small = await startTestSite({ uniqueScopeLimit: 3 });
    try {
      const smallSp = small.as(admin);
      await smallSp.web.lists.add("Scopes");
      const items = smallSp.web.lists.getByTitle("Scopes").items;
      const ids: number[] = [];
      for (let n = 0; n < 4; n += 1) ids.push(Number(((await items.add({ Title: `s${n}` })) as Row)["Id"]));
      // The list's own scope counts as SharePoint counts it; at most three breaks fit under a limit of 3.
      const outcomes: ("ok" | number)[] = [];
      for (const id of ids) {
        const call = items.getById(id).breakRoleInheritance(false, false);
        outcomes.push(await outcomeOf(call));
      }
      expect(outcomes[0]).toBe("ok");
      expect(outcomes.filter((outcome) => outcome !== "ok").length).toBeGreaterThanOrEqual(1);
    } finally {
      await small.close();
    }
  });
});
