import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import { admin, failureOf, startTestSite, type TestSite } from "./support/pnp";

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site.close();
});

describe("lists, through PnPjs", () => {
  it("adds a list and finds it by title and by id", async () => {
    const sp = site.as(admin);
    const added = await sp.web.lists.add("Indikatorer", "KF:s indikatorer", 100);
    expect(added).toMatchObject({ Title: "Indikatorer", Description: "KF:s indikatorer", BaseTemplate: 100 });
    expect(added.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const byTitle = await sp.web.lists.getByTitle("Indikatorer").select("Id", "Title", "ItemCount")();
    expect(byTitle).toMatchObject({ Id: added.Id, Title: "Indikatorer", ItemCount: 0 });
    const byId = await sp.web.lists.getById(added.Id).select("Title")();
    expect(byId.Title).toBe("Indikatorer");
  });

  it("finds a list whose title holds a quote and non-ASCII letters", async () => {
    const sp = site.as(admin);
    await sp.web.lists.add("Nämndens mål's lista");
    const list = await sp.web.lists.getByTitle("Nämndens mål's lista").select("Title")();
    expect(list.Title).toBe("Nämndens mål's lista");
  });

  it("ensures a list: created the first time, found the second", async () => {
    const sp = site.as(admin);
    const first = await sp.web.lists.ensure("Etappmål");
    expect(first.created).toBe(true);
    expect(first.data.Title).toBe("Etappmål");
    const second = await sp.web.lists.ensure("Etappmål");
    expect(second.created).toBe(false);
    const lists = await sp.web.lists.filter("Title eq 'Etappmål'")();
    expect(lists).toHaveLength(1);
  });

  it("updates a list with MERGE", async () => {
    const sp = site.as(admin);
    await sp.web.lists.add("Uppdrag");
    await sp.web.lists.getByTitle("Uppdrag").update({ Description: "Nämndens uppdrag till förvaltningen" });
    const list = await sp.web.lists.getByTitle("Uppdrag").select("Description")();
    expect(list.Description).toBe("Nämndens uppdrag till förvaltningen");
  });

  it("counts items in ItemCount", async () => {
    const sp = site.as(admin);
    await sp.web.lists.add("Räknade");
    const list = sp.web.lists.getByTitle("Räknade");
    for (const title of ["a", "b", "c"]) await list.items.add({ Title: title });
    expect((await list.select("ItemCount")()).ItemCount).toBe(3);
  });

  it("filters and selects the lists collection", async () => {
    const lists = await site
      .as(admin)
      .web.lists.filter("Title eq 'Indikatorer' or Title eq 'Uppdrag'")
      .select("Title", "ItemCount")
      .orderBy("Title")();
    expect(lists.map((list) => list.Title)).toEqual(["Indikatorer", "Uppdrag"]);
    expect(Object.keys(lists[0] ?? {})).not.toContain("Description");
  });

  it("deletes a list", async () => {
    const sp = site.as(admin);
    await sp.web.lists.add("Tillfällig");
    await sp.web.lists.getByTitle("Tillfällig").delete();
    const failure = await failureOf(sp.web.lists.getByTitle("Tillfällig")());
    expect(failure.status).toBe(404);
  });

  it("answers SharePoint's 404 for a missing list", async () => {
    const failure = await failureOf(site.as(admin).web.lists.getByTitle("Saknas")());
    expect(failure).toMatchObject({
      status: 404,
      code: "-1, System.ArgumentException",
      message: `List 'Saknas' does not exist at site with URL '${site.url}'.`,
    });
  });
});

describe("fields, through PnPjs", () => {
  const listTitle = "Fältprov";
  let lookupListId = "";

  beforeAll(async () => {
    const sp = site.as(admin);
    await sp.web.lists.add(listTitle);
    lookupListId = (await sp.web.lists.add("Målområden")).Id;
  });

  const fields = () => site.as(admin).web.lists.getByTitle(listTitle).fields;

  it("adds a Text field, naming it the SharePoint way", async () => {
    const field = await fields().addText("My Field", { MaxLength: 100 });
    expect(field).toMatchObject({ Title: "My Field", InternalName: "My_x0020_Field", TypeAsString: "Text" });
    expect(field.FieldTypeKind).toBe(2);
  });

  it.each([
    ["Note", async () => fields().addMultilineText("Beskrivning"), 3],
    ["Number", async () => fields().addNumber("Poäng"), 9],
    ["DateTime", async () => fields().addDateTime("Förfallodag"), 4],
    ["Boolean", async () => fields().addBoolean("Klar"), 8],
    ["Choice", async () => fields().addChoice("Status", { Choices: ["Ej påbörjad", "Pågår", "Klar"] }), 6],
    ["User", async () => fields().addUser("Ansvarig", { SelectionMode: 0 }), 20],
  ])("adds a %s field", async (typeAsString, add, kind) => {
    const field = await add();
    expect(field.TypeAsString).toBe(typeAsString);
    expect(field.FieldTypeKind).toBe(kind);
  });

  it("names non-ASCII titles with _xHHHH_ escapes", async () => {
    const field = await fields().getByInternalNameOrTitle("Poäng").select("InternalName")();
    expect(field.InternalName).toBe("Po_x00e4_ng");
  });

  it("adds a Lookup field with AddField", async () => {
    const field = await fields().addLookup("Målområde", {
      LookupListId: lookupListId,
      LookupFieldName: "Title",
    });
    expect(field).toMatchObject({ Title: "Målområde", TypeAsString: "Lookup", FieldTypeKind: 7 });
    const read = (await fields()
      .getByInternalNameOrTitle("Målområde")
      .select("LookupList", "LookupField")()) as {
      LookupList?: string;
      LookupField?: string;
    };
    expect(String(read.LookupList).replace(/[{}]/g, "").toLowerCase()).toBe(lookupListId.toLowerCase());
    expect(read.LookupField).toBe("Title");
  });

  it("finds a field by internal name or by title", async () => {
    const byTitle = await fields().getByInternalNameOrTitle("My Field").select("Id", "InternalName")();
    const byName = await fields().getByInternalNameOrTitle("My_x0020_Field").select("Id")();
    expect(byName.Id).toBe(byTitle.Id);
  });

  it("sets Indexed on a field with MERGE", async () => {
    const field = fields().getByInternalNameOrTitle("Poäng");
    expect((await field.select("Indexed")()).Indexed).toBe(false);
    await field.update({ Indexed: true });
    expect((await field.select("Indexed")()).Indexed).toBe(true);
  });

  it("filters and selects the fields collection", async () => {
    const visible = await fields().filter("Hidden eq false").select("InternalName", "Hidden")();
    expect(visible.every((field) => field.Hidden === false)).toBe(true);
    expect(visible.map((field) => field.InternalName)).toEqual(
      expect.arrayContaining(["Title", "My_x0020_Field", "Po_x00e4_ng"]),
    );
    const all = await fields().select("InternalName")();
    expect(all.length).toBeGreaterThanOrEqual(visible.length);
  });

  it("cuts a long internal name at 32 characters and stores values under it", async () => {
    const field = await fields().addText("Andel som känner sig trygga utomhus");
    expect(field.InternalName).toBe("Andel_x0020_som_x0020_k_x00e4_nn");
    const list = site.as(admin).web.lists.getByTitle(listTitle);
    const item = (await list.items.add({ Title: "x", Andel_x0020_som_x0020_k_x00e4_nn: "64 %" })) as {
      Id: number;
    };
    const read = (await list.items.getById(item.Id).select("Andel_x0020_som_x0020_k_x00e4_nn")()) as Record<
      string,
      unknown
    >;
    expect(read["Andel_x0020_som_x0020_k_x00e4_nn"]).toBe("64 %");
  });

  it("exposes a field whose name starts with _ as OData_ over REST", async () => {
    const field = await fields().addText("_Status");
    expect(field.EntityPropertyName).toBe("OData__Status");
    const list = site.as(admin).web.lists.getByTitle(listTitle);
    const item = (await list.items.add({ Title: "y", OData__Status: "öppen" })) as Record<string, unknown>;
    expect(item["OData__Status"]).toBe("öppen");
  });

  it("answers verbose field creation as PnPjs expects from SharePoint (d)", async () => {
    const field = await site
      .as(admin, { metadata: "verbose" })
      .web.lists.getByTitle(listTitle)
      .fields.addNumber("Vikt");
    expect(field).toMatchObject({ Title: "Vikt", TypeAsString: "Number" });
  });
});
