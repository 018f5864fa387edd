import {
  applicableTarget,
  comparePeriods,
  deriveIndicatorStatus,
  indicatorTargets,
  type IndicatorOutcome,
  type IndicatorStatusInput,
  type Measurement,
} from "../../../src/domain";

const outcome = (period: string, measurement: Measurement): IndicatorOutcome => ({
  id: `bi--${period}`,
  indicator: { kind: "board-indicator", id: "bi" },
  period,
  measurement,
  source: "manual",
  recordedAt: "2026-03-15T10:00:00Z",
});
const value = (period: string, total: number) => outcome(period, { kind: "value", total });
const missing = (period: string) => outcome(period, { kind: "missing", reason: "not-yet-published" });

/** Nämndindikator 5: higher is better, baseline 79 % (2024), etappmål 82 % (2026) and 90 % (2028). */
const higher = (outcomes: IndicatorOutcome[], extra: Partial<IndicatorStatusInput> = {}) =>
  deriveIndicatorStatus({
    direction: "increase",
    measureUnit: "%",
    outcomes,
    targets: [
      { year: 2026, value: 82 },
      { year: 2028, value: 90 },
    ],
    baseline: { year: 2024, value: 79 },
    ...extra,
  });

/** Energy use: lower is better, baseline 142 (2024), etappmål 136 (2026). */
const lower = (outcomes: IndicatorOutcome[], extra: Partial<IndicatorStatusInput> = {}) =>
  deriveIndicatorStatus({
    direction: "decrease",
    measureUnit: "kWh/m²",
    outcomes,
    targets: [{ year: 2026, value: 136 }],
    baseline: { year: 2024, value: 142 },
    ...extra,
  });

describe("an indicator's status, when higher is better", () => {
  it("is on track when the latest outcome reaches the target, and says why", () => {
    const result = higher([value("2024", 79), value("2025", 84)]);
    expect(result.status).toBe("on-track");
    expect(result.target).toEqual({ year: 2026, value: 82 });
    expect(result.rule.sv).toMatch(
      /^Högre är bättre\. På väg: senaste utfall 84 % \(2025\) når målet 82 % \(2026\)\./,
    );
    expect(result.rule.en).toMatch(
      /^Higher is better\. On track: latest outcome 84 % \(2025\) reaches the target/,
    );
    expect(result.rule.sv).toContain("Regel: på väg när utfallet når målet");
  });

  it("counts exactly the target as reached (boundary)", () => {
    expect(higher([value("2025", 82)]).status).toBe("on-track");
    expect(higher([value("2025", 81.99)]).status).toBe("at-risk");
  });

  it("is at risk when short of the target but better than the baseline", () => {
    const result = higher([value("2024", 79), value("2025", 81)]);
    expect(result.status).toBe("at-risk");
    expect(result.rule.sv).toContain(
      "Risk: senaste utfall 81 % (2025) är bättre än utgångsläget 79 % (2024) men når inte målet 82 % (2026).",
    );
  });

  it("is off track when no better than the baseline (equal to it is not better)", () => {
    expect(higher([value("2025", 79)]).status).toBe("off-track");
    const worse = higher([value("2025", 77)]);
    expect(worse.status).toBe("off-track");
    expect(worse.rule.en).toContain("Off track: latest outcome 77 % (2025) is no better than the baseline");
  });

  it("compares with the first outcome when there is no baseline", () => {
    expect(higher([value("2023", 78), value("2025", 80)], { baseline: undefined }).status).toBe("at-risk");
    expect(higher([value("2023", 80), value("2025", 78)], { baseline: undefined }).status).toBe("off-track");
    // One outcome, short of the target, nothing to compare with: off track, said without a baseline.
    const alone = higher([value("2025", 80)], { baseline: undefined });
    expect(alone.status).toBe("off-track");
    expect(alone.rule.sv).toContain("Avviker: senaste utfall 80 % (2025) når inte målet 82 % (2026).");
  });

  it("uses the next target due, and the last one once all are past", () => {
    expect(higher([value("2027", 85)]).target).toEqual({ year: 2028, value: 90 });
    expect(higher([value("2027", 85)]).status).toBe("at-risk");
    expect(higher([value("2029", 91)]).target).toEqual({ year: 2028, value: 90 });
    expect(higher([value("2029", 91)]).status).toBe("on-track");
  });
});

describe("an indicator's status, when lower is better", () => {
  it("is on track at or below the target", () => {
    expect(lower([value("2025", 136)]).status).toBe("on-track");
    const result = lower([value("2025", 130)]);
    expect(result.status).toBe("on-track");
    expect(result.rule.sv).toMatch(
      /^Lägre är bättre\. På väg: senaste utfall 130 kWh\/m² \(2025\) når målet 136/,
    );
  });

  it("is at risk above the target but below the baseline, off track at or above the baseline", () => {
    expect(lower([value("2025", 139)]).status).toBe("at-risk");
    expect(lower([value("2025", 136.5)]).status).toBe("at-risk");
    expect(lower([value("2025", 142)]).status).toBe("off-track");
    expect(lower([value("2025", 150)]).status).toBe("off-track");
  });

  it("handles negative figures (nettokostnadsavvikelse −10 %)", () => {
    const kf1 = (total: number) =>
      lower([value("2025", total)], {
        measureUnit: "%",
        targets: [{ year: 2026, value: -10 }],
        baseline: { year: 2022, value: -4.6 },
      });
    expect(kf1(-10).status).toBe("on-track");
    expect(kf1(-7.1).status).toBe("at-risk");
    expect(kf1(-3).status).toBe("off-track");
    expect(kf1(-7.1).rule.sv).toContain("senaste utfall −7,1 % (2025)");
  });
});

describe("missing data", () => {
  it("is no data without any outcome, never a zero", () => {
    const result = higher([]);
    expect(result.status).toBe("no-data");
    expect(result.latest).toBeUndefined();
    expect(result.rule.sv).toContain("Underlag saknas: inget utfall med värde ännu");
  });

  it("is no data when every outcome is missing (a missing value is not 0)", () => {
    expect(lower([missing("2024"), missing("2025")]).status).toBe("no-data");
  });

  it("skips a missing latest period and judges the latest value there is", () => {
    const result = higher([value("2024", 84), missing("2025")]);
    expect(result.status).toBe("on-track");
    expect(result.latest).toEqual({ value: 84, period: "2024" });
  });

  it("is no data without a target, naming the latest outcome", () => {
    const result = higher([value("2025", 84)], { targets: [] });
    expect(result.status).toBe("no-data");
    expect(result.rule.en).toContain(
      "No data: latest outcome 84 % (2025), but no target to compare it with.",
    );
  });
});

describe("periods and targets", () => {
  it("orders part-years before the whole year", () => {
    expect(["2026", "2025", "2026-delar", "2026-tertial1"].sort(comparePeriods)).toEqual([
      "2025",
      "2026-delar",
      "2026-tertial1",
      "2026",
    ]);
  });

  it("merges etappmål with the indicator's own target, one per year and value", () => {
    const milestone = (targetValue: number, targetDate: string) => ({
      id: `m-${targetDate}`,
      boardPlanId: "p",
      boardIndicatorId: "bi",
      title: "t",
      horizon: "short" as const,
      targetValue,
      targetDate,
    });
    expect(
      indicatorTargets({ year: 2026, value: 82 }, [milestone(90, "2028-12-31"), milestone(82, "2026-12-31")]),
    ).toEqual([
      { year: 2026, value: 82 },
      { year: 2028, value: 90 },
    ]);
    expect(applicableTarget([], 2025)).toBeUndefined();
  });
});
