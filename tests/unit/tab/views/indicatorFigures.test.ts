import { huddinge } from "../../../../src/demo";
import type { IndicatorView } from "../../../../src/domain";
import { indicatorFigures, periodDate } from "../../../../src/tab/views/indicator/indicatorFigures";

const boardView = (id: string): IndicatorView => {
  const indicator = huddinge["board-indicator"].find((b) => b.id === id);
  if (indicator === undefined) throw new Error(id);
  return {
    kind: "board-indicator",
    indicator,
    milestones: huddinge.milestone.filter((m) => m.boardIndicatorId === id),
    outcomes: huddinge["indicator-outcome"].filter((o) => o.indicator.id === id),
  };
};

describe("an indicator's figures (chart and table)", () => {
  it("puts outcomes and etappmål targets per period, with the kvinnor/män split when surveyed", () => {
    const figures = indicatorFigures(boardView("grundskolenamnden-2026-ind-5"));
    expect(figures.split).toBe(true);
    expect(figures.rows).toEqual([
      { period: "2022", total: 80, women: 78, men: 82 },
      { period: "2023", total: 78, women: 75, men: 81 },
      { period: "2024", total: 79, women: 76, men: 82 },
      { period: "2025", total: 81, women: 79, men: 83 },
      { period: "2026", target: 82 },
      { period: "2028", target: 90 },
    ]);
    expect(figures.status.status).toBe("at-risk");
    expect(figures.fromKolada).toBe(false);
  });

  it("keeps a missing outcome as missing, with its reason, not as zero", () => {
    const figures = indicatorFigures(boardView("grundskolenamnden-2026-ind-6"));
    expect(figures.rows.find((r) => r.period === "2025")).toEqual({
      period: "2025",
      missing: "not-yet-published",
    });
  });

  it("credits Kolada when an outcome comes from there", () => {
    const kf = huddinge["kf-indicator"].find((k) => k.id === "kf-1");
    if (kf === undefined) throw new Error("kf-1");
    const figures = indicatorFigures({
      kind: "kf-indicator",
      indicator: kf,
      outcomes: huddinge["indicator-outcome"].filter((o) => o.indicator.id === "kf-1"),
    });
    expect(figures.fromKolada).toBe(true);
    expect(figures.split).toBe(false);
    expect(figures.targets).toEqual([{ year: 2026, value: -10 }]);
  });

  it("places a whole year at its end and a part of a year mid-year", () => {
    expect(periodDate("2025").toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(periodDate("2026-delar").toISOString().slice(0, 10)).toBe("2026-06-30");
  });
});
