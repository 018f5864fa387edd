import {
  DEFAULT_FOLLOW_UP_CALENDAR,
  dueBetween,
  nextDueDate,
  type DateRange,
  type DueItem,
  type DuePage,
  type FollowUp,
} from "../../../src/domain";
import { generateMunicipality, huddinge, smallSize, type SteeringData } from "../../../src/demo";

const key = (i: DueItem): string => `${i.target.kind}:${i.target.id}@${i.period}`;

const pageOf = (d: SteeringData): DuePage => ({
  units: d["org-unit"],
  planners: d.person.filter((p) => p.roles.some((r) => r.kind === "planner")),
  boardPlans: [],
  boardIndicators: [],
  milestones: [],
  assignments: [],
  workPlans: [],
  activities: [],
  individualGoals: d["individual-goal"],
  followUps: d["follow-up"],
});

/** The due reader's narrowing: only goals whose next due date is on or before the range's end. */
const narrowed = (page: DuePage, range: DateRange): DuePage => {
  const byGoal = new Map<string, FollowUp[]>();
  for (const f of page.followUps) byGoal.set(f.target.id, [...(byGoal.get(f.target.id) ?? []), f]);
  const individualGoals = page.individualGoals.filter((g) => {
    const next = nextDueDate(g, byGoal.get(g.id) ?? []);
    return next !== undefined && next <= range.to;
  });
  const ids = new Set(individualGoals.map((g) => g.id));
  return { ...page, individualGoals, followUps: page.followUps.filter((f) => ids.has(f.target.id)) };
};

const goal = { id: "g", followUpDates: ["2026-09-01", "2026-03-01", "2026-06-01"] };
const answering = (answers: string, id = "g") => ({
  target: { kind: "individual-goal" as const, id },
  period: "2026-01-10",
  answers,
});

describe("a goal's next due date", () => {
  it("is its earliest date no follow-up of it answers yet", () => {
    expect(nextDueDate(goal, [])).toBe("2026-03-01");
    expect(nextDueDate(goal, [answering("2026-03-01")])).toBe("2026-06-01");
    // Answering a later date first leaves the earlier one due (overdue stays the next due date).
    expect(nextDueDate(goal, [answering("2026-06-01")])).toBe("2026-03-01");
    // Another goal's follow-up answers nothing here.
    expect(nextDueDate(goal, [answering("2026-03-01", "other")])).toBe("2026-03-01");
  });

  it("is none once every date is answered, when the goal has none, or when it is withdrawn", () => {
    const all = goal.followUpDates.map((d) => answering(d));
    expect(nextDueDate(goal, all)).toBeUndefined();
    expect(nextDueDate({ id: "g", followUpDates: [] }, [])).toBeUndefined();
    expect(nextDueDate({ ...goal, withdrawnAt: "2026-02-01T08:00:00Z" }, [])).toBeUndefined();
  });

  it.each([
    ["the demo", huddinge],
    ["a generated municipality", generateMunicipality(3, smallSize)],
  ])("narrows the read without changing what is due: %s", (_name, data) => {
    const page = pageOf(data);
    const dates = [...new Set(data["individual-goal"].flatMap((g) => g.followUpDates))].sort();
    expect(dates.length).toBeGreaterThan(2);
    let compared = 0;
    for (const from of dates) {
      for (const days of [0, 7, 30]) {
        const to = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
        const range = { from, to };
        const full = dueBetween(page, range, DEFAULT_FOLLOW_UP_CALENDAR).map(key).sort();
        const few = dueBetween(narrowed(page, range), range, DEFAULT_FOLLOW_UP_CALENDAR).map(key).sort();
        expect(few).toEqual(full);
        compared += full.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
