import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/folders";
import "@pnp/sp/security";
import "@pnp/sp/site-users/web";
import "@pnp/sp/site-groups/web";
import type { SPFI } from "@pnp/sp";
import { Item } from "@pnp/sp/items";
import { appOnlyToken, LOCAL_APP_ID, LOCAL_TENANT_ID, unsignedToken } from "../../../src/localsite";
import { admin, failureOf, outcomeOf, startTestSite, type TestSite } from "./support/pnp";
import { rawRequest, spError } from "./support/raw-http";

/**
 * App-only callers as SharePoint Online models an Entra app with Sites.Selected: the grant's role holds across
 * the whole site regardless of unique permissions; the app is a site user, created on its first call.
 */
const WRITE_APP = "0a0a0a0a-1111-4222-8333-444444444444";
const READ_APP = "0b0b0b0b-1111-4222-8333-444444444444";
const MANAGE_APP = "0c0c0c0c-1111-4222-8333-444444444444";
const LIST = "Appens lista";
const person = "petra.person@malkedjan.local";
const outsider = "otto.utanfor@malkedjan.local";

type Row = Record<string, unknown>;

let site: TestSite;
let app: SPFI;
let root = "";
let folderPath = "";

async function role(sp: SPFI, name: string): Promise<number> {
  return (await sp.web.roleDefinitions.getByName(name)()).Id;
}

async function addInFolder(sp: SPFI, title: string): Promise<number> {
  const result = await sp.web.lists
    .getByTitle(LIST)
    .addValidateUpdateItemUsingPath([{ FieldName: "Title", FieldValue: title }], folderPath);
  if (result.some((value) => value.HasException)) throw new Error(JSON.stringify(result));
  return Number(result.find((value) => value.FieldName === "Id")?.FieldValue);
}

beforeAll(async () => {
  site = await startTestSite({
    appGrants: [
      { appId: LOCAL_APP_ID, role: "fullcontrol" },
      { appId: WRITE_APP, role: "write", displayName: "Skrivappen" },
      { appId: READ_APP, role: "read" },
      { appId: MANAGE_APP, role: "manage" },
    ],
  });
  app = site.withToken(appOnlyToken(LOCAL_APP_ID));
});
afterAll(async () => {
  await site.close();
});

describe("a fullcontrol app", () => {
  it("is a site user named by its claims login, created on its first call", async () => {
    const me = await app.web.currentUser();
    expect(me).toMatchObject({
      LoginName: `i:0i.t|ms.sp.ext|${LOCAL_APP_ID}@${LOCAL_TENANT_ID}`,
      Title: "Målkedjan (app)",
      PrincipalType: 1,
      IsSiteAdmin: false,
    });
    const users = await site.as(admin).web.siteUsers.select("LoginName")();
    expect(users.map((user) => user.LoginName)).toContain(me.LoginName);
  });

  it("provisions a list, breaks inheritance on a folder, grants a person, and still works inside it", async () => {
    await app.web.lists.add(LIST);
    await app.web.lists.getByTitle(LIST).fields.addText("Kod");
    root = (await app.web.lists.getByTitle(LIST).rootFolder.select("ServerRelativeUrl")()).ServerRelativeUrl;
    folderPath = `${root}/petra`;
    await app.web.lists.getByTitle(LIST).rootFolder.folders.addUsingPath("petra");
    const { Id: folderId } = await app.web.lists
      .getByTitle(LIST)
      .rootFolder.folders.getByUrl("petra")
      .getItem<{ Id: number }>("Id");
    const folder = app.web.lists.getByTitle(LIST).items.getById(folderId);
    await folder.breakRoleInheritance(false, true);
    const petra = await app.web.ensureUser(person);
    await site.as(admin).web.ensureUser(outsider);
    await folder.roleAssignments.add(petra.Id, await role(app, "Contribute"));
    // Breaking without copying gave the app Full Control there, as it would a person: take it away.
    const me = await app.web.currentUser();
    await folder.roleAssignments.remove(me.Id, await role(app, "Full Control"));
    const holders = (await folder.roleAssignments()).map((assignment) => assignment.PrincipalId);
    expect(holders).toEqual([petra.Id]);

    const id = await addInFolder(app, "skrivet av appen");
    await app.web.lists.getByTitle(LIST).items.getById(id).update({ Kod: "A1" });
    const read = (await app.web.lists
      .getByTitle(LIST)
      .items.getById(id)
      .select("Title", "Kod", "AuthorId", "EditorId", "FileDirRef")()) as Row;
    expect(read).toEqual(
      expect.objectContaining({
        Title: "skrivet av appen",
        Kod: "A1",
        AuthorId: me.Id,
        EditorId: me.Id,
        FileDirRef: folderPath,
      }),
    );
    expect((await app.web.getFolderByServerRelativePath(folderPath)()).Name).toBe("petra");
    // The person granted there reads it; a person without a grant does not even see the folder.
    const petrasView = await site
      .as(person)
      .web.lists.getByTitle(LIST)
      .items.filter("FSObjType eq 0")
      .select("Title")();
    expect(petrasView.map((row) => row.Title)).toEqual(["skrivet av appen"]);
    expect((await failureOf(site.as(outsider).web.getFolderByServerRelativePath(folderPath)())).status).toBe(
      404,
    );
  });

  it("manages groups and sees every permission", async () => {
    const group = await app.web.siteGroups.add({ Title: "Appens grupp" });
    expect(group.Title).toBe("Appens grupp");
    const everything = await app.web.lists
      .getByTitle(LIST)
      .getUserEffectivePermissions(`i:0i.t|ms.sp.ext|${LOCAL_APP_ID}@${LOCAL_TENANT_ID}`);
    expect(everything).toMatchObject({ High: "2147483647", Low: "4294967295" });
  });
});

describe("a write app", () => {
  const writer = (): SPFI => site.withToken(appOnlyToken(WRITE_APP));

  it("adds, edits and deletes items and folders inside a folder it holds no role in", async () => {
    const id = await addInFolder(writer(), "från skrivappen");
    const list = writer().web.lists.getByTitle(LIST);
    await list.items.getById(id).update({ Title: "ändrad av skrivappen" });
    const me = await writer().web.currentUser();
    expect(me.Title).toBe("Skrivappen");
    expect(await list.items.getById(id).select("Title", "EditorId")()).toMatchObject({
      Title: "ändrad av skrivappen",
      EditorId: me.Id,
    });
    await list.rootFolder.folders.getByUrl("petra").folders.addUsingPath("2026");
    await list.items.getById(id).delete();
    expect((await failureOf(list.items.getById(id)())).status).toBe(404);
  });

  it("gets 403 on adding a list, a field, a role assignment, breaking inheritance or ensuring a user", async () => {
    const w = writer();
    const folder = Item(w.web.getFolderByServerRelativePath(folderPath), "ListItemAllFields");
    const outcomes = [
      await outcomeOf(w.web.lists.add("Inte tillåten")),
      await outcomeOf(w.web.lists.getByTitle(LIST).fields.addText("Nej")),
      await outcomeOf(folder.roleAssignments.add(1, await role(w, "Read"))),
      await outcomeOf(w.web.lists.getByTitle(LIST).breakRoleInheritance(true)),
      await outcomeOf(w.web.ensureUser("ny.person@malkedjan.local")),
    ];
    expect(outcomes).toEqual([403, 403, 403, 403, 403]);
  });
});

describe("a manage app", () => {
  it("adds lists and fields, but not role assignments", async () => {
    const manager = site.withToken(appOnlyToken(MANAGE_APP));
    await manager.web.lists.add("Förvaltad");
    await manager.web.lists.getByTitle("Förvaltad").fields.addNumber("Tal");
    expect(
      await outcomeOf(manager.web.lists.getByTitle("Förvaltad").roleAssignments.add(1, 1073741826)),
    ).toBe(403);
  });
});

describe("a read app", () => {
  it("reads everything, unique permissions or not, and gets 403 on any write", async () => {
    const reader = site.withToken(appOnlyToken(READ_APP));
    const rows = await reader.web.lists.getByTitle(LIST).items.filter("FSObjType eq 0").select("Title")();
    expect(rows.map((row) => row.Title)).toContain("skrivet av appen");
    const list = reader.web.lists.getByTitle(LIST);
    const rowsWithId = (await list.items.filter("FSObjType eq 0").select("Id").top(1)()) as { Id: number }[];
    const first = rowsWithId[0]?.Id ?? 0;
    const outcomes = [
      await outcomeOf(list.items.add({ Title: "nej" })),
      await outcomeOf(list.items.getById(first).update({ Title: "nej" })),
      await outcomeOf(list.items.getById(first).delete()),
      await outcomeOf(list.rootFolder.folders.addUsingPath("nej")),
      await outcomeOf(reader.web.lists.add("Nej")),
      await outcomeOf(reader.web.siteGroups.add({ Title: "Nej" })),
    ];
    expect(outcomes).toEqual([403, 403, 403, 403, 403, 403]);
  });
});

describe("tokens the site does not let in (401)", () => {
  const port = (): number => Number(new URL(site.url).port);
  const payload = (claims: object): string =>
    `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;

  it.each([
    ["an app that is not granted", `Bearer ${appOnlyToken("0d0d0d0d-1111-4222-8333-444444444444")}`],
    [
      "a granted app of another tenant",
      `Bearer ${appOnlyToken(LOCAL_APP_ID, "99999999-1111-4222-8333-444444444444")}`,
    ],
    ["neither upn nor appid", payload({ sub: "x", tid: LOCAL_TENANT_ID })],
    ["an appid without idtyp app", payload({ appid: LOCAL_APP_ID, tid: LOCAL_TENANT_ID })],
    ["an appid that is no GUID", payload({ appid: "malkedjan", idtyp: "app", tid: LOCAL_TENANT_ID })],
  ])("refuses %s", async (_, authorization) => {
    const answer = await rawRequest(port(), {
      path: "/sites/styrning/_api/web",
      headers: { authorization, accept: "application/json" },
    });
    expect(answer.status).toBe(401);
    expect(spError(answer.body).code).toBe("-2147024891, System.UnauthorizedAccessException");
  });

  it("lets LOCAL_APP_ID in by default, and no app when appGrants is empty", async () => {
    const plain = await startTestSite();
    const none = await startTestSite({ appGrants: [] });
    try {
      expect((await plain.withToken(appOnlyToken(LOCAL_APP_ID)).web.currentUser()).Title).toBe(
        "Målkedjan (app)",
      );
      expect(await outcomeOf(plain.withToken(appOnlyToken(WRITE_APP)).web())).toBe(401);
      expect(await outcomeOf(none.withToken(appOnlyToken(LOCAL_APP_ID)).web())).toBe(401);
      // People are unaffected.
      expect(await outcomeOf(none.withToken(unsignedToken(admin)).web())).toBe("ok");
    } finally {
      await plain.close();
      await none.close();
    }
  });
});
