import {
  ConflictError,
  ITEM_KINDS,
  NotFoundError,
  type EntityByKind,
  type EntityRepository,
  type ItemKind,
} from "../../../src/domain";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { GoalSearch } from "../../../src/sharepoint/repositories/goalSearch";
import { huddinge, startDemoSite } from "./support/demoSite";
import { copyWithNewId, edited } from "./support/edits";
import { adminUpn, createRequestCounter, type TestSite } from "./support/localSite";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { eq } from "../../../src/sharepoint/odata/filter";
import { goalFollowUpLists } from "../../../src/sharepoint/schema/lists";

const goalOwner = (goalId: string): string =>
  huddinge["individual-goal"].find((g) => g.id === goalId)?.employeeId ?? "";

describe("repositories against the local site (Huddinge demo seeded)", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());

  const repositories = () => createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });

  it("reads back every seeded demo item exactly, for every kind", async () => {
    const repos = repositories();
    for (const kind of ITEM_KINDS) {
      const expected = huddinge[kind] as readonly EntityByKind[ItemKind][];
      const ids = expected.map((e) => e.id);
      const got = await repos[kind].getMany(ids);
      expect({ kind, values: got.map((g) => g.value) }).toEqual({ kind, values: expected });
    }
  });

  it.each(ITEM_KINDS.map((k) => [k]))("creates, gets, updates and deletes a %s", async (kind: ItemKind) => {
    const repo = repositories()[kind] as unknown as EntityRepository<EntityByKind[ItemKind]>;
    const sample = (huddinge[kind] as readonly EntityByKind[ItemKind][])[0];
    if (sample === undefined) throw new Error(`no demo ${kind}`);
    const fresh = copyWithNewId(kind, sample, "crud");

    const created = await repo.create(fresh);
    expect(created.value).toEqual(fresh);
    expect(await repo.get(fresh.id)).toEqual(created);
    expect((await repo.getMany([fresh.id, "nobody-has-this-id", sample.id])).map((v) => v.value.id)).toEqual([
      fresh.id,
      sample.id,
    ]);

    const changed = edited(kind, fresh, "Ändrad text");
    const updated = await repo.update(changed, created.version);
    expect(updated.value).toEqual(changed);
    expect(updated.version).not.toBe(created.version);
    expect((await repo.get(fresh.id)).value).toEqual(changed);

    // A second writer holding the old version is refused, and told what is stored now.
    const stale = repo.update(edited(kind, fresh, "Någon annans ändring"), created.version);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({
      kind,
      id: fresh.id,
      current: { value: changed, version: updated.version },
    });
    await expect(repo.delete(fresh.id, created.version)).rejects.toBeInstanceOf(ConflictError);

    await repo.delete(fresh.id, updated.version);
    await expect(repo.get(fresh.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(repo.update(changed, updated.version)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("writes in the documented round trips: read 1, create and update 2, delete 1 (2 in a partitioned list)", async () => {
    const counter = createRequestCounter();
    const repos = createRepositories({ sp: site.as(adminUpn, counter), actorId: adminUpn });
    const counted = async (work: () => Promise<unknown>): Promise<number> => {
      counter.count = 0;
      await work();
      return counter.count;
    };
    const trips = async (kind: ItemKind, suffix = "trips") => {
      const repo = repos[kind] as unknown as EntityRepository<EntityByKind[ItemKind]>;
      const sample = (huddinge[kind] as readonly EntityByKind[ItemKind][])[0];
      if (sample === undefined) throw new Error(`no demo ${kind}`);
      const fresh = copyWithNewId(kind, sample, suffix);
      const create = await counted(() => repo.create(fresh));
      const created = await repo.get(fresh.id);
      const read = await counted(() => repo.get(fresh.id));
      const changed = edited(kind, fresh, "Räknad");
      let version = "";
      const update = await counted(async () => {
        version = (await repo.update(changed, created.version)).version;
      });
      const remove = await counted(() => repo.delete(fresh.id, version));
      return { kind, read, create, update, delete: remove };
    };
    expect(await trips("activity")).toEqual({ kind: "activity", read: 1, create: 2, update: 2, delete: 1 });
    // A goal's key does not say whose it is, so the partitioned delete finds its list first (the version
    // names an item id, and ids are per list); the goal store's delete knows the medarbetare and takes one.
    // The first write into a personal folder on a PnPjs root also reads the list's root folder, once.
    const goal = { kind: "individual-goal", read: 1, create: 2, update: 2, delete: 2 };
    expect(await trips("individual-goal")).toEqual({ ...goal, create: 3 });
    expect(await trips("individual-goal", "trips-again")).toEqual(goal);
  });

  it("files a goal's follow-up in the personal list and any other follow-up in the public one", async () => {
    const repo = repositories()["follow-up"];
    const personal = huddinge["follow-up"].find((f) => f.target.kind === "individual-goal");
    const shared = huddinge["follow-up"].find((f) => f.target.kind !== "individual-goal");
    if (personal === undefined || shared === undefined) throw new Error("demo lacks follow-ups");
    const sp = site.as(adminUpn);
    for (const [followUp, listTitle] of [
      [personal, goalFollowUpLists.of(goalOwner(personal.target.id)).title],
      [shared, "Uppföljningar"],
    ] as const) {
      const fresh = { ...followUp, id: `${followUp.id}-lista` };
      const created = await repo.create(fresh);
      const rows = await sp.web.lists.getByTitle(listTitle).items.filter(eq("Key", fresh.id))();
      expect(rows).toHaveLength(1);
      const changed = { ...fresh, comment: "Uppdaterad" };
      const updated = await repo.update(changed, created.version);
      expect((await repo.get(fresh.id)).value).toEqual(changed);
      await repo.delete(fresh.id, updated.version);
      await expect(repo.get(fresh.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("refuses to create an id that exists, with the stored version", async () => {
    const repos = repositories();
    const goal = huddinge["individual-goal"][0];
    if (goal === undefined) throw new Error("no demo goal");
    const stored = await repos["individual-goal"].get(goal.id);
    await expect(repos["individual-goal"].create(goal)).rejects.toMatchObject({
      constructor: ConflictError,
      current: stored,
    });
  });

  it("lets one of 20 concurrent creates of the same key win; the others are conflicts, not failures", async () => {
    // Every create reads the key as free, then all write at once: the list's unique Key decides.
    const repos = repositories();
    for (const [kind, entity] of [
      ["activity", { ...huddinge.activity[0], id: "samtidig-aktivitet" }],
      ["individual-goal", { ...huddinge["individual-goal"][0], id: "samtidigt-mal" }],
    ] as const) {
      const repo = repos[kind] as unknown as { create(v: unknown): Promise<unknown> };
      const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => repo.create(entity)));
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
      expect(refused).toHaveLength(19);
      for (const reason of refused) expect(reason).toBeInstanceOf(ConflictError);
      expect(await repos[kind].getMany([entity.id])).toHaveLength(1);
    }
  });

  it("says NotFound for unknown ids and returns nothing for them in getMany", async () => {
    const repos = repositories();
    await expect(repos.activity.get("finns-inte")).rejects.toMatchObject({
      constructor: NotFoundError,
      kind: "activity",
      id: "finns-inte",
    });
    await expect(repos["follow-up"].get("finns-inte")).rejects.toBeInstanceOf(NotFoundError);
    expect(await repos.person.getMany(["nobody@malkedjan.local"])).toEqual([]);
  });

  it("round-trips a goal titled with quotes and dashes, and finds it by searching its title", async () => {
    const repos = repositories();
    const sample = huddinge["individual-goal"][0];
    if (sample === undefined) throw new Error("no demo goal");
    const title = `Elevers "trygghet" – 'åk 9'`;
    const goal = { ...sample, id: `${sample.id}-citat`, title };
    await repos["individual-goal"].create(goal);
    expect((await repos["individual-goal"].get(goal.id)).value.title).toBe(title);

    const goals = new GoalSearch(site.as(adminUpn));
    const found = await goals.byTitle(sample.employeeId, `"trygghet" – 'åk`);
    expect(found.map((g) => g.id)).toEqual([goal.id]);
    expect(await goals.byTitle(sample.employeeId, `'åk 9'' or 1 eq 1`)).toEqual([]);
  });
});
