import type {
  ConversationReference,
  DuePage,
  IndividualGoal,
  ReminderLedger,
  ReminderRecord,
} from "../../../src/domain";
import { DEFAULT_FOLLOW_UP_CALENDAR } from "../../../src/domain";
import { SendLimiter } from "../../../src/reminders/rateLimiter";
import { runReminders } from "../../../src/reminders/run";
import { DEFAULT_REMINDER_SETTINGS } from "../../../src/reminders/settings";
import { ANNA, duePageOfGoals, fixture } from "../domain/fixture";

/** The run over ports kept in memory: every claim, send and outcome in the order they happened. */
const f = fixture();
const base = f["individual-goal"].find((g) => g.employeeId === ANNA);
if (base === undefined) throw new Error("fixture lacks Anna's goal");
const people = Array.from({ length: 23 }, (_, i) => `person-${String(i).padStart(2, "0")}`);
const goals: IndividualGoal[] = people.map((employeeId, i) => ({
  ...base,
  id: `g-${i}`,
  employeeId,
  agreedByEmployeeAt: "2026-02-10T09:00:00Z",
  agreedByManagerAt: "2026-02-10T09:05:00Z",
  followUpDates: ["2026-05-15"],
}));
const page: DuePage = duePageOfGoals(goals);
const referenceOf = (personId: string): ConversationReference => ({
  personId,
  conversationId: `c-${personId}`,
  serviceUrl: "http://connector/",
  tenantId: "t",
  botId: "b",
  userAadObjectId: "u",
  installedAt: "2026-01-01T00:00:00Z",
});
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

type Event =
  | { kind: "claim-start" | "claim-done"; keys: string[] }
  | { kind: "send"; key: string }
  | { kind: "settle-start"; keys: string[] };

function inMemory(options: { failSettle?: boolean } = {}) {
  const events: Event[] = [];
  const rows = new Map<string, ReminderRecord>();
  const ledger: ReminderLedger = {
    recordsOf: () => Promise.resolve([]),
    claim: async (entries) => {
      const keys = entries.map((e) => e.key);
      events.push({ kind: "claim-start", keys });
      for (let i = 0; i < 3; i++) await tick(); // a round trip
      for (const e of entries) rows.set(e.key, e);
      events.push({ kind: "claim-done", keys });
      return entries.map((value) => ({ value, version: `${value.key}|1` }));
    },
    settle: async (entries) => {
      events.push({ kind: "settle-start", keys: entries.map((e) => e.value.key) });
      for (let i = 0; i < 5; i++) await tick(); // slower than a send: the senders must not wait for it
      if (options.failSettle === true) throw new Error("the ledger is down");
      for (const e of entries) rows.set(e.value.key, e.value);
      return entries.map((e) => ({ value: e.value, version: `${e.value.key}|2` }));
    },
  };
  const run = () =>
    runReminders(
      {
        loadPages: async function* () {
          yield await Promise.resolve(page);
        },
        ledger,
        lease: {
          take: () => Promise.resolve(true),
          renew: () => Promise.resolve(true),
          release: () => Promise.resolve(),
        },
        conversations: {
          remember: () => Promise.resolve(),
          find: (ids) => Promise.resolve(ids.map(referenceOf)),
          forget: () => Promise.resolve(),
        },
        notifier: {
          send: async (delivery) => {
            events.push({ kind: "send", key: delivery.key });
            await tick();
            return { kind: "sent" };
          },
        },
        cardFor: () => ({ card: {}, summary: "s" }),
        now: () => new Date("2026-05-08T08:30:00Z"),
      },
      {
        settings: DEFAULT_REMINDER_SETTINGS,
        calendar: DEFAULT_FOLLOW_UP_CALENDAR,
        instance: "unit",
        leaseMs: 60_000,
        runDate: "2026-05-08",
        ignoreWorkingHours: true,
        limiter: new SendLimiter(undefined, Date.now, () => Promise.resolve()),
        chunkSize: 5,
        concurrency: 3,
      },
    );
  return { events, rows, run };
}

describe("the reminder run's pipeline (claims ahead, outcomes behind)", () => {
  it("claims each card before its send, writes its outcome after, and claims the next chunk while sending", async () => {
    const { events, rows, run } = inMemory();
    const report = await run();
    expect(report).toMatchObject({ status: "done", cards: { sent: people.length } });
    const at = (kind: Event["kind"], key: string) =>
      events.findIndex((e) => e.kind === kind && ("key" in e ? e.key === key : e.keys.includes(key)));
    for (const [key, row] of rows) {
      expect(row.state).toBe("sent");
      expect(at("claim-done", key)).toBeLessThan(at("send", key));
      expect(at("send", key)).toBeLessThan(at("settle-start", key));
    }
    expect(events.filter((e) => e.kind === "send")).toHaveLength(people.length);
    // Pipelining: the second chunk's claim went out before the first chunk's last send.
    const claims = events.flatMap((e, i) => (e.kind === "claim-start" ? [i] : []));
    const first = events.find((e) => e.kind === "claim-start");
    const firstChunk = first !== undefined && "keys" in first ? first.keys : [];
    const lastSendOfFirst = Math.max(...firstChunk.map((k) => at("send", k)));
    expect(claims[1]).toBeLessThan(lastSendOfFirst);
    // Outcomes gathered while a write was on its way go together: fewer writes than cards.
    expect(events.filter((e) => e.kind === "settle-start").length).toBeLessThan(people.length);
  });

  it("stops sending when the ledger cannot take an outcome, and fails the run", async () => {
    const { events, run } = inMemory({ failSettle: true });
    await expect(run()).rejects.toThrow("the ledger is down");
    // What was claimed but not sent stays `sending` for the next run; far from every card went out.
    expect(events.filter((e) => e.kind === "send").length).toBeLessThan(people.length);
  });
});
