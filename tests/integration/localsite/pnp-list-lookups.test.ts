import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/folders";
import "@pnp/sp/batching";
import type { SPFI } from "@pnp/sp";
import { admin, outcomeOf, startTestSite, type TestSite } from "./support/pnp";

// Lists are looked up from memory; every write must show in the next lookup, as it did from the database.
let site: TestSite;
let sp: SPFI;

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
});
afterAll(async () => {
  await site.close();
});

describe("finding lists after they change", () => {
  it("finds a renamed list by its new title only, ASCII case folded, and by its id in any case", async () => {
    const { Id } = await sp.web.lists.add("Arbetsplaner");
    await sp.web.lists.getByTitle("Arbetsplaner").update({ Title: "Verksamhetsplaner" });
    expect(await outcomeOf(sp.web.lists.getByTitle("Arbetsplaner")())).toBe(404);
    expect((await sp.web.lists.getByTitle("VERKSAMHETSPLANER").select("Id")()).Id).toBe(Id);
    expect((await sp.web.lists.getById(`{${Id.toUpperCase()}}`).select("Title")()).Title).toBe(
      "Verksamhetsplaner",
    );
    // SQLite's NOCASE folds ASCII only: "Å" and "å" stay apart.
    await sp.web.lists.add("Mål");
    expect(await outcomeOf(sp.web.lists.getByTitle("MÅL")())).toBe(404);
    expect(await outcomeOf(sp.web.lists.getByTitle("mål")())).toBe("ok");
  });

  it("counts the items a $batch added, and forgets a deleted list", async () => {
    await sp.web.lists.add("Aktiviteter");
    const [batched, execute] = sp.batched();
    const adds = ["a", "b", "c"].map((title) =>
      batched.web.lists.getByTitle("Aktiviteter").items.add({ Title: title }),
    );
    const refused = batched.web.lists.getByTitle("Aktiviteter").items.add({ Saknas: "x" });
    await execute();
    expect(await Promise.all(adds.map(outcomeOf))).toEqual(["ok", "ok", "ok"]);
    expect(await outcomeOf(refused)).toBe(400);
    expect((await sp.web.lists.getByTitle("Aktiviteter").select("ItemCount")()).ItemCount).toBe(3);
    await sp.web.lists.getByTitle("Aktiviteter").delete();
    expect(await outcomeOf(sp.web.lists.getByTitle("Aktiviteter")())).toBe(404);
    await sp.web.lists.add("Aktiviteter");
    expect((await sp.web.lists.getByTitle("Aktiviteter").select("ItemCount")()).ItemCount).toBe(0);
  });

  it("adds into a folder of a list whose title changed", async () => {
    await sp.web.lists.add("Individuella mål");
    const list = sp.web.lists.getByTitle("Individuella mål");
    const root = (await list.rootFolder.select("ServerRelativeUrl")()).ServerRelativeUrl;
    await list.rootFolder.folders.addUsingPath("anna");
    await list.update({ Title: "Mål per person" });
    const values = await sp.web.lists
      .getByTitle("Mål per person")
      .addValidateUpdateItemUsingPath([{ FieldName: "Title", FieldValue: "Annas mål" }], `${root}/anna`);
    expect(values.find((value) => value.FieldName === "Id")?.HasException).toBe(false);
    const items = await sp.web.lists
      .getByTitle("Mål per person")
      .items.filter("FSObjType eq 0")
      .select("Title", "FileDirRef")();
    expect(items).toEqual([expect.objectContaining({ Title: "Annas mål", FileDirRef: `${root}/anna` })]);
  });
});
