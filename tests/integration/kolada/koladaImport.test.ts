/**
 * The Kolada import over real HTTP: the Huddinge demo seeded into a local site (unmodified PnPjs, the app's
 * own app-only token) and the local Kolada stand-in answering in Kolada's documented shape, paged.
 * Indicators with a KPI id in the demo: KF 1 (N00097, total only) and Grundskolenämnden 2 (N15428, split
 * into kvinnor and män, with Johan's own manual outcomes for 2024 and 2025).
 */
import { LOCAL_APP_ID, appOnlyToken } from "../../../src/localsite";
import { KoladaClient } from "../../../src/kolada";
import type { Clock, IndicatorOutcome, Versioned } from "../../../src/domain";
import { KOLADA_IMPORT_ACTOR } from "../../../src/domain";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { SharePointOutcomeStore } from "../../../src/sharepoint/stores/outcomeStore";
import { importKoladaOutcomes, type KoladaImportReport } from "../../../src/usecases";
import { startLocalKolada, type LocalKolada } from "../../../scripts/harness/localKolada";
import { startDemoSite } from "../sharepoint/support/demoSite";
import { createRequestCounter, type TestSite } from "../sharepoint/support/localSite";

const clock: Clock = { now: () => new Date("2026-11-27T22:00:00Z"), today: () => "2026-11-27" };
const years = [2021, 2022, 2023, 2024, 2025];
const kf1 = { kind: "kf-indicator", id: "kf-1" } as const;
const gsn2 = { kind: "board-indicator", id: "grundskolenamnden-2026-ind-2" } as const;
const noWait = { sleep: async () => undefined };

describe("the Kolada import", () => {
  let site: TestSite;
  let kolada: LocalKolada;
  const counter = createRequestCounter();
  let store: SharePointOutcomeStore;

  beforeAll(async () => {
    site = await startDemoSite();
    const app = createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter });
    store = new SharePointOutcomeStore(app);
    // Two entries a page, the next page named by `next_page`; Sekretess for behörighet 2021.
    kolada = await startLocalKolada({
      perPage: 2,
      nextKey: "next_page",
      nullValues: { "N15428:2021": "Sekretess" },
    });
  }, 120_000);
  afterAll(async () => {
    await kolada.close();
    await site.close();
  });

  const run = (baseUrl = kolada.url, options: { perPage?: number } = {}): Promise<KoladaImportReport> =>
    importKoladaOutcomes(
      { outcomes: store, kolada: new KoladaClient({ baseUrl, ...options, ...noWait }), clock },
      { municipality: "0126", years },
    );
  const stored = async (): Promise<Map<string, Versioned<IndicatorOutcome>>> =>
    new Map((await store.outcomesOf([kf1, gsn2])).map((o) => [o.value.id, o]));

  let manualBefore: Versioned<IndicatorOutcome> | undefined;

  it("stores Kolada's figures as outcomes of source kolada, split only where the indicator is", async () => {
    manualBefore = (await stored()).get("ni:grundskolenamnden-2026-ind-2:2024:manual");
    expect(manualBefore?.value.source).toBe("manual");
    counter.count = 0;
    kolada.requests.length = 0;

    const report = await run();
    // 2 indicators × 5 years; KF 1's 2024 and 2025 are in the demo already, exactly as Kolada has them.
    expect(report).toMatchObject({
      indicators: 2,
      imported: 8,
      updated: 0,
      skipped: 2,
      missing: 1,
      manualKept: 2,
    });
    expect(report.failed).toEqual([]);
    // SharePoint: the indicators, their outcomes, one $batch of 8 writes.
    expect(counter.count).toBe(3);
    // Kolada: 10 entries two a page, following next_page.
    expect(kolada.requests).toHaveLength(5);
    expect(kolada.requests[1]).toMatch(/\?page=2&per_page=2$/);

    const now = await stored();
    expect(now.get("ni:grundskolenamnden-2026-ind-2:2024:kolada")?.value).toMatchObject({
      source: "kolada",
      recordedBy: KOLADA_IMPORT_ACTOR,
      recordedAt: "2026-11-27T22:00:00.000Z",
      measurement: { kind: "value", total: 84.2, women: 86.9, men: 81.7 },
    });
    // Kolada answers K and M for N00097 too; KF 1 is recorded as a total only.
    expect(now.get("kf:kf-1:2023:kolada")?.value.measurement).toEqual({ kind: "value", total: -5.1 });
    // A null value is a missing measurement with its reason, never a zero.
    expect(now.get("ni:grundskolenamnden-2026-ind-2:2021:kolada")?.value.measurement).toEqual({
      kind: "missing",
      reason: "suppressed",
    });
  });

  it("changes nothing when run again, and reads with next_url and relative links as well", async () => {
    const before = await stored();
    counter.count = 0;
    const other = await startLocalKolada({
      perPage: 3,
      nextKey: "next_url",
      relativeLinks: true,
      nullValues: { "N15428:2021": "Sekretess" },
    });
    try {
      const report = await run(other.url);
      expect(report).toMatchObject({ imported: 0, updated: 0, skipped: 10, missing: 1, manualKept: 2 });
      expect(other.requests).toHaveLength(4); // 10 entries, three a page
    } finally {
      await other.close();
    }
    expect(counter.count).toBe(2); // reads only: no write at all
    const after = await stored();
    expect([...after.entries()].map(([id, o]) => [id, o.version])).toEqual(
      [...before.entries()].map(([id, o]) => [id, o.version]),
    );
  });

  it("pages with page/per_page when Kolada gives no next link", async () => {
    const numbered = await startLocalKolada({ nextKey: "none", nullValues: { "N15428:2021": "Sekretess" } });
    try {
      const report = await run(numbered.url, { perPage: 4 });
      expect(report).toMatchObject({ imported: 0, updated: 0, skipped: 10 });
      // 4 + 4 + 2: the short third page ends it.
      expect(numbered.requests.map((r) => new URL(r, "http://x").search)).toEqual([
        "?page=1&per_page=4",
        "?page=2&per_page=4",
        "?page=3&per_page=4",
      ]);
    } finally {
      await numbered.close();
    }
  });

  it("updates an outcome Kolada changed (at its version), retrying Kolada's 500s, and keeps the manual one", async () => {
    const before = await stored();
    kolada.setValue("N00097", 2025, "T", -7.4);
    kolada.failNext(2);
    kolada.requests.length = 0;
    const report = await run();
    expect(report).toMatchObject({ imported: 0, updated: 1, skipped: 9, missing: 1 });
    expect(kolada.requests).toHaveLength(7); // two 500s, then the five pages
    const after = await stored();
    const changed = after.get("kf:kf-1:2025:kolada");
    expect(changed?.value.measurement).toEqual({ kind: "value", total: -7.4 });
    expect(changed?.version).not.toBe(before.get("kf:kf-1:2025:kolada")?.version);
    // The person's own outcome for the same indicator and period is exactly as it was.
    expect(after.get("ni:grundskolenamnden-2026-ind-2:2024:manual")).toEqual(manualBefore);
  });

  it("reports every indicator as failed, writing nothing, when Kolada keeps failing", async () => {
    const before = await stored();
    kolada.failNext(100);
    const report = await importKoladaOutcomes(
      {
        outcomes: store,
        kolada: new KoladaClient({
          baseUrl: kolada.url,
          retry: { maxAttempts: 3, baseMs: 1, capMs: 1, retryAfterCapMs: 1 },
        }),
        clock,
      },
      { municipality: "0126", years },
    );
    kolada.failNext(0);
    expect(report).toMatchObject({ imported: 0, updated: 0, skipped: 0 });
    expect(report.failed.map((f) => [f.kpi, f.reason])).toEqual([
      ["N00097", expect.stringContaining("Kolada svarade 500 efter 3 försök")],
      ["N15428", expect.stringContaining("Kolada svarade 500 efter 3 försök")],
    ]);
    expect([...(await stored()).values()].map((o) => o.version)).toEqual(
      [...before.values()].map((o) => o.version),
    );
  });
});
