import fc from "fast-check";
import type { Notifier, SendAttempt } from "../../../src/domain";
import { nextBackoff, retryAfterMs } from "../../../src/reminders/backoff";
import { activityIdOf, cardKey, planCards } from "../../../src/reminders/cardPlan";
import { classifyStatus } from "../../../src/reminders/connectorNotifier";
import { deliverCard } from "../../../src/reminders/deliverCard";
import { DigestCollector } from "../../../src/reminders/digests";
import { swedishHolidays } from "../../../src/reminders/holidays";
import { AnswerWindow, SendLimiter, TokenBucket } from "../../../src/reminders/rateLimiter";
import { DEFAULT_REMINDER_SETTINGS, settingsFromEnvironment } from "../../../src/reminders/settings";
import { remindersOn } from "../../../src/reminders/whatIsDue";
import { isWorkingTime } from "../../../src/reminders/workingHours";
import { DEFAULT_FOLLOW_UP_CALENDAR, type IndividualGoal } from "../../../src/domain";
import { ANNA, duePageOfGoals, fixture, REKTOR_SJODAL } from "../domain/fixture";

const f = fixture();
const pageWith = duePageOfGoals;
const base = f["individual-goal"].find((g) => g.employeeId === ANNA);
if (base === undefined) throw new Error("fixture lacks Anna's goal");
const agreed: IndividualGoal = {
  ...base,
  id: "g-1",
  agreedByEmployeeAt: "2026-02-10T09:00:00Z",
  agreedByManagerAt: "2026-02-10T09:05:00Z",
  followUpDates: ["2026-05-15"],
};
const on = (goals: IndividualGoal[], date: string) =>
  remindersOn(pageWith(goals), date, DEFAULT_REMINDER_SETTINGS, DEFAULT_FOLLOW_UP_CALENDAR);

describe("what is due for whom on a run date", () => {
  it("reminds the medarbetare 7 days before and on the day, and the chef 14 days overdue", () => {
    expect(on([agreed], "2026-05-08").map((r) => [r.personId, r.stage])).toEqual([[ANNA, "before"]]);
    expect(on([agreed], "2026-05-15").map((r) => [r.personId, r.stage])).toEqual([[ANNA, "on-the-day"]]);
    expect(on([agreed], "2026-05-29").map((r) => [r.personId, r.stage])).toEqual([
      [REKTOR_SJODAL, "escalation"],
    ]);
    expect(on([agreed], "2026-05-07")).toEqual([]);
  });

  it("asks whoever has not agreed a goal to agree it, instead of a follow-up", () => {
    const unagreed = { ...agreed, agreedByManagerAt: undefined };
    const due = on([unagreed], "2026-05-15");
    expect(due.map((r) => [r.personId, r.reason])).toEqual([[REKTOR_SJODAL, "agree-goal"]]);
    expect(on([unagreed], "2026-05-29")).toEqual([]);
  });

  it("catches up a reminder whose day fell on a weekend, for the configured days only", () => {
    // 2026-05-08 is a Friday; on Monday the 11th the 'before' reminder is still open, on the 15th it is superseded.
    expect(on([agreed], "2026-05-11").map((r) => r.stage)).toEqual(["before"]);
    // The escalation (29 May) stays open for 7 days: to 4 June, not the 5th.
    expect(on([agreed], "2026-06-04").map((r) => r.stage)).toEqual(["escalation"]);
    expect(on([agreed], "2026-06-05")).toEqual([]);
  });

  it("gives each person at most one open stage per item, every key unique (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (offset) => {
        const date = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const due = on([agreed, { ...agreed, id: "g-2", followUpDates: ["2026-05-20", "2026-10-01"] }], date);
        return new Set(due.map((r) => r.key)).size === due.length;
      }),
    );
  });

  it("gathers everything due for one person into one digest", () => {
    const collector = new DigestCollector();
    collector.add(on([agreed], "2026-05-08"), new Map());
    collector.add(on([{ ...agreed, id: "g-2", followUpDates: ["2026-05-15"] }], "2026-05-08"), new Map());
    const digests = collector.digests();
    expect(digests).toHaveLength(1);
    expect(digests[0]?.reminders).toHaveLength(2);
  });
});

describe("exactly once: the card plan", () => {
  const digest = { personId: ANNA, reminders: on([agreed], "2026-05-08"), awaitingAgreement: [] };
  const record = (state: "sending" | "sent" | "failed", runDate: string) => ({
    value: {
      key: cardKey(ANNA, runDate),
      recipientId: ANNA,
      runDate,
      itemKeys: digest.reminders.map((r) => r.key),
      activityId: activityIdOf(cardKey(ANNA, runDate)),
      state,
      attempts: 1,
      lastAttemptAt: "2026-05-08T07:00:00Z",
    },
    version: "1|1",
  });

  it("plans a new card with a deterministic activity id", () => {
    const [plan] = planCards([digest], [], "2026-05-08");
    expect(plan?.activityId).toBe(activityIdOf(`${ANNA}:2026-05-08`));
    expect(plan?.interrupted).toBeUndefined();
  });
  it("sends nothing when today's card was sent, and an interrupted card again as it was", () => {
    expect(planCards([digest], [record("sent", "2026-05-08")], "2026-05-08")).toEqual([]);
    const [again] = planCards([digest], [record("sending", "2026-05-08")], "2026-05-08");
    expect(again?.interrupted).toBeDefined();
    expect(again?.activityId).toBe(activityIdOf(`${ANNA}:2026-05-08`));
  });
  it("does not repeat a reminder delivered in an earlier day's card, but retries one that failed", () => {
    expect(planCards([digest], [record("sent", "2026-05-07")], "2026-05-11")).toEqual([]);
    expect(planCards([digest], [record("failed", "2026-05-07")], "2026-05-11")).toHaveLength(1);
  });
});

describe("working hours", () => {
  it("sends on weekdays 08–17 Stockholm time, summer time included, never on holidays", () => {
    expect(isWorkingTime(new Date("2026-04-23T06:00:00Z"), DEFAULT_REMINDER_SETTINGS)).toBe(true); // 08:00
    expect(isWorkingTime(new Date("2026-04-23T05:59:00Z"), DEFAULT_REMINDER_SETTINGS)).toBe(false);
    expect(isWorkingTime(new Date("2026-04-23T15:00:00Z"), DEFAULT_REMINDER_SETTINGS)).toBe(false); // 17:00
    expect(isWorkingTime(new Date("2026-01-15T07:30:00Z"), DEFAULT_REMINDER_SETTINGS)).toBe(true); // 08:30 CET
    expect(isWorkingTime(new Date("2026-04-25T09:00:00Z"), DEFAULT_REMINDER_SETTINGS)).toBe(false); // Saturday
    expect(isWorkingTime(new Date("2026-04-03T09:00:00Z"), DEFAULT_REMINDER_SETTINGS)).toBe(false); // långfredag
  });
  it("knows Swedish public holidays and eves", () => {
    const h = swedishHolidays(2026);
    for (const d of ["2026-04-03", "2026-04-06", "2026-05-14", "2026-06-19", "2026-12-24"])
      expect(h.has(d)).toBe(true);
    expect(h.has("2026-04-23")).toBe(false);
  });
  it("reads its settings from the environment and names a bad one", () => {
    expect(settingsFromEnvironment({ REMINDER_HOURS: "9-16", REMINDER_WORK_DAYS: "1-4" })).toMatchObject({
      fromHour: 9,
      toHour: 16,
      workDays: [1, 2, 3, 4],
    });
    expect(() => settingsFromEnvironment({ REMINDER_DAYS_BEFORE: "many" })).toThrow(/daysBefore/);
  });
});

describe("the send discipline", () => {
  it("never lets more than rate + burst − 1 sends into any second (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 300 }),
        (arrivals) => {
          const bucket = new TokenBucket({ rate: 46, burst: 4 });
          const at = [...arrivals].sort((a, b) => a - b).map((t) => bucket.reserve(t));
          for (let i = 0; i < at.length; i++) {
            const inWindow = at.filter((t) => t >= (at[i] ?? 0) && t < (at[i] ?? 0) + 1000).length;
            if (inWindow > 46 + 4 - 1 + 1) return false;
          }
          return true;
        },
      ),
    );
  });

  it("keeps any second of the connector's stamps within the limit, however the answers bunch (property)", () => {
    // Each send is stamped by the connector somewhere between its send and its answer; the window admits a send
    // only when fewer than the limit are in flight or answered within the last second.
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.nat(30), trip: fc.nat(400), stamp: fc.double({ min: 0, max: 1 }) }), {
          minLength: 1,
          maxLength: 200,
        }),
        (sends) => {
          const window = new AnswerWindow(10);
          const stamps: number[] = [];
          let now = 0;
          const pending: number[] = []; // answer times of sends in flight
          const answerUntil = (t: number) => {
            pending.sort((a, b) => a - b);
            while (pending.length > 0 && (pending[0] ?? 0) <= t) window.answered(pending.shift() ?? 0);
          };
          for (const { gap, trip, stamp } of sends) {
            now += gap;
            answerUntil(now);
            for (let wait = window.admit(now); wait > 0; wait = window.admit(now)) {
              now += wait;
              answerUntil(now);
            }
            pending.push(now + trip);
            stamps.push(Math.floor(now + stamp * trip));
          }
          stamps.sort((a, b) => a - b);
          return stamps.every((t) => stamps.filter((u) => u > t - 1000 && u <= t).length <= 10);
        },
      ),
    );
  });

  it("waits at least Retry-After and retries only 429/412/5xx", () => {
    expect(nextBackoff(0, { baseMs: 100, capMs: 1000 }, () => 0, 2000)).toBe(2000);
    expect(retryAfterMs("3")).toBe(3000);
    expect(classifyStatus(429, "1")).toEqual({ kind: "retry", status: 429, retryAfterMs: 1000 });
    expect(classifyStatus(412).kind).toBe("retry");
    expect(classifyStatus(503).kind).toBe("retry");
    expect(classifyStatus(403).kind).toBe("not-installed");
    expect(classifyStatus(404).kind).toBe("not-installed");
    expect(classifyStatus(400).kind).toBe("failed");
  });

  const delivery = {
    key: "k",
    recipientId: ANNA,
    to: {
      personId: ANNA,
      conversationId: "c",
      serviceUrl: "http://x/",
      tenantId: "t",
      botId: "b",
      userAadObjectId: "u",
      installedAt: "2026-01-01T00:00:00Z",
    },
    activityId: "a",
    card: {},
    summary: "s",
  };
  const scripted = (answers: SendAttempt[]): Notifier & { calls: number } => {
    const n = {
      calls: 0,
      send: () => Promise.resolve(answers[n.calls++] ?? { kind: "sent" as const }),
    };
    return n;
  };
  const options = {
    maxAttempts: 3,
    backoff: { baseMs: 1, capMs: 2 },
    random: () => 0.5,
    sleep: () => Promise.resolve(),
  };
  const limiter = () =>
    new SendLimiter(
      undefined,
      () => 0,
      () => Promise.resolve(),
    );

  it("classifies every outcome and gives up after N tries", async () => {
    const throttled = scripted([
      { kind: "retry", status: 429 },
      { kind: "retry", status: 429 },
      { kind: "retry", status: 429 },
    ]);
    expect(await deliverCard(delivery, "c", throttled, limiter(), options)).toMatchObject({
      outcome: "throttled",
      attempts: 3,
      throttledTries: 3,
    });
    const flaky = scripted([{ kind: "retry", status: 503 }]);
    expect(await deliverCard(delivery, "c", flaky, limiter(), options)).toMatchObject({
      outcome: "sent",
      attempts: 2,
    });
    const gone = scripted([{ kind: "not-installed", status: 403 }]);
    expect(await deliverCard(delivery, "c", gone, limiter(), options)).toMatchObject({
      outcome: "recipient-not-found",
      attempts: 1,
    });
    const broken = scripted([
      { kind: "retry", status: 502 },
      { kind: "retry", status: 502 },
      { kind: "retry", status: 502 },
    ]);
    expect(await deliverCard(delivery, "c", broken, limiter(), options)).toMatchObject({
      outcome: "failed",
      lastStatus: 502,
    });
  });
});
