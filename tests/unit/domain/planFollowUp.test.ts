import {
  DEFAULT_FOLLOW_UP_CALENDAR,
  answeringUnitOf,
  calendarPeriodOf,
  latestDuePeriod,
  missingFollowUps,
  orgLookupOf,
  reopenRefusal,
  rollUpFocusAreas,
  rollUpPlan,
  unitFollowUpItems,
  type FollowableRef,
  type FollowUp,
  type FollowUpStatus,
  type OrgUnit,
  type PlanYear,
} from "../../../src/domain";
import { huddinge, planners, chefs } from "../../../src/demo/huddinge";

const plans: PlanYear = {
  year: 2026,
  focusAreas: huddinge["focus-area"],
  kfIndicators: huddinge["kf-indicator"],
  boardPlans: huddinge["board-plan"],
  boardIndicators: huddinge["board-indicator"],
  milestones: huddinge.milestone,
  assignments: huddinge.assignment,
  workPlans: huddinge["work-plan"],
  activities: huddinge.activity,
};
const unit = (id: string): OrgUnit => {
  const found = huddinge["org-unit"].find((u) => u.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const period = "2026-tertial1";
let n = 0;
const fu = (target: FollowableRef, status: FollowUpStatus, at = "2026-05-08T10:00:00Z"): FollowUp => ({
  id: `fu-${++n}`,
  target,
  period,
  status,
  authorId: "karin.lindqvist@malkedjan.local",
  recordedAt: at,
});
const activity = (id: string): FollowableRef => ({ kind: "activity", id });
const sjodal = (i: number) => activity(`sjodalsskolan-2026-akt-${i}`);
const sjodalPlan = { kind: "work-plan", id: "sjodalsskolan-2026" } as const;

describe("what each unit follows up for a period", () => {
  it("gives the nämnd its plan, indicators and etappmål, and the uppdrag to the förvaltning that receives them", () => {
    const board = unitFollowUpItems(unit("grundskolenamnden"), plans);
    expect(board[0]).toEqual({ kind: "board-plan", id: "grundskolenamnden-2026" });
    expect(board).toHaveLength(1 + 7 + 12);
    expect(board.some((r) => r.kind === "assignment")).toBe(false);
    const admin = unitFollowUpItems(unit("utbildningsforvaltningen"), plans);
    expect(admin.map((r) => r.kind)).toEqual([
      "work-plan",
      ...Array<string>(8).fill("activity"),
      "assignment",
      "assignment",
    ]);
    expect(unitFollowUpItems(unit("sjodalsskolan"), plans)).toHaveLength(1 + 6);
    expect(unitFollowUpItems(unit("kommunstyrelsen"), plans)).toEqual([]);
  });

  it("names the unit that answers for an item, and none for an item of another year's plans", () => {
    expect(answeringUnitOf({ kind: "assignment", id: "grundskolenamnden-2026-uppdrag-1" }, plans)).toBe(
      "utbildningsforvaltningen",
    );
    expect(answeringUnitOf({ kind: "milestone", id: huddinge.milestone[0]?.id ?? "" }, plans)).toBe(
      "grundskolenamnden",
    );
    expect(answeringUnitOf(sjodal(2), plans)).toBe("sjodalsskolan");
    expect(answeringUnitOf(sjodal(2), { ...plans, year: 2027 })).toBeUndefined();
    expect(answeringUnitOf(activity("finns-inte"), plans)).toBeUndefined();
  });
});

describe("roll-up of a period to the plan", () => {
  it("takes the worst status among the items and counts each status, an item without follow-up as missing", () => {
    const followUps = [
      fu(sjodal(1), "on-track"),
      fu(sjodal(2), "on-track"),
      fu(sjodal(3), "done"),
      fu(sjodal(4), "at-risk"),
    ];
    const rollup = rollUpPlan(sjodalPlan, plans, followUps, period);
    expect(rollup.status).toBe("at-risk");
    expect(rollup.counts).toEqual({
      "not-started": 0,
      "on-track": 2,
      "at-risk": 1,
      "off-track": 0,
      done: 1,
      missing: 2,
    });
    expect([rollup.followedUp, rollup.total]).toEqual([4, 6]);
  });

  it("is done only when every item is done: a missing follow-up keeps it on-track, one off-track wins", () => {
    const allDone = [1, 2, 3, 4, 5, 6].map((i) => fu(sjodal(i), "done"));
    expect(rollUpPlan(sjodalPlan, plans, allDone, period).status).toBe("done");
    expect(rollUpPlan(sjodalPlan, plans, allDone.slice(1), period).status).toBe("on-track");
    const oneOff = [...allDone.slice(1), fu(sjodal(1), "off-track")];
    expect(rollUpPlan(sjodalPlan, plans, oneOff, period).status).toBe("off-track");
    expect(rollUpPlan(sjodalPlan, plans, [], period)).toMatchObject({ status: "not-started", followedUp: 0 });
  });

  it("reads only the period asked for and the latest follow-up of each item, never the plan's own", () => {
    const followUps = [
      fu(sjodal(1), "off-track", "2026-05-01T10:00:00Z"),
      fu(sjodal(1), "on-track", "2026-05-09T10:00:00Z"),
      { ...fu(sjodal(2), "off-track"), period: "2026-delar" },
      fu(sjodalPlan, "off-track"),
    ];
    const rollup = rollUpPlan(sjodalPlan, plans, followUps, period);
    expect(rollup.status).toBe("on-track");
    expect([rollup.followedUp, rollup.counts["off-track"]]).toEqual([1, 0]);
  });

  it("rolls a verksamhetsplan up from its indicators, etappmål and uppdrag", () => {
    const boardPlan = { kind: "board-plan", id: "grundskolenamnden-2026" } as const;
    const followUps = [fu({ kind: "assignment", id: "grundskolenamnden-2026-uppdrag-2" }, "off-track")];
    expect(rollUpPlan(boardPlan, plans, followUps, period)).toMatchObject({
      status: "off-track",
      followedUp: 1,
      total: 7 + 12 + 2,
    });
  });
});

describe("roll-up of a period to the målområden", () => {
  it("follows an activity up the chain to its målområde; basuppdrag reach none", () => {
    const items = unitFollowUpItems(unit("sjodalsskolan"), plans);
    // akt-4 (trygghetsvandring) serves the avdelning → förvaltning → etappmål 5 → KF 5: social.
    const followUps = [fu(sjodal(4), "off-track"), fu(sjodal(6), "off-track")];
    const areas = rollUpFocusAreas(items, plans, followUps, period);
    const social = areas.find((a) => a.focusAreaId === "social-hallbarhet");
    expect(social).toMatchObject({ status: "off-track", followedUp: 1 });
    // The basuppdrag activity (akt-6) and the arbetsplan itself are in no målområde.
    const counted = areas.reduce((sum, a) => sum + a.total, 0);
    expect(counted).toBeLessThanOrEqual(items.length - 2);
    for (const area of areas.filter((a) => a.focusAreaId !== "social-hallbarhet")) {
      expect(area.counts["off-track"]).toBe(0);
    }
  });
});

describe("klarmarkering and its period", () => {
  it("lists the unit's items still without a follow-up for the period", () => {
    const sjodalsskolan = unit("sjodalsskolan");
    const followUps = [fu(sjodalPlan, "on-track"), ...[1, 2, 3].map((i) => fu(sjodal(i), "on-track"))];
    expect(missingFollowUps(sjodalsskolan, plans, followUps, period)).toEqual([
      sjodal(4),
      sjodal(5),
      sjodal(6),
    ]);
    const all = [...followUps, ...[4, 5, 6].map((i) => fu(sjodal(i), "done"))];
    expect(missingFollowUps(sjodalsskolan, plans, all, period)).toEqual([]);
  });

  it("knows the calendar's periods and the latest one due on a day", () => {
    expect(calendarPeriodOf(DEFAULT_FOLLOW_UP_CALENDAR, "2026-tertial1")?.dueDate).toBe("2026-04-30");
    expect(calendarPeriodOf(DEFAULT_FOLLOW_UP_CALENDAR, "2026-tertial2")).toBeUndefined();
    expect(calendarPeriodOf(DEFAULT_FOLLOW_UP_CALENDAR, "2026-05-01")).toBeUndefined();
    expect(latestDuePeriod(DEFAULT_FOLLOW_UP_CALENDAR, "2026-05-08").id).toBe("2026-tertial1");
    expect(latestDuePeriod(DEFAULT_FOLLOW_UP_CALENDAR, "2026-11-27").id).toBe("2026-delar");
    expect(latestDuePeriod(DEFAULT_FOLLOW_UP_CALENDAR, "2026-04-29").id).toBe("2025-helar");
  });

  it("lets only the level above reopen a klarmarkering (a nämnd's own planners for the nämnd)", () => {
    const org = orgLookupOf(huddinge["org-unit"], huddinge.person);
    expect(reopenRefusal(chefs.rektorSjodal, "sjodalsskolan", org)).toEqual(expect.any(String));
    expect(reopenRefusal(chefs.avdelningschef, "sjodalsskolan", org)).toBeUndefined();
    expect(reopenRefusal(planners.forvaltning, "sjodalsskolan", org)).toBeUndefined();
    expect(reopenRefusal(planners.forvaltning, "utbildningsforvaltningen", org)).toEqual(expect.any(String));
    expect(reopenRefusal(planners.namnd, "utbildningsforvaltningen", org)).toBeUndefined();
    expect(reopenRefusal(planners.namnd, "grundskolenamnden", org)).toBeUndefined();
    expect(reopenRefusal(planners.kommun, "grundskolenamnden", org)).toEqual(expect.any(String));
  });
});
