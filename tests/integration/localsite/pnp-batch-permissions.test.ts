import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import "@pnp/sp/batching";
import "@pnp/sp/security";
import "@pnp/sp/site-users/web";
import "@pnp/sp/site-groups/web";
import type { SPFI } from "@pnp/sp";
import { Item } from "@pnp/sp/items";
import { admin, outcomeOf, startTestSite, type TestSite } from "./support/pnp";

type Row = Record<string, unknown>;

// The site resolves a caller's permissions once and reuses them; a $batch must still see its own changes.
const dora = "dora.forvaltare@malkedjan.local"; // manages the list (Full Control there), no site admin
const erik = "erik.medarbetare@malkedjan.local";
const LIST = "Uppföljningar individuella mål";

let site: TestSite;
let sp: SPFI;
const people: Record<string, number> = {};
const roles: Record<string, number> = {};

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  for (const upn of [dora, erik]) people[upn] = (await sp.web.ensureUser(upn)).Id;
  for (const name of ["Read", "Contribute", "Full Control"]) {
    roles[name] = (await sp.web.roleDefinitions.getByName(name)()).Id;
  }
  await sp.web.lists.add(LIST);
  const list = sp.web.lists.getByTitle(LIST);
  await list.breakRoleInheritance(false, false);
  await list.roleAssignments.add(people[dora] ?? 0, roles["Full Control"] ?? 0);
  await list.rootFolder.folders.addUsingPath("erik");
});
afterAll(async () => {
  await site.close();
});

describe("permissions changed inside one $batch", () => {
  it("apply to the parts after the change, for the same caller", async () => {
    const root = (await sp.web.lists.getByTitle(LIST).rootFolder.select("ServerRelativeUrl")())
      .ServerRelativeUrl;
    const [batched, execute] = site.as(dora).batched();
    const folder = Item(batched.web.getFolderByServerRelativePath(`${root}/erik`), "ListItemAllFields");
    // Breaking without copying gives Dora Full Control on the folder's new scope: the grant needs it.
    const broken = folder.breakRoleInheritance(false, true);
    const granted = folder.roleAssignments.add(people[erik] ?? 0, roles["Contribute"] ?? 0);
    // Taking her own Full Control away leaves her nothing on the folder: the last grant is refused — with
    // 404, since a folder she may not read is not there for her (as an unreadable item would be).
    const leaves = folder.roleAssignments.remove(people[dora] ?? 0, roles["Full Control"] ?? 0);
    const refused = folder.roleAssignments.add(people[erik] ?? 0, roles["Read"] ?? 0);
    await execute();
    expect(await Promise.all([broken, granted, leaves, refused].map(outcomeOf))).toEqual([
      "ok",
      "ok",
      "ok",
      404,
    ]);
    const item = await sp.web.lists.getByTitle(LIST).rootFolder.folders.getByUrl("erik").getItem();
    const assignments = (await item.roleAssignments.expand("RoleDefinitionBindings")()) as Row[];
    expect(
      assignments.map((assignment) => [
        assignment["PrincipalId"],
        (assignment["RoleDefinitionBindings"] as Row[]).map((binding) => binding["Name"]),
      ]),
    ).toEqual([[people[erik], ["Contribute"]]]);
  });

  it("apply to the next request of a caller whose group membership changed", async () => {
    const list = () => site.as(erik).web.lists.getByTitle(LIST);
    // Erik reaches the list only through his folder: adding at its root is refused.
    expect(await outcomeOf(list().items.add({ Title: "i roten" }))).toBe(403);
    const members = await sp.web.associatedMemberGroup();
    await sp.web.lists.getByTitle(LIST).roleAssignments.add(Number(members["Id"]), roles["Contribute"] ?? 0);
    expect(await outcomeOf(list().items.add({ Title: "i roten" }))).toBe(403);
    await sp.web.siteGroups.getById(Number(members["Id"])).users.add(`i:0#.f|membership|${erik}`);
    expect(await outcomeOf(list().items.add({ Title: "i roten" }))).toBe("ok");
  });
});
