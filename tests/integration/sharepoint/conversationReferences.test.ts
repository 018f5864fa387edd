import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { ConversationReference } from "../../../src/domain";
import { provisionSite } from "../../../src/sharepoint/provision";
import { SharePointConversationReferences } from "../../../src/sharepoint/stores/conversationReferences";
import { adminUpn, createRequestCounter, startTestSite, type TestSite } from "./support/localSite";

const reference = (
  personId: string,
  overrides: Partial<ConversationReference> = {},
): ConversationReference => ({
  personId,
  conversationId: `a:1${"x".repeat(200)}-${personId}`,
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  tenantId: "00000000-0000-0000-0000-0000000000aa",
  botId: "28:11111111-2222-3333-4444-555555555555",
  userAadObjectId: `aad-${personId}`,
  locale: "sv-SE",
  installedAt: "2026-04-20T07:00:00.000Z",
  ...overrides,
});

describe("conversation references in the Teams-samtal list", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
    await provisionSite(site.as(adminUpn));
  }, 60_000);
  afterAll(() => site.close());

  it("remembers a reference and finds it again, long conversation id and all", async () => {
    const store = new SharePointConversationReferences(site.as(adminUpn));
    await store.remember(reference("maria@x"));
    expect(await store.find(["maria@x"])).toEqual([reference("maria@x")]);
  });

  it("writes nothing the second time the same reference is remembered, and updates a changed one", async () => {
    const counter = createRequestCounter();
    const store = new SharePointConversationReferences(site.as(adminUpn, counter));
    await store.remember(reference("erik@x"));
    const before = counter.count;
    await store.remember(reference("erik@x", { installedAt: "2026-04-21T07:00:00.000Z" }));
    expect(counter.count - before).toBe(1); // the read, no write: the same conversation announced again
    expect(await store.find(["erik@x"])).toEqual([reference("erik@x")]);
    expect(counter.urls.slice(before).every((u) => !/\/items\(\d+\)$/.test(u))).toBe(true);

    const moved = reference("erik@x", {
      serviceUrl: "https://smba.trafficmanager.net/se/",
      locale: undefined,
    });
    await store.remember(moved);
    expect(await store.find(["erik@x"])).toEqual([moved]);
    const rows = await site
      .as(adminUpn)
      .web.lists.getByTitle("Teams-samtal")
      .items.select("Id")
      .filter("Key eq 'erik@x'")();
    expect(rows).toHaveLength(1);
  });

  it("finds many people in one round trip and leaves out those without a reference", async () => {
    const store = new SharePointConversationReferences(site.as(adminUpn));
    const people = Array.from({ length: 130 }, (_, i) => `person-${i}@x`);
    const stored = people.filter((_, i) => i % 3 === 0);
    for (const p of stored) await store.remember(reference(p));

    const counter = createRequestCounter();
    const counted = new SharePointConversationReferences(site.as(adminUpn, counter));
    const found = await counted.find([...people, "nobody@x", "o'brien@x"]);
    expect(counter.count).toBe(1);
    expect(found.map((r) => r.personId).sort()).toEqual([...stored].sort());
  });

  it("forgets a person, and forgetting again or someone unknown is harmless", async () => {
    const store = new SharePointConversationReferences(site.as(adminUpn));
    await store.remember(reference("sofia@x"));
    await store.forget("sofia@x");
    await store.forget("sofia@x");
    await store.forget("never@x");
    expect(await store.find(["sofia@x"])).toEqual([]);
  });

  it("keeps one row when Teams announces an installation twice at the same moment", async () => {
    const store = new SharePointConversationReferences(site.as(adminUpn));
    await Promise.all([
      store.remember(reference("fatima@x")),
      store.remember(reference("fatima@x", { installedAt: "2026-04-20T07:00:01.000Z" })),
    ]);
    const rows = await site
      .as(adminUpn)
      .web.lists.getByTitle("Teams-samtal")
      .items.select("Id")
      .filter("Key eq 'fatima@x'")();
    expect(rows).toHaveLength(1);
  });

  it("keeps one row when two instances store the same person at the same moment (the unique Key decides)", async () => {
    const admin = site.as(adminUpn);
    // Two server instances: separate stores, so nothing in one process orders their writes.
    const first = new SharePointConversationReferences(admin);
    const second = new SharePointConversationReferences(admin);
    await Promise.all([
      first.remember(reference("lars@x")),
      second.remember(reference("lars@x", { locale: "en-GB" })),
    ]);
    const rows = await admin.web.lists
      .getByTitle("Teams-samtal")
      .items.select("Id")
      .filter("Key eq 'lars@x'")();
    expect(rows).toHaveLength(1);
    const [stored] = await first.find(["lars@x"]);
    expect([reference("lars@x"), reference("lars@x", { locale: "en-GB" })]).toContainEqual(stored);
    await first.forget("lars@x");
    expect(await second.find(["lars@x"])).toEqual([]);
  });

  it("answers an empty look-up without asking SharePoint", async () => {
    const counter = createRequestCounter();
    const store = new SharePointConversationReferences(site.as(adminUpn, counter));
    expect(await store.find([])).toEqual([]);
    expect(counter.count).toBe(0);
  });
});
