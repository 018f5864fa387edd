import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/site-users/web";
import { admin, outcomeOf, startTestSite, type TestSite } from "./support/pnp";

type Row = Record<string, unknown>;

describe("parallel requests, through PnPjs", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
    await site.as(admin).web.lists.add("Parallellt");
  });
  afterAll(async () => {
    await site.close();
  });

  const list = () => site.as(admin).web.lists.getByTitle("Parallellt");

  it("gives 100 parallel adds 100 distinct ids", async () => {
    const added = (await Promise.all(
      Array.from({ length: 100 }, (_, n) => list().items.add({ Title: `p${n}` })),
    )) as Row[];
    expect(new Set(added.map((row) => row["Id"])).size).toBe(100);
    expect((await list().select("ItemCount")()).ItemCount).toBe(100);
  });

  it("lets exactly one of ten parallel updates with the same ETag win; the rest get 412", async () => {
    const created = (await list().items.add({ Title: "omstridd" })) as Row;
    const item = () => list().items.getById(Number(created["Id"]));
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, n) => outcomeOf(item().update({ Title: `vinnare ${n}` }, '"1"'))),
    );
    expect(outcomes.filter((status) => status === "ok")).toHaveLength(1);
    expect(outcomes.filter((status) => status === 412)).toHaveLength(9);
    expect(((await item()()) as Row)["odata.etag"]).toBe('"2"');
  });
});

describe("data on disk", () => {
  it("survives a restart of the site", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "malkedjan-restart-"));
    try {
      const first = await startTestSite({ dataDir });
      await first.as(admin).web.lists.add("Beständig");
      await first.as(admin).web.lists.getByTitle("Beständig").items.add({ Title: "kvar efter omstart" });
      await first.as(admin).web.ensureUser("dora.durabel@malkedjan.local");
      await first.close();

      const second = await startTestSite({ dataDir });
      try {
        const rows = (await second
          .as(admin)
          .web.lists.getByTitle("Beständig")
          .items.select("Title")()) as Row[];
        expect(rows.map((row) => row["Title"])).toEqual(["kvar efter omstart"]);
        const me = await second.as("dora.durabel@malkedjan.local").web.currentUser();
        expect(me.UserPrincipalName).toBe("dora.durabel@malkedjan.local");
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
