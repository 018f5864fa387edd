import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/batching";
import "@pnp/sp/site-users/web";
import type { SPFI } from "@pnp/sp";
import { RecordUrls, admin, failureOf, startTestSite, type TestSite } from "./support/pnp";

type Row = Record<string, unknown>;

let site: TestSite;
let sp: SPFI;
const ids: number[] = [];

beforeAll(async () => {
  site = await startTestSite();
  sp = site.as(admin);
  await sp.web.lists.add("Aktiviteter");
  for (let index = 0; index < 10; index += 1) {
    const created = (await sp.web.lists.getByTitle("Aktiviteter").items.add({ Title: `A${index}` })) as Row;
    ids.push(Number(created["Id"]));
  }
});
afterAll(async () => {
  await site.close();
});

const batchPosts = (urls: string[]): number => urls.filter((url) => url.endsWith("/_api/$batch")).length;
const id = (index: number): number => ids[index] ?? 0;

describe("$batch, through PnPjs", () => {
  it("runs 20 mixed reads and writes in one request, each answered in order", async () => {
    const urls: string[] = [];
    const [batched, execute] = site.as(admin).using(RecordUrls(urls)).batched();
    const list = batched.web.lists.getByTitle("Aktiviteter");
    const reads = [
      list.items.getById(id(0))(),
      list.items.getById(id(1)).select("Title")(),
      list.items.filter("Title eq 'A2'").select("Id", "Title")(),
      list.select("Title", "ItemCount")(),
      batched.web.currentUser(),
      list.items.getById(id(3))(),
      list.items.top(3).orderBy("Id")(),
      list.items.getById(id(4))(),
      list.items.filter("startswith(Title,'A')").select("Id")(),
      list.items.getById(id(5)).select("Id", "Title")(),
    ];
    const adds = [0, 1, 2, 3, 4].map((n) => list.items.add({ Title: `Ny ${n}` }));
    const updates = [6, 7, 8].map((n) => list.items.getById(id(n)).update({ Title: `Ändrad ${n}` }, '"1"'));
    const deletes = [1, 9].map((n) => list.items.getById(id(n)).delete());
    await execute();

    expect(batchPosts(urls)).toBe(1);
    const [first, second, filtered, listInfo, me] = (await Promise.all(reads)) as Row[];
    expect(first).toMatchObject({ Id: id(0), Title: "A0" });
    expect(second).toMatchObject({ Title: "A1" });
    expect(filtered).toEqual([expect.objectContaining({ Title: "A2" })]);
    expect(listInfo).toMatchObject({ Title: "Aktiviteter", ItemCount: 10 });
    expect(me).toMatchObject({ UserPrincipalName: admin });
    const added = (await Promise.all(adds)) as Row[];
    expect(added.map((row) => row["Title"])).toEqual(["Ny 0", "Ny 1", "Ny 2", "Ny 3", "Ny 4"]);
    expect(new Set(added.map((row) => row["Id"])).size).toBe(5);
    expect(await Promise.all(updates)).toEqual([{ etag: '"2"' }, { etag: '"2"' }, { etag: '"2"' }]);
    await Promise.all(deletes);

    const after = (await sp.web.lists
      .getByTitle("Aktiviteter")
      .items.select("Title")
      .orderBy("Id")()) as Row[];
    expect(after.map((row) => row["Title"])).toEqual([
      "A0",
      "A2",
      "A3",
      "A4",
      "A5",
      "Ändrad 6",
      "Ändrad 7",
      "Ändrad 8",
      "Ny 0",
      "Ny 1",
      "Ny 2",
      "Ny 3",
      "Ny 4",
    ]);
  });

  it("fails only the operation that fails: a stale ETag inside a batch is its own 412", async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle("Aktiviteter");
    const stale = list.items.getById(id(6)).update({ Title: "gammal" }, '"1"');
    const fresh = list.items.getById(id(7)).update({ Title: "ny" }, '"2"');
    const read = list.items.getById(id(0)).select("Title")();
    const missing = list.items.getById(99999)();
    await execute();
    expect(await failureOf(stale)).toMatchObject({ status: 412 });
    await expect(fresh).resolves.toEqual({ etag: '"3"' });
    await expect(read).resolves.toMatchObject({ Title: "A0" });
    expect((await failureOf(missing)).status).toBe(404);
  });

  it("splits more than 20 operations into several $batch requests, as PnPjs does", async () => {
    const urls: string[] = [];
    const [batched, execute] = site.as(admin).using(RecordUrls(urls)).batched();
    const list = batched.web.lists.getByTitle("Aktiviteter");
    const adds = Array.from({ length: 45 }, (_, n) => list.items.add({ Title: `Mass ${n}` }));
    await execute();
    expect(batchPosts(urls)).toBe(3);
    expect(new Set(((await Promise.all(adds)) as Row[]).map((row) => row["Id"])).size).toBe(45);
  });

  it("batches in verbose too", async () => {
    const [batched, execute] = site.as(admin, { metadata: "verbose" }).batched();
    const read = batched.web.lists.getByTitle("Aktiviteter").items.getById(id(0))();
    await execute();
    expect(await read).toMatchObject({ Title: "A0", __metadata: expect.objectContaining({ etag: '"1"' }) });
  });
});
