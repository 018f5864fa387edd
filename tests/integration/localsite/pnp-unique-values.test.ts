import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/folders";
import "@pnp/sp/batching";
import type { SPFI } from "@pnp/sp";
import { readSharePointFailure } from "../../../src/sharepoint/pnp/sharePointError";
import { admin, startTestSite, type TestSite } from "./support/pnp";

// A column that enforces unique values, kept by the site's storage: unmodified PnPjs over real HTTP.
const LIST = "Unika nycklar";
const duplicate = {
  status: 500,
  code: "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
  message:
    "The list item could not be added or updated because duplicate values were found in one or more fields in the list.",
};

let site: TestSite;
let sp: SPFI;

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  await sp.web.lists.add(LIST);
  const fields = sp.web.lists.getByTitle(LIST).fields;
  await fields.addText("Key", { MaxLength: 255 });
  await fields
    .getByInternalNameOrTitle("Key")
    .update({ Indexed: true, EnforceUniqueValues: true }, "SP.FieldText");
  await sp.web.lists.getByTitle(LIST).rootFolder.folders.addUsingPath("anna");
});
afterAll(() => site.close());

const list = () => sp.web.lists.getByTitle(LIST);
const rowsWith = (key: string) =>
  list().items.select("Id", "Key").filter(`Key eq '${key}'`)<{ Id: number }[]>();
const failureOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return "ok";
  } catch (error) {
    const failure = await readSharePointFailure(error);
    return failure === undefined
      ? error
      : { status: failure.status, code: failure.code, message: failure.message };
  }
};

describe("a column with EnforceUniqueValues", () => {
  it("reads back as enforcing unique values", async () => {
    const key = await list().fields.getByInternalNameOrTitle("Key").select("Indexed", "EnforceUniqueValues")<{
      Indexed: boolean;
      EnforceUniqueValues: boolean;
    }>();
    expect(key).toEqual(expect.objectContaining({ Indexed: true, EnforceUniqueValues: true }));
  });

  it("lets exactly one of 20 concurrent adds of the same key through; the others get SharePoint's duplicate error", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        failureOf(list().items.add({ Title: `försök ${i}`, Key: "samma" })),
      ),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "ok")).toEqual(Array.from({ length: 19 }, () => duplicate));
    expect(await rowsWith("samma")).toHaveLength(1);
  });

  it("compares keys as SharePoint does, without regard to case", async () => {
    await list().items.add({ Title: "a", Key: "Skiftläge" });
    expect(await failureOf(list().items.add({ Title: "b", Key: "SKIFTLÄGE".replace("Ä", "ä") }))).toEqual(
      duplicate,
    );
  });

  it("refuses an update (MERGE) to a key another row holds, and leaves the row as it was", async () => {
    await list().items.add({ Title: "först", Key: "upptagen" });
    const second = await list().items.add({ Title: "sedan", Key: "ledig" });
    expect(await failureOf(list().items.getById(second.Id).update({ Key: "upptagen" }))).toEqual(duplicate);
    expect((await list().items.getById(second.Id).select("Key")<{ Key: string }>()).Key).toBe("ledig");
  });

  it("reports a duplicate in a folder-scoped add per field, and adds nothing", async () => {
    const root = (await list().rootFolder.select("ServerRelativeUrl")<{ ServerRelativeUrl: string }>())
      .ServerRelativeUrl;
    await list().addValidateUpdateItemUsingPath([{ FieldName: "Key", FieldValue: "i-mapp" }], `${root}/anna`);
    const results = await list().addValidateUpdateItemUsingPath(
      [
        { FieldName: "Title", FieldValue: "igen" },
        { FieldName: "Key", FieldValue: "i-mapp" },
      ],
      `${root}/anna`,
    );
    expect(
      results.map((r) => [r.FieldName, r.HasException, (r as { ErrorCode?: number }).ErrorCode]),
    ).toEqual([
      ["Title", false, 0],
      ["Key", true, -2130575169],
    ]);
    expect(await rowsWith("i-mapp")).toHaveLength(1);
  });

  it("fails only the duplicate's part of a $batch (its changeset included); the other parts are written", async () => {
    const [batched, execute] = sp.batched();
    const adds = ["batch-1", "batch-1", "batch-2"].map((key) =>
      failureOf(batched.web.lists.getByTitle(LIST).items.add({ Title: key, Key: key })),
    );
    await execute();
    expect(await Promise.all(adds)).toEqual(["ok", duplicate, "ok"]);
    expect(await rowsWith("batch-1")).toHaveLength(1);
    expect(await rowsWith("batch-2")).toHaveLength(1);
  });

  it("cannot be switched on where the list already holds duplicates", async () => {
    const fields = list().fields;
    await fields.addText("Kod", { MaxLength: 255 });
    await fields.getByInternalNameOrTitle("Kod").update({ Indexed: true }, "SP.FieldText");
    await list().items.add({ Title: "x", Key: "kod-1", Kod: "lika" });
    await list().items.add({ Title: "y", Key: "kod-2", Kod: "lika" });
    const refused = await failureOf(
      fields.getByInternalNameOrTitle("Kod").update({ EnforceUniqueValues: true }, "SP.FieldText"),
    );
    expect(refused).toMatchObject({ status: 400 });
    const kod = await fields.getByInternalNameOrTitle("Kod").select("EnforceUniqueValues")<{
      EnforceUniqueValues: boolean;
    }>();
    expect(kod.EnforceUniqueValues).toBe(false);
  });
});
