import { huddinge } from "../../../src/demo";
import { DEFAULT_FOLLOW_UP_CALENDAR, type KfReportData } from "../../../src/domain";
import {
  buildKfReport,
  municipalityFromEnvironment,
  reportedPeriod,
  UnknownPeriodError,
} from "../../../src/report";
import { reportDataOf } from "./reportData";

const options = {
  municipality: "Huddinge kommun",
  today: "2026-11-27",
  calendar: DEFAULT_FOLLOW_UP_CALENDAR,
};
const demo = reportDataOf(huddinge, 2026);
const report = buildKfReport(demo, options);
const kf = (number: number) => {
  const found = report.focusAreas.flatMap((a) => a.indicators).find((k) => k.number === number);
  if (found === undefined) throw new Error(`KF ${number} missing`);
  return found;
};

describe("the report back to KF on the demo data", () => {
  it("names the municipality, the year and the latest passed period (delår on 27 November)", () => {
    expect(report.municipality).toBe("Huddinge kommun");
    expect(report.year).toBe(2026);
    expect(report.period).toEqual({ id: "2026-delar", key: "delar", label: "Delår", dueDate: "2026-08-31" });
    expect(report.boards).toEqual(["Grundskolenämnden"]);
  });

  it("lists the three målområden in their order, social, economic, ecological, each with its KF indicators", () => {
    expect(report.focusAreas.map((a) => a.dimension)).toEqual(["social", "economic", "ecological"]);
    expect(report.focusAreas.map((a) => a.indicators.map((k) => k.number))).toEqual([
      [2, 3, 4, 5, 6, 7],
      [1],
      [8],
    ]);
  });

  it("gives every KF indicator of the demo its nämnd translation, except KF 4 which has none", () => {
    for (const number of [1, 2, 3, 5, 6, 7, 8]) {
      expect(kf(number).translations.map((t) => [t.boardName, t.number])).toEqual([
        ["Grundskolenämnden", number],
      ]);
    }
    expect(kf(4).translations).toEqual([]);
  });

  it("shows each translation's etappmål with target value and date, and the status for the period", () => {
    const behorighet = kf(2).translations[0];
    expect(behorighet?.status).toEqual({
      status: "on-track",
      value: 85.6,
      comment: "Preliminärt 85,6 % behöriga efter vårterminen; etappmålet 86 % är inom räckhåll.",
    });
    expect(
      behorighet?.milestones.map((m) => [m.horizon, m.targetValue, m.targetDate, m.status.status]),
    ).toEqual([
      ["short", 86, "2026-06-30", "not-followed-up"],
      ["long", 90, "2028-06-30", "not-followed-up"],
    ]);
    expect(kf(3).translations[0]?.status).toEqual({ status: "not-followed-up" });
  });

  it("draws the outcome trend oldest first and credits Kolada where the source is Kolada", () => {
    expect(kf(1).trend).toEqual([
      { period: "2022", label: "2022", measurement: { kind: "value", total: -4.6 }, source: "kolada" },
      { period: "2023", label: "2023", measurement: { kind: "value", total: -5.1 }, source: "kolada" },
      { period: "2024", label: "2024", measurement: { kind: "value", total: -5.8 }, source: "kolada" },
      { period: "2025", label: "2025", measurement: { kind: "value", total: -7.1 }, source: "kolada" },
    ]);
    expect(kf(2).trend.every((p) => p.source === "manual")).toBe(true);
  });

  it("draws each nämnd indicator's own outcome trend, oldest first, a missing value with its reason", () => {
    const values = (number: number) =>
      kf(number).translations[0]?.trend.map((p) => [
        p.label,
        p.measurement.kind === "value" ? p.measurement.total : p.measurement.reason,
      ]);
    expect(values(2)).toEqual([
      ["2022", 82.9],
      ["2023", 83.5],
      ["2024", 84.2],
      ["2025", 85.1],
    ]);
    expect(kf(2).translations[0]?.trend[3]?.measurement).toEqual({
      kind: "value",
      total: 85.1,
      women: 87.4,
      men: 82.9,
    });
    expect(values(6)?.[3]).toEqual(["2025", "not-yet-published"]);
  });

  it("gives the uppdrag under their målområde with their status", () => {
    const social = report.focusAreas[0];
    expect(social?.assignments.map((a) => [a.title, a.administrationName, a.status.status])).toEqual([
      [
        "Ta fram en plan för att fler elever ska bli behöriga till gymnasieskolan",
        "Utbildningsförvaltningen",
        "done",
      ],
      ["Se över skolskjutsorganisationen", "Utbildningsförvaltningen", "on-track"],
    ]);
    expect(report.assignmentsWithoutFocusArea).toEqual([]);
  });
});

describe("the period reported", () => {
  const calendar = DEFAULT_FOLLOW_UP_CALENDAR;
  it("is helår for a year that has passed, the first period before any has passed, or the one asked for", () => {
    expect(reportedPeriod(calendar, 2025, "2026-11-27").id).toBe("2025-helar");
    expect(reportedPeriod(calendar, 2026, "2026-02-01").id).toBe("2026-tertial1");
    expect(reportedPeriod(calendar, 2026, "2026-04-30").id).toBe("2026-tertial1");
    expect(reportedPeriod(calendar, 2026, "2026-11-27", "helar").id).toBe("2026-helar");
    expect(() => reportedPeriod(calendar, 2026, "2026-11-27", "kvartal3")).toThrow(UnknownPeriodError);
  });
});

describe("outcomes in the trend", () => {
  const withOutcomes = (outcomes: KfReportData["outcomes"]): KfReportData => ({ ...demo, outcomes });
  const base = { indicator: { kind: "kf-indicator", id: "kf-2" }, source: "manual" } as const;

  it("keeps a KF indicator's and a nämnd indicator's outcomes apart, even under one id", () => {
    const translation = demo.boardIndicators.find((b) => b.kfIndicatorId === "kf-2");
    if (translation === undefined) throw new Error("the demo has no translation of KF 2");
    const r = buildKfReport(
      withOutcomes([
        {
          ...base,
          id: "kf",
          period: "2025",
          measurement: { kind: "value", total: 70 },
          recordedAt: "2026-03-01T00:00:00Z",
        },
        {
          indicator: { kind: "board-indicator", id: "kf-2" },
          source: "manual",
          id: "same-id",
          period: "2024",
          measurement: { kind: "value", total: 1 },
          recordedAt: "2026-03-01T00:00:00Z",
        },
        {
          indicator: { kind: "board-indicator", id: translation.id },
          source: "manual",
          id: "board",
          period: "2025",
          measurement: { kind: "value", total: 85 },
          recordedAt: "2026-03-01T00:00:00Z",
        },
      ]),
      options,
    );
    const indicator = r.focusAreas[0]?.indicators[0];
    expect(indicator?.trend.map((p) => p.period)).toEqual(["2025"]);
    expect(indicator?.translations[0]?.trend.map((p) => [p.period, p.measurement])).toEqual([
      ["2025", { kind: "value", total: 85 }],
    ]);
  });

  it("shows a missing value as missing with its reason, never as 0", () => {
    const r = buildKfReport(
      withOutcomes([
        {
          ...base,
          id: "o1",
          period: "2025",
          measurement: { kind: "missing", reason: "suppressed" },
          recordedAt: "2026-03-01T00:00:00Z",
        },
      ]),
      options,
    );
    const point = r.focusAreas[0]?.indicators[0]?.trend[0];
    expect(point?.measurement).toEqual({ kind: "missing", reason: "suppressed" });
  });

  it("keeps kvinnor and män, orders calendar periods by date with the whole year last, and leaves out later years", () => {
    const r = buildKfReport(
      withOutcomes([
        {
          ...base,
          id: "a",
          period: "2026-tertial1",
          measurement: { kind: "value", total: 1 },
          recordedAt: "2026-05-01T00:00:00Z",
        },
        {
          ...base,
          id: "b",
          period: "2025",
          measurement: { kind: "value", total: 70, women: 72, men: 68 },
          recordedAt: "2026-03-01T00:00:00Z",
        },
        {
          ...base,
          id: "c",
          period: "2026-delar",
          measurement: { kind: "value", total: 2 },
          recordedAt: "2026-09-01T00:00:00Z",
        },
        {
          ...base,
          id: "d",
          period: "2026",
          measurement: { kind: "value", total: 3 },
          recordedAt: "2027-03-01T00:00:00Z",
        },
        {
          ...base,
          id: "e",
          period: "2027",
          measurement: { kind: "value", total: 4 },
          recordedAt: "2028-03-01T00:00:00Z",
        },
        {
          ...base,
          id: "f",
          period: "2026-delar",
          measurement: { kind: "value", total: 2.5 },
          recordedAt: "2026-09-02T00:00:00Z",
        },
      ]),
      options,
    );
    const trend = r.focusAreas[0]?.indicators[0]?.trend ?? [];
    expect(trend.map((p) => [p.label, p.measurement.kind === "value" ? p.measurement.total : null])).toEqual([
      ["2025", 70],
      ["Tertial 1 2026", 1],
      ["Delår 2026", 2.5],
      ["2026", 3],
    ]);
    expect(trend[0]?.measurement).toEqual({ kind: "value", total: 70, women: 72, men: 68 });
  });
});

describe("the municipality's name", () => {
  it("comes from MUNICIPALITY_NAME, the demo's when unset or blank", () => {
    expect(municipalityFromEnvironment({ MUNICIPALITY_NAME: "Botkyrka kommun" })).toBe("Botkyrka kommun");
    expect(municipalityFromEnvironment({ MUNICIPALITY_NAME: "  " })).toBe("Huddinge kommun");
    expect(municipalityFromEnvironment({})).toBe("Huddinge kommun");
  });
});
