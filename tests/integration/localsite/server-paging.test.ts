import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import type { SPFI } from "@pnp/sp";
import { admin, startTestSite, type TestSite } from "./support/pnp";

interface Row {
  Id: number;
  Title: string;
  Score: number | null;
}

const scores = [null, 1, 1, 2, null, 3, 2, 1, null, 3, 2, 1];
let site: TestSite;
let sp: SPFI;

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  await sp.web.lists.add("Sidor");
  await sp.web.lists.getByTitle("Sidor").fields.addNumber("Score");
  for (const [index, score] of scores.entries()) {
    await sp.web.lists
      .getByTitle("Sidor")
      .items.add({ Title: `t${String(index + 1).padStart(2, "0")}`, Score: score });
  }
});
afterAll(async () => {
  await site.close();
});

async function allPages(
  order: (items: ReturnType<typeof sp.web.lists.getByTitle>["items"]) => unknown,
): Promise<Row[][]> {
  const items = sp.web.lists.getByTitle("Sidor").items.select("Id", "Title", "Score").top(5);
  order(items);
  const pages: Row[][] = [];
  for await (const page of items) pages.push(page as Row[]);
  return pages;
}

describe("keyset paging through PnPjs", () => {
  it("pages by a non-unique column with nulls, every item once, in SharePoint's order (nulls first)", async () => {
    const pages = await allPages((items) => items.orderBy("Score", true));
    expect(pages.map((page) => page.length)).toEqual([5, 5, 2]);
    const rows = pages.flat();
    const expected = scores
      .map((score, index) => ({ score, id: index + 1 }))
      .sort((a, b) => (a.score ?? -1) - (b.score ?? -1) || a.id - b.id)
      .map((entry) => entry.id);
    expect(rows.map((row) => row.Id)).toEqual(expected);
  });

  it("pages descending by two keys", async () => {
    const pages = await allPages((items) => items.orderBy("Score", false).orderBy("Title", false));
    const rows = pages.flat();
    const expected = scores
      .map((score, index) => ({ score, title: `t${String(index + 1).padStart(2, "0")}` }))
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.title.localeCompare(a.title))
      .map((entry) => entry.title);
    expect(rows.map((row) => row.Title)).toEqual(expected);
  });

  it("skips forward and backward with PnPjs's skip(n) and skip(n, true)", async () => {
    const forward = await sp.web.lists.getByTitle("Sidor").items.skip(3).top(3).select("Id")();
    expect(forward.map((row) => row.Id)).toEqual([4, 5, 6]);
    const backward = await sp.web.lists.getByTitle("Sidor").items.skip(7, true).top(3).select("Id")();
    expect(backward.map((row) => row.Id)).toEqual([4, 5, 6]);
  });
});
