import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import "@pnp/sp/files";
import "@pnp/sp/security";
import "@pnp/sp/site-users/web";
import type { SPFI } from "@pnp/sp";
import { Item } from "@pnp/sp/items";
import { admin, failureOf, startTestSite, type TestSite } from "./support/pnp";

/**
 * Another person's folder answers 404 "File Not Found." to every read through its URL — the folder, its list
 * item, its folders and files, its role assignments — exactly as a folder that does not exist, as an item the
 * caller may not read answers 404. (Before, the folder and its list item came back whole: a medarbetare
 * holding "limited access" to the list through her own folder read anyone's folder by URL.)
 */
const LIST = "Mappar per person";
const anna = "anna.mapp@malkedjan.local";
const bo = "bo.mapp@malkedjan.local";
const chef = "chef.mapp@malkedjan.local";
const NOT_FOUND = {
  status: 404,
  code: "-2147024894, System.IO.FileNotFoundException",
  message: "File Not Found.",
};

let site: TestSite;
let sp: SPFI;
let root = "";
const ids: Record<string, number> = {};

async function role(name: string): Promise<number> {
  return (await sp.web.roleDefinitions.getByName(name)()).Id;
}

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  for (const upn of [anna, bo, chef]) ids[upn] = (await sp.web.ensureUser(upn)).Id;
  await sp.web.lists.add(LIST);
  const list = sp.web.lists.getByTitle(LIST);
  root = (await list.rootFolder.select("ServerRelativeUrl")()).ServerRelativeUrl;
  await list.breakRoleInheritance(false, false);
  for (const owner of [anna, bo]) {
    const name = owner.split("@")[0] ?? owner;
    await list.rootFolder.folders.addUsingPath(name);
    await list.rootFolder.folders.getByUrl(name).folders.addUsingPath("2026");
    const item = await list.rootFolder.folders.getByUrl(name).getItem<{ Id: number }>("Id");
    const folder = list.items.getById(item.Id);
    await folder.breakRoleInheritance(false, true);
    await folder.roleAssignments.add(ids[owner] ?? 0, await role("Contribute"));
    await folder.roleAssignments.add(ids[chef] ?? 0, await role("Read"));
  }
});
afterAll(async () => {
  await site.close();
});

const folderAs = (upn: string, path: string) =>
  site.as(upn).web.getFolderByServerRelativePath(`${root}/${path}`);

describe("a folder the caller may not read is not there", () => {
  it.each([
    ["the folder", (path: string) => folderAs(anna, path)()],
    ["its list item", (path: string) => folderAs(anna, path).listItemAllFields()],
    ["its folders", (path: string) => folderAs(anna, path).folders()],
    ["its files", (path: string) => folderAs(anna, path).files()],
    [
      "its role assignments",
      (path: string) => Item(folderAs(anna, path), "ListItemAllFields").roleAssignments(),
    ],
    [
      "the folder by getByUrl",
      (path: string) => site.as(anna).web.lists.getByTitle(LIST).rootFolder.folders.getByUrl(path)(),
    ],
  ])("answers 404 File Not Found for %s, the same as for no folder at all", async (_, read) => {
    const unreadable = await failureOf(read("bo.mapp"));
    const nested = await failureOf(read("bo.mapp/2026"));
    const missing = await failureOf(read("finns.inte"));
    expect(unreadable).toMatchObject(NOT_FOUND);
    expect(nested).toMatchObject(NOT_FOUND);
    expect({ ...unreadable, retryAfter: null }).toEqual({ ...missing, retryAfter: null });
  });

  it("answers an unreadable item 404 too (what the folder now matches)", async () => {
    const bosFolder = await sp.web.lists
      .getByTitle(LIST)
      .rootFolder.folders.getByUrl("bo.mapp")
      .getItem<{ Id: number }>("Id");
    const failure = await failureOf(site.as(anna).web.lists.getByTitle(LIST).items.getById(bosFolder.Id)());
    expect(failure).toMatchObject({
      status: 404,
      message: "Item does not exist. It may have been deleted by another user.",
    });
  });

  it("still gives the owner her own folder, the chef both, the admin all", async () => {
    expect((await folderAs(anna, "anna.mapp")()).Name).toBe("anna.mapp");
    expect((await folderAs(anna, "anna.mapp").folders()).map((folder) => folder.Name)).toEqual(["2026"]);
    expect(await folderAs(anna, "anna.mapp").listItemAllFields.select("Title")()).toMatchObject({
      Title: "anna.mapp",
    });
    for (const upn of [chef, admin]) {
      expect((await folderAs(upn, "bo.mapp")()).Name).toBe("bo.mapp");
      expect((await folderAs(upn, "bo.mapp/2026")()).Name).toBe("2026");
    }
    const listed = await site.as(anna).web.lists.getByTitle(LIST).rootFolder.folders();
    expect(listed.map((folder) => folder.Name)).toEqual(["anna.mapp"]);
  });
});
