import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import type { SPFI } from "@pnp/sp";
import { RecordUrls, admin, failureOf, seedItems, startTestSite, type TestSite } from "./support/pnp";

type Row = Record<string, unknown>;

const throttled = {
  status: 500,
  code: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
  message: "The attempted operation is prohibited because it exceeds the list view threshold.",
};

// Enhet (indexed) takes 100 values, 60 items each per 6,000; Kategori (not indexed) takes 10.
const row = (index: number): Row => ({
  Title: `Uppföljning ${index}`,
  Enhet: index % 100,
  Kategori: `k${index % 10}`,
});

let site: TestSite;
let sp: SPFI;
const followUps = () => sp.web.lists.getByTitle("Uppföljningar");

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  await sp.web.lists.add("Uppföljningar");
  await followUps().fields.addNumber("Enhet");
  await followUps().fields.addText("Kategori");
  // SharePoint lets a column be indexed only while the list is small: index first, then fill.
  await followUps().fields.getByInternalNameOrTitle("Enhet").update({ Indexed: true });
  await seedItems(sp, "Uppföljningar", 6000, row);
}, 120_000);
afterAll(async () => {
  await site.close();
});

describe("the list view threshold at 6,000 items", () => {
  it("holds 6,000 items", async () => {
    expect((await followUps().select("ItemCount")()).ItemCount).toBe(6000);
  });

  it("refuses a filter on a non-indexed column with SharePoint's 500", async () => {
    expect(await failureOf(followUps().items.filter("Kategori eq 'k1'")())).toMatchObject(throttled);
  });

  it("serves a filter on an indexed column that narrows below the threshold", async () => {
    const rows = (await followUps().items.filter("Enhet eq 7").select("Id", "Enhet").top(500)()) as Row[];
    expect(rows).toHaveLength(60);
    expect(rows.every((item) => item["Enhet"] === 7)).toBe(true);
  });

  it("serves an indexed leading condition followed by a non-indexed one", async () => {
    const rows = (await followUps()
      .items.filter("Enhet eq 7 and Kategori eq 'k7'")
      .select("Id")
      .top(500)()) as Row[];
    expect(rows).toHaveLength(60);
  });

  it("refuses when the non-indexed condition leads", async () => {
    expect(await failureOf(followUps().items.filter("Kategori eq 'k7' and Enhet eq 7")())).toMatchObject(
      throttled,
    );
  });

  it("refuses an indexed filter that still matches more than the threshold", async () => {
    expect(await failureOf(followUps().items.filter("Enhet ge 0")())).toMatchObject(throttled);
  });

  it("refuses $orderby on a non-indexed column", async () => {
    expect(await failureOf(followUps().items.orderBy("Kategori").top(10)())).toMatchObject(throttled);
  });

  it("refuses $top above the threshold", async () => {
    expect(await failureOf(followUps().items.top(5001)())).toMatchObject(throttled);
  });

  it("serves an unfiltered page in id order", async () => {
    const rows = (await followUps().items.select("Id").top(100)()) as Row[];
    expect(rows).toHaveLength(100);
  });
});

describe("paging with async iteration", () => {
  beforeAll(async () => {
    await seedItems(sp, "Uppföljningar", 6000, (index) => row(index + 6000));
  }, 120_000);

  it("pages over 12,000 items, each next request being the server's absolute next link verbatim", async () => {
    const urls: string[] = [];
    const items = site.as(admin).using(RecordUrls(urls)).web.lists.getByTitle("Uppföljningar").items;
    const ids: number[] = [];
    let pages = 0;
    for await (const page of items.select("Id", "Enhet").top(1000)) {
      pages += 1;
      for (const item of page as Row[]) ids.push(Number(item["Id"]));
    }
    expect(pages).toBe(12);
    expect(ids).toHaveLength(12000);
    expect(new Set(ids).size).toBe(12000);
    expect(ids.every((value, index) => index === 0 || value > (ids[index - 1] ?? 0))).toBe(true);
    const followed = urls.slice(1);
    expect(followed).toHaveLength(11);
    for (const url of followed) {
      expect(url.startsWith(site.url)).toBe(true);
      const query = new URL(url).searchParams;
      expect(query.get("$skiptoken")).toMatch(/^Paged=TRUE&p_ID=\d+$/);
      expect(query.get("$select")).toBe("Id,Enhet");
      expect(query.get("$top")).toBe("1000");
    }
  }, 60_000);

  it("keeps the filter in every next link", async () => {
    const seen: Row[] = [];
    let pages = 0;
    for await (const page of followUps().items.filter("Enhet eq 3").select("Id", "Enhet").top(50)) {
      pages += 1;
      seen.push(...(page as Row[]));
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(seen.every((item) => item["Enhet"] === 3)).toBe(true);
  });

  it("pages in verbose through d.__next", async () => {
    const items = site.as(admin, { metadata: "verbose" }).web.lists.getByTitle("Uppföljningar").items;
    let count = 0;
    let pages = 0;
    for await (const page of items.filter("Enhet eq 4").select("Id").top(100)) {
      pages += 1;
      count += (page as Row[]).length;
    }
    expect({ pages, count }).toEqual({ pages: 2, count: 120 });
  });

  it("starts after a given id with skip(n)", async () => {
    const rows = (await followUps().items.select("Id").skip(11990).top(100)()) as Row[];
    expect(rows.map((item) => item["Id"])).toEqual(Array.from({ length: 10 }, (_, n) => 11991 + n));
  });
});

describe("a configurable threshold", () => {
  it("applies the site's own threshold", async () => {
    const small = await startTestSite({ listViewThreshold: 20 });
    try {
      const smallSp = small.as(admin);
      await smallSp.web.lists.add("Liten");
      const list = smallSp.web.lists.getByTitle("Liten");
      await list.fields.addNumber("Nr");
      await seedItems(smallSp, "Liten", 25, (index) => ({ Title: `t${index % 5}`, Nr: index }));
      expect(await failureOf(list.items.filter("Nr eq 3")())).toMatchObject(throttled);
      expect(await list.items.filter("Id eq 3").select("Id")()).toHaveLength(1);
    } finally {
      await small.close();
    }
  });
});
