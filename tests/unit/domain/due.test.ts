import fc from "fast-check";
import {
  DEFAULT_FOLLOW_UP_CALENDAR,
  dueBetween,
  isOverdue,
  reminderKey,
  type DueItem,
  type DuePage,
  type FollowUp,
  type IndividualGoal,
} from "../../../src/domain";
import { ANNA, fixture, FORVALTNINGSCHEF, PLANNER, REKTOR_KVARN, REKTOR_SJODAL } from "./fixture";

const pageOf = (f = fixture()): DuePage => ({
  units: f["org-unit"],
  planners: f.person.filter((p) => p.roles.some((r) => r.kind === "planner")),
  boardPlans: f["board-plan"],
  boardIndicators: f["board-indicator"],
  milestones: f.milestone,
  assignments: f.assignment,
  workPlans: f["work-plan"],
  activities: f.activity,
  individualGoals: f["individual-goal"],
  followUps: f["follow-up"],
});

const key = (i: DueItem): string => `${i.target.kind}:${i.target.id}@${i.period}`;
const find = (items: DueItem[], kind: string, id: string): DueItem | undefined =>
  items.find((i) => i.target.kind === kind && i.target.id === id);

describe("what falls due for whom", () => {
  const spring = dueBetween(pageOf(), { from: "2026-04-01", to: "2026-06-30" }, DEFAULT_FOLLOW_UP_CALENDAR);

  it("asks the medarbetare and their chef on an individual goal's follow-up date", () => {
    expect(find(spring, "individual-goal", "ind-2")).toEqual({
      target: { kind: "individual-goal", id: "ind-2" },
      title: "Måltidsråd",
      period: "2026-06-01",
      dueDate: "2026-06-01",
      unitId: "sjodal",
      recipients: [
        { personId: ANNA, role: "employee" },
        { personId: REKTOR_SJODAL, role: "chef" },
      ],
    });
  });

  it("does not ask again for a period already followed up", () => {
    expect(find(spring, "individual-goal", "ind-1")).toBeUndefined();
    expect(find(spring, "work-plan", "sjodal-2026")).toBeUndefined();
    const withoutRecords = dueBetween(
      { ...pageOf(), followUps: [] },
      { from: "2026-04-01", to: "2026-06-30" },
      DEFAULT_FOLLOW_UP_CALENDAR,
    );
    expect(find(withoutRecords, "individual-goal", "ind-1")?.period).toBe("2026-05-15");
    expect(find(withoutRecords, "work-plan", "sjodal-2026")?.period).toBe("2026-tertial1");
  });

  it("asks the owner unit's chef for arbetsplaner and activities per calendar period", () => {
    expect(find(spring, "work-plan", "kvarn-2026")?.recipients).toEqual([
      { personId: REKTOR_KVARN, role: "chef" },
    ]);
    expect(find(spring, "activity", "uf-akt-1")).toMatchObject({
      period: "2026-tertial1",
      dueDate: "2026-04-30",
      recipients: [{ personId: FORVALTNINGSCHEF, role: "chef" }],
    });
  });

  it("asks the nämnd's planners for nämndindikatorer and etappmål, the förvaltning's chef for uppdrag", () => {
    expect(find(spring, "board-indicator", "gsn-2026-ni-2")?.recipients).toEqual([
      { personId: PLANNER, role: "planner" },
    ]);
    expect(find(spring, "milestone", "em-1")?.recipients).toEqual([{ personId: PLANNER, role: "planner" }]);
    expect(find(spring, "assignment", "upd-1")?.recipients).toEqual([
      { personId: FORVALTNINGSCHEF, role: "chef" },
    ]);
  });

  it("asks for last year's plans only in last year's periods", () => {
    expect(find(spring, "work-plan", "uf-2025")).toBeUndefined();
    const winter = dueBetween(pageOf(), { from: "2025-12-01", to: "2025-12-31" }, DEFAULT_FOLLOW_UP_CALENDAR);
    expect(find(winter, "work-plan", "uf-2025")?.period).toBe("2025-helar");
  });

  it("keeps an item whose chef post is vacant, with nobody to ask", () => {
    const f = fixture();
    f["org-unit"] = f["org-unit"].map((u) => (u.id === "kvarn" ? { ...u, chefId: undefined } : u));
    const items = dueBetween(pageOf(f), { from: "2026-04-30", to: "2026-04-30" }, DEFAULT_FOLLOW_UP_CALENDAR);
    expect(find(items, "work-plan", "kvarn-2026")?.recipients).toEqual([]);
  });

  it("gives each reminder a stable idempotency key and knows when it is overdue", () => {
    const item = find(spring, "individual-goal", "ind-2");
    expect(item && reminderKey(item, { personId: ANNA, role: "employee" })).toBe(
      `individual-goal:ind-2:2026-06-01:${ANNA}`,
    );
    expect(item && isOverdue(item, "2026-06-02")).toBe(true);
    expect(item && isOverdue(item, "2026-06-01")).toBe(false);
  });
});

describe("due dates (properties)", () => {
  const DAY = 86_400_000;
  const origin = Date.UTC(2025, 0, 1);
  const dateOf = (day: number): string => new Date(origin + day * DAY).toISOString().slice(0, 10);
  const day = fc.integer({ min: 0, max: 3 * 365 });

  const goal = (i: number, dates: number[]): IndividualGoal => ({
    id: `ind-p${i}`,
    employeeId: ANNA,
    managerId: REKTOR_SJODAL,
    unitId: "sjodal",
    year: 2026,
    title: `Mål ${i}`,
    activityIds: ["sjodal-akt-1"],
    followUpDates: [...new Set(dates.map(dateOf))],
  });
  const page = fc
    .tuple(
      fc.array(fc.array(day, { maxLength: 5 }), { maxLength: 6 }),
      fc.array(fc.tuple(fc.nat(), day), { maxLength: 8 }),
    )
    .map(([goalDates, recordedPicks]): DuePage => {
      const goals = goalDates.map((dates, i) => goal(i, dates));
      const recorded: FollowUp[] = recordedPicks.flatMap(([which, d], n) => {
        const g = goals.length === 0 ? undefined : goals[which % goals.length];
        return g === undefined
          ? []
          : [
              {
                id: `fu-p${n}`,
                target: { kind: "individual-goal", id: g.id },
                period: g.followUpDates[0] ?? dateOf(d),
                status: "on-track",
                authorId: ANNA,
                recordedAt: "2026-01-01T00:00:00Z",
              },
            ];
      });
      const base = pageOf();
      return { ...base, individualGoals: goals, followUps: [...base.followUps, ...recorded] };
    });
  const range = fc
    .tuple(day, day)
    .map(([a, b]) => ({ from: dateOf(Math.min(a, b)), to: dateOf(Math.max(a, b)) }));

  it("lists nothing outside the range", () => {
    fc.assert(
      fc.property(page, range, (p, r) => {
        for (const item of dueBetween(p, r, DEFAULT_FOLLOW_UP_CALENDAR)) {
          expect(item.dueDate >= r.from && item.dueDate <= r.to).toBe(true);
        }
      }),
    );
  });

  it("lists nothing twice and nothing already recorded", () => {
    fc.assert(
      fc.property(page, range, (p, r) => {
        const keys = dueBetween(p, r, DEFAULT_FOLLOW_UP_CALENDAR).map(key);
        expect(new Set(keys).size).toBe(keys.length);
        const recorded = new Set(p.followUps.map((f) => `${f.target.kind}:${f.target.id}@${f.period}`));
        expect(keys.filter((k) => recorded.has(k))).toEqual([]);
      }),
    );
  });

  it("gives the same union when the range is split at any day", () => {
    fc.assert(
      fc.property(page, day, day, day, (p, a, b, c) => {
        const [lo, mid, hi] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const whole = dueBetween(p, { from: dateOf(lo), to: dateOf(hi) }, DEFAULT_FOLLOW_UP_CALENDAR).map(
          key,
        );
        const left = dueBetween(p, { from: dateOf(lo), to: dateOf(mid) }, DEFAULT_FOLLOW_UP_CALENDAR).map(
          key,
        );
        const right = dueBetween(
          p,
          { from: dateOf(mid + 1), to: dateOf(hi) },
          DEFAULT_FOLLOW_UP_CALENDAR,
        ).map(key);
        expect([...left, ...right].sort()).toEqual([...whole].sort());
      }),
    );
  });
});
