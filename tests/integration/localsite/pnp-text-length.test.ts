import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/folders";
import type { SPFI } from "@pnp/sp";
import { admin, failureOf, outcomeOf, startTestSite, type TestSite } from "./support/pnp";

/** A single line of text holds at most 255 characters (or its smaller MaxLength); SharePoint refuses more. */
const LIST = "Rubriker";
const CODE = "-2130575155, Microsoft.SharePoint.SPFieldValueException";
let site: TestSite;
let sp: SPFI;
const list = () => sp.web.lists.getByTitle(LIST);
const exactly = (n: number): string => "å".repeat(n);

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  await sp.web.lists.add(LIST);
  await list().fields.addText("Kortnamn");
  await list().fields.addText("Kod", { MaxLength: 10 });
  await list().fields.addMultilineText("Beskrivning");
});
afterAll(async () => {
  await site.close();
});

async function count(): Promise<number> {
  return (await list().select("ItemCount")()).ItemCount;
}

describe("single-line text over its limit", () => {
  it("takes exactly 255 characters in Title and a Text field, and any length in a Note field", async () => {
    const added = await list().items.add({
      Title: exactly(255),
      Kortnamn: exactly(255),
      Beskrivning: exactly(10_000),
    });
    expect((added as { Title: string }).Title).toHaveLength(255);
  });

  it.each([
    ["Title", { Title: exactly(256) }, "Title"],
    ["a Text field", { Title: "ok", Kortnamn: exactly(256) }, "Kortnamn"],
    ["a Text field with MaxLength 10", { Title: "ok", Kod: exactly(11) }, "Kod"],
  ])("refuses an add with %s too long (400)", async (_, body, field) => {
    const before = await count();
    const failure = await failureOf(list().items.add(body));
    expect(failure).toMatchObject({ status: 400, code: CODE });
    expect(failure.message).toContain(`'${field}'`);
    expect(await count()).toBe(before);
  });

  it("refuses a MERGE and leaves the item as it was", async () => {
    const { Id } = (await list().items.add({ Title: "före" })) as { Id: number };
    const failure = await failureOf(
      list()
        .items.getById(Id)
        .update({ Title: exactly(300) }),
    );
    expect(failure).toMatchObject({ status: 400, code: CODE });
    expect((await list().items.getById(Id).select("Title")()).Title).toBe("före");
  });

  it("reports it per field in AddValidateUpdateItemUsingPath and creates nothing", async () => {
    const before = await count();
    const root = (await list().rootFolder.select("ServerRelativeUrl")()).ServerRelativeUrl;
    const results = await list().addValidateUpdateItemUsingPath(
      [
        { FieldName: "Title", FieldValue: exactly(256) },
        { FieldName: "Kortnamn", FieldValue: "kort" },
      ],
      root,
    );
    expect(results).toEqual([
      expect.objectContaining({ FieldName: "Title", HasException: true, ErrorCode: -2130575155 }),
      expect.objectContaining({ FieldName: "Kortnamn", HasException: false, ErrorCode: 0 }),
    ]);
    expect(results[0]?.ErrorMessage).toMatch(/too long.*255/);
    expect(await count()).toBe(before);
  });

  it("reports it per field in validateUpdateListItem and changes nothing", async () => {
    const { Id } = (await list().items.add({ Title: "orörd" })) as { Id: number };
    const results = await list()
      .items.getById(Id)
      .validateUpdateListItem([{ FieldName: "Kod", FieldValue: exactly(11) }]);
    expect(results).toEqual([expect.objectContaining({ FieldName: "Kod", HasException: true })]);
    expect((await list().items.getById(Id).select("Title", "Kod")()) as object).toMatchObject({
      Title: "orörd",
      Kod: null,
    });
  });

  it("refuses the one part of a $batch that is too long; the other parts stand", async () => {
    const before = await count();
    const [batched, execute] = sp.batched();
    // PnPjs queryables keep their state: a fresh one per request.
    const target = () => batched.web.lists.getByTitle(LIST).items;
    const first = target().add({ Title: "första" });
    const second = target().add({ Title: exactly(256) });
    const third = target().add({ Title: "tredje" });
    await execute();
    expect(await outcomeOf(first)).toBe("ok");
    expect(await outcomeOf(third)).toBe("ok");
    expect(await failureOf(second)).toMatchObject({ status: 400, code: CODE });
    expect(await count()).toBe(before + 2);
  });
});
