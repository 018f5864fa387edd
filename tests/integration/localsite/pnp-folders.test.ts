import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import type { SPFI } from "@pnp/sp";
import { admin, startTestSite, type TestSite } from "./support/pnp";

type Row = Record<string, unknown>;

let site: TestSite;
let sp: SPFI;
let root = "";

const goals = () => sp.web.lists.getByTitle("Individuella");

/** Adds an item inside a folder the way PnPjs does it, returning the new item's id. */
async function addIn(folderUrl: string, title: string): Promise<number> {
  const result = await goals().addValidateUpdateItemUsingPath(
    [{ FieldName: "Title", FieldValue: title }],
    folderUrl,
  );
  const idValue = result.find((value) => value.FieldName === "Id")?.FieldValue;
  expect(result.every((value) => !value.HasException)).toBe(true);
  return Number(idValue);
}

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  await sp.web.lists.add("Individuella");
  root = (await goals().rootFolder.select("ServerRelativeUrl")()).ServerRelativeUrl;
});
afterAll(async () => {
  await site.close();
});

describe("folders in a list, through PnPjs", () => {
  it("has a root folder under the site", () => {
    expect(root.startsWith("/sites/styrning/")).toBe(true);
  });

  it("creates folders, nested too", async () => {
    const anna = await goals().rootFolder.folders.addUsingPath(`${root}/anna`);
    expect(anna).toMatchObject({ Name: "anna", ServerRelativeUrl: `${root}/anna` });
    const nested = await goals()
      .rootFolder.folders.getByUrl("anna")
      .folders.addUsingPath(`${root}/anna/2026`);
    expect(nested.ServerRelativeUrl).toBe(`${root}/anna/2026`);
    const children = await goals().rootFolder.folders.getByUrl("anna").folders.select("Name")();
    expect(children.map((folder) => folder.Name)).toEqual(["2026"]);
  });

  it("puts items inside folders and tells where with FileDirRef", async () => {
    const shared = await addIn(root, "Gemensamt");
    const inAnna = await addIn(`${root}/anna`, "Mål A");
    const inYear = await addIn(`${root}/anna/2026`, "Mål B");
    const read = async (id: number): Promise<Row> =>
      (await goals().items.getById(id).select("Title", "FileDirRef", "FileRef", "FSObjType")()) as Row;
    // SharePoint answers FSObjType as text ("0" an item, "1" a folder).
    expect(await read(shared)).toMatchObject({ FileDirRef: root, FSObjType: "0" });
    expect(await read(inAnna)).toMatchObject({ Title: "Mål A", FileDirRef: `${root}/anna`, FSObjType: "0" });
    expect(await read(inYear)).toMatchObject({ FileDirRef: `${root}/anna/2026` });
    expect(String((await read(inAnna))["FileRef"]).startsWith(`${root}/anna/`)).toBe(true);
  });

  it("reads items recursively, folders included, from the items collection", async () => {
    const rows = (await goals().items.select("Title", "FSObjType", "FileDirRef").orderBy("Id")()) as Row[];
    const files = rows.filter((row) => String(row["FSObjType"]) === "0").map((row) => row["Title"]);
    expect(files).toEqual(["Gemensamt", "Mål A", "Mål B"]);
    expect(rows.filter((row) => String(row["FSObjType"]) === "1")).toHaveLength(2);
  });

  it("narrows to one folder with a FileDirRef filter", async () => {
    const rows = (await goals()
      .items.filter(`FileDirRef eq '${root}/anna' and FSObjType eq 0`)
      .select("Title")()) as Row[];
    expect(rows.map((row) => row["Title"])).toEqual(["Mål A"]);
  });

  it("gives a folder's list item, as PnPjs's getItem reads it", async () => {
    const item = await goals().rootFolder.folders.getByUrl("anna").getItem<Row>("Id", "FileRef", "FSObjType");
    // getItem returns PnPjs's invokable IItem with the read fields copied onto it.
    expect({ FSObjType: String(item["FSObjType"]), FileRef: item["FileRef"] }).toEqual({
      FSObjType: "1",
      FileRef: `${root}/anna`,
    });
    const again = (await item.select("Id")()) as Row;
    expect(again["Id"]).toBe(item["Id"]);
  });
});
