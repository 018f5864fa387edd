import type { IndicatorOutcome, IndicatorView } from "../../../../src/domain";
import {
  draftOf,
  draftProblems,
  emptyOutcomeDraft,
  mayRecordOutcomes,
  measurementOf,
  nextPeriod,
  outcomeRows,
} from "../../../../src/tab/views/indicator/outcomeEntry";

const boardIndicator = {
  id: "gsn-ind-3",
  boardPlanId: "gsn-2026",
  kfIndicatorId: "kf-3",
  number: 3,
  name: "Förtroendefull relation",
  measureUnit: "%",
  direction: "increase",
  genderSplit: true,
} as const;

const outcome = (period: string, source: "manual" | "kolada"): IndicatorOutcome => ({
  id: `ni:gsn-ind-3:${period}:${source}`,
  indicator: { kind: "board-indicator", id: "gsn-ind-3" },
  period,
  measurement: { kind: "value", total: 79, women: 80, men: 78 },
  source,
  recordedAt: "2026-01-10T10:00:00.000Z",
});

const view = (over: Partial<Extract<IndicatorView, { kind: "board-indicator" }>> = {}): IndicatorView => ({
  kind: "board-indicator",
  indicator: boardIndicator,
  milestones: [],
  boardUnitId: "grundskolenamnden",
  outcomes: [outcome("2024", "manual"), outcome("2025", "manual"), outcome("2025", "kolada")],
  outcomeVersions: { "ni:gsn-ind-3:2025:manual": '7|"3"' },
  ...over,
});

const johan = { chefOf: [], plannerFor: ["grundskolenamnden"], municipalPlanner: false };
const maria = { chefOf: [], plannerFor: [], municipalPlanner: false };
const lena = { chefOf: [], plannerFor: ["kommunstyrelsen"], municipalPlanner: true };

describe("the indicator view's outcome form", () => {
  it("is offered to the nämnd's planners for a nämnd indicator and to municipal planners for a KF one", () => {
    expect(mayRecordOutcomes(johan, view())).toBe(true);
    expect(mayRecordOutcomes(maria, view())).toBe(false);
    expect(mayRecordOutcomes(lena, view())).toBe(false);
    const { boardUnitId: _unknown, ...withoutOwner } = view() as Extract<
      IndicatorView,
      { kind: "board-indicator" }
    >;
    expect(mayRecordOutcomes(johan, withoutOwner)).toBe(false);
    const kf: IndicatorView = {
      kind: "kf-indicator",
      indicator: {
        id: "kf-3",
        focusAreaId: "social-hallbarhet",
        number: 3,
        name: "Gott bemötande",
        measureUnit: "%",
        direction: "increase",
      },
      outcomes: [],
    };
    expect(mayRecordOutcomes(lena, kf)).toBe(true);
    expect(mayRecordOutcomes(johan, kf)).toBe(false);
  });

  it("never turns an empty total into a zero: it is asked for", () => {
    const draft = { ...emptyOutcomeDraft("2026") };
    expect(draftProblems(draft, true)).toEqual({ total: "required" });
    expect(measurementOf(draft, true)).toBeUndefined();
  });

  it("reads typed figures with a decimal comma, kvinnor and män only where the indicator is split", () => {
    const draft = { ...emptyOutcomeDraft("2026"), total: "81", women: "82,5", men: "79.5" };
    expect(measurementOf(draft, true)).toEqual({ kind: "value", total: 81, women: 82.5, men: 79.5 });
    expect(measurementOf(draft, false)).toEqual({ kind: "value", total: 81 });
    expect(draftProblems({ ...draft, men: "många" }, true)).toEqual({ men: "number" });
  });

  it("records a missing value as its reason, and refuses a period that is no year", () => {
    const draft = { ...emptyOutcomeDraft("2026"), kind: "missing" as const, reason: "suppressed" as const };
    expect(measurementOf(draft, true)).toEqual({ kind: "missing", reason: "suppressed" });
    expect(draftProblems({ ...draft, period: "i fjol" }, true)).toEqual({ period: "period" });
  });

  it("fills the correction form from the stored outcome", () => {
    expect(draftOf(outcome("2025", "manual"))).toEqual({
      period: "2025",
      kind: "value",
      total: "79",
      women: "80",
      men: "78",
      reason: "not-yet-published",
      comment: "",
    });
  });

  it("lists outcomes newest first; only manual ones carry a version to be corrected", () => {
    const rows = outcomeRows(view());
    expect(rows.map((r) => [r.outcome.period, r.manual, r.version])).toEqual([
      ["2025", false, undefined],
      ["2025", true, '7|"3"'],
      ["2024", true, undefined],
    ]);
  });

  it("offers last year for a new outcome, or the first year after it without one of the nämnd's own", () => {
    expect(nextPeriod(view({ outcomes: [] }), 2026)).toBe("2025");
    expect(nextPeriod(view(), 2026)).toBe("2026");
  });
});
