import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/fields";
import { allLists } from "../../../src/sharepoint/schema/lists";
import { provisionSite } from "../../../src/sharepoint/provision";
import { adminUpn, startTestSite, type TestSite } from "./support/localSite";

describe("provisioning against the local site", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(() => site.close());

  it("creates every list, column and index, and a second run changes nothing", async () => {
    const sp = site.as(adminUpn);
    const first = await provisionSite(sp);
    expect(first.changes.length).toBeGreaterThan(allLists.length);
    for (const n of [1, 2, 3, 4]) expect(first.changes).toContain(`created list Individuella mål ${n}`);
    expect(first.changes).not.toContain("created list Individuella mål");

    const second = await provisionSite(sp);
    expect(second.changes).toEqual([]);

    for (const list of allLists) {
      const fields = await sp.web.lists
        .getByTitle(list.title)
        .fields.select("InternalName", "Indexed", "EnforceUniqueValues")<
        { InternalName: string; Indexed: boolean; EnforceUniqueValues: boolean }[]
      >();
      const byName = new Map(fields.map((f) => [f.InternalName, f]));
      for (const field of list.fields) {
        expect({ list: list.title, field: field.name, indexed: byName.get(field.name)?.Indexed }).toEqual({
          list: list.title,
          field: field.name,
          indexed: field.indexed === true,
        });
      }
      // The key is unique where the data is: provisioning sets EnforceUniqueValues and the site keeps it.
      expect({ list: list.title, unique: byName.get("Key")?.EnforceUniqueValues }).toEqual({
        list: list.title,
        unique: true,
      });
    }
  });

  it("keeps staff out of the personal lists: their permissions are not inherited from the site", async () => {
    const sp = site.as(adminUpn);
    for (const list of allLists.filter((l) => l.personal === true)) {
      const personal = await sp.web.lists.getByTitle(list.title).select("HasUniqueRoleAssignments")<{
        HasUniqueRoleAssignments: boolean;
      }>();
      expect({ list: list.title, unique: personal.HasUniqueRoleAssignments }).toEqual({
        list: list.title,
        unique: true,
      });
    }
    const shared = await sp.web.lists.getByTitle("Aktiviteter").select("HasUniqueRoleAssignments")<{
      HasUniqueRoleAssignments: boolean;
    }>();
    expect(shared.HasUniqueRoleAssignments).toBe(false);
  });
});

describe("provisioning a site that holds the personal lists from before their partitioning", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(() => site.close());

  it("refuses, naming the old list, before it writes anything", async () => {
    const sp = site.as(adminUpn);
    await sp.web.lists.add("Individuella mål", "", 100, false);
    const before = (await sp.web.lists.select("Title")<{ Title: string }[]>()).map((l) => l.Title).sort();
    await expect(provisionSite(sp)).rejects.toThrow(
      /holds "Individuella mål" from before the personal lists were partitioned/,
    );
    const after = (await sp.web.lists.select("Title")<{ Title: string }[]>()).map((l) => l.Title).sort();
    expect(after).toEqual(before);
  });
});
