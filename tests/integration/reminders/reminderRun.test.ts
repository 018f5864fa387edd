import { startLocalConnector, type LocalConnector } from "../../../scripts/harness/localConnector";
import { startDemoSite } from "../sharepoint/support/demoSite";
import type { TestSite } from "../sharepoint/support/localSite";
import {
  clearLedger,
  conversationOf,
  expectedDigests,
  installForEveryone,
  ledgerOf,
  runToEnd,
  startRun,
} from "./support";

const expected = expectedDigests();
const people = expected.map((d) => d.personId);
const expectedKeys = expected.flatMap((d) => d.reminders.map((r) => r.key)).sort();

/** Every due reminder delivered exactly once: one card per person, and the ledger agrees with the connector. */
async function expectExactlyOnce(site: TestSite, connector: LocalConnector): Promise<void> {
  const byConversation = new Map<string, number>();
  for (const m of connector.captured)
    byConversation.set(m.conversationId, (byConversation.get(m.conversationId) ?? 0) + 1);
  expect([...byConversation.keys()].sort()).toEqual(people.map(conversationOf).sort());
  expect([...byConversation.values()].every((n) => n === 1)).toBe(true);
  const records = await ledgerOf(site, people);
  expect(records.map((r) => r.value.state)).toEqual(people.map(() => "sent"));
  expect(records.flatMap((r) => r.value.itemKeys).sort()).toEqual(expectedKeys);
  expect(records.map((r) => r.value.activityId).sort()).toEqual(
    connector.captured.map((m) => m.activityId).sort(),
  );
}

describe("the reminder run over real HTTP (local site, local connector, a child process per run)", () => {
  let site: TestSite;
  let connector: LocalConnector;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());
  afterEach(() => connector.close());

  async function freshConnector(options: Parameters<typeof startLocalConnector>[0] = {}): Promise<void> {
    connector = await startLocalConnector(options);
    await clearLedger(site);
    await installForEveryone(site, connector);
  }

  it("delivers one card per person with everything due for them, and a second run sends nothing", async () => {
    await freshConnector();
    const first = await runToEnd(site);
    expect(first).toMatchObject({ status: "done", people: people.length, reminders: expectedKeys.length });
    await expectExactlyOnce(site, connector);
    const anders = connector.captured.find((m) => m.conversationId === conversationOf(people[0] ?? ""));
    expect(JSON.stringify(anders?.activity)).toContain("application/vnd.microsoft.card.adaptive");
    // Goal reminders name the chain the goal serves, climbed through plans read in other pages of the run.
    const chains = connector.captured.filter((m) => JSON.stringify(m.activity).includes("Bidrar till: "));
    expect(chains.length).toBeGreaterThan(0);
    expect(JSON.stringify(chains[0]?.activity)).toMatch(
      /Bidrar till: (Social|Ekologisk|Ekonomisk) hållbarhet[^"→]* → /,
    );

    const second = await runToEnd(site);
    expect(second).toMatchObject({ status: "done", cards: { sent: 0, resent: 0 } });
    await expectExactlyOnce(site, connector);
  }, 60_000);

  it("delivers every reminder exactly once when runs are killed (SIGKILL) at random points and re-run", async () => {
    await freshConnector();
    const env = { REMINDER_INSTANCE: "crashing-instance", REMINDER_APP_RATE: "8" };
    let kills = 0;
    // A run that ends before its kill (machine load changes how long a run takes) narrows the window, so kills
    // keep landing inside a run's life: until 22 runs died by SIGKILL, each kill at a random point of it.
    let window = 2900;
    for (let i = 0; i < 120 && kills < 22; i++) {
      const started = Date.now();
      const { child, done } = startRun(site, env);
      const delay = 300 + Math.random() * (window - 300);
      const timer = setTimeout(() => child.kill("SIGKILL"), delay);
      const result = await done;
      clearTimeout(timer);
      if (result.signal === "SIGKILL") kills++;
      else window = Math.max(400, 0.9 * (Date.now() - started));
    }
    const last = await runToEnd(site, env);
    expect(last).toMatchObject({ status: "done" });
    expect(kills).toBeGreaterThanOrEqual(20);
    await expectExactlyOnce(site, connector);
    console.log(
      `crash test: ${kills} kills, ${connector.stats.duplicates} resends of an interrupted card recognised by id`,
    );
  }, 300_000);

  it("still delivers every card once when the connector answers 429 with Retry-After on a third of sends", async () => {
    await freshConnector({ throttleFraction: 0.35, retryAfterSeconds: 0.2 });
    const report = await runToEnd(site);
    expect(report).toMatchObject({ status: "done", cards: { sent: people.length, throttled: 0, failed: 0 } });
    expect(connector.stats.injectedThrottles).toBeGreaterThan(0);
    expect(connector.stats.limitRejections).toBe(0);
    expect(connector.stats.duplicates).toBe(0);
    const peak = connector.peakPerSecond();
    expect(peak.app).toBeLessThanOrEqual(50);
    expect(peak.conversation).toBeLessThanOrEqual(7);
    await expectExactlyOnce(site, connector);
  }, 60_000);

  it("sends every reminder exactly once when two instances start a run at the same moment", async () => {
    await freshConnector();
    const a = startRun(site, { REMINDER_INSTANCE: "instance-a" });
    const b = startRun(site, { REMINDER_INSTANCE: "instance-b" });
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    const statuses = [ra, rb].map((r) => (JSON.parse(r.stdout.trim()) as { status: string }).status).sort();
    expect(statuses).toContain("done");
    expect(connector.stats.duplicates).toBe(0);
    await expectExactlyOnce(site, connector);
  }, 60_000);
});
