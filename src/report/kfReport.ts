/**
 * The report back to KF (återrapportering), built from one year's plan data: pure, no IO. Under each of the
 * three målområden (in their order) its KF indicators, each with its outcome trend and every nämnd's
 * translations with their own outcome trend, etappmål and status for the reported period; the uppdrag with
 * their status.
 */
import {
  FOCUS_AREA_DIMENSIONS,
  latestFollowUp,
  periodsOfYear,
  type Assignment,
  type DatedPeriod,
  type FollowableRef,
  type FollowUp,
  type FollowUpCalendar,
  type IndicatorKind,
  type IndicatorOutcome,
  type IsoDate,
  type KfIndicator,
  type KfReportData,
  type OrgUnit,
} from "../domain";
import type {
  KfReport,
  ReportAssignment,
  ReportKfIndicator,
  ReportStatus,
  ReportTranslation,
  TrendPoint,
} from "../contracts/kfReport";

export interface KfReportOptions {
  /** The municipality's name, as the title page shows it. */
  readonly municipality: string;
  /** Today in the municipality's calendar: the default period is the latest one passed by then. */
  readonly today: IsoDate;
  readonly calendar: FollowUpCalendar;
  /** A period key of the calendar (`delar`); the latest passed when absent. */
  readonly periodKey?: string;
}

/** A period key the calendar does not have. */
export class UnknownPeriodError extends Error {
  constructor(readonly key: string) {
    super(`Perioden "${key}" finns inte i uppföljningskalendern`);
    this.name = "UnknownPeriodError";
  }
}

/**
 * The period reported: the one asked for, else the latest of the year whose date has passed (helår for a past
 * year), else — early in the year, before any has passed — the year's first.
 */
export function reportedPeriod(
  calendar: FollowUpCalendar,
  year: number,
  today: IsoDate,
  key?: string,
): DatedPeriod {
  const periods = periodsOfYear(calendar, year);
  if (key !== undefined) {
    const asked = periods.find((p) => p.key === key);
    if (asked === undefined) throw new UnknownPeriodError(key);
    return asked;
  }
  const passed = periods.filter((p) => p.dueDate <= today);
  const chosen = passed[passed.length - 1] ?? periods[0];
  if (chosen === undefined) throw new UnknownPeriodError("");
  return chosen;
}

const statusOf = (target: FollowableRef, followUps: readonly FollowUp[], period: string): ReportStatus => {
  const latest = latestFollowUp(target, followUps, period);
  if (latest === undefined) return { status: "not-followed-up" };
  return {
    status: latest.status,
    ...(latest.value === undefined ? {} : { value: latest.value }),
    ...(latest.comment === undefined || latest.comment.trim() === "" ? {} : { comment: latest.comment }),
  };
};

/** Orders periods of outcomes: by year, calendar periods by date, a bare year (the whole year) after them. */
const periodOrder = (calendar: FollowUpCalendar) => {
  const byKey = new Map(periodsOfYear(calendar, 2000).map((p, i) => [p.key, i]));
  return (period: string): [number, number] => {
    const year = Number(period.slice(0, 4));
    const rest = period.slice(5);
    if (rest === "") return [year, Number.MAX_SAFE_INTEGER];
    return [year, byKey.get(rest) ?? byKey.size];
  };
};

const periodLabel = (calendar: FollowUpCalendar, period: string): string => {
  const year = period.slice(0, 4);
  const key = period.slice(5);
  if (key === "") return year;
  const known = calendar.periods.find((p) => p.key === key);
  return known === undefined ? period : `${known.label} ${year}`;
};

/** One point per period up to the report's year; of two for one period, the one recorded last. */
function trendOf(
  outcomes: readonly IndicatorOutcome[],
  year: number,
  calendar: FollowUpCalendar,
): TrendPoint[] {
  const latest = new Map<string, IndicatorOutcome>();
  for (const o of outcomes) {
    if (Number(o.period.slice(0, 4)) > year) continue;
    const held = latest.get(o.period);
    if (held === undefined || o.recordedAt > held.recordedAt) latest.set(o.period, o);
  }
  const order = periodOrder(calendar);
  return [...latest.values()]
    .sort((a, b) => {
      const [ya, ia] = order(a.period);
      const [yb, ib] = order(b.period);
      return ya - yb || ia - ib;
    })
    .map((o) => ({
      period: o.period,
      label: periodLabel(calendar, o.period),
      measurement: o.measurement,
      source: o.source,
    }));
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

const byName = (a: { boardName: string; number: number }, b: { boardName: string; number: number }) =>
  a.boardName.localeCompare(b.boardName, "sv") || a.number - b.number;

/** Builds the report. Deterministic: the same data, options and day give the same report. */
export function buildKfReport(data: KfReportData, options: KfReportOptions): KfReport {
  const period = reportedPeriod(options.calendar, data.year, options.today, options.periodKey);
  const units = new Map<string, OrgUnit>(data.units.map((u) => [u.id, u]));
  const plans = new Map(data.boardPlans.filter((p) => p.year === data.year).map((p) => [p.id, p]));
  const boardNameOfPlan = (planId: string): string | undefined => {
    const plan = plans.get(planId);
    return plan === undefined ? undefined : (units.get(plan.boardUnitId)?.name ?? plan.title);
  };
  // Outcomes by indicator, KF and nämnd apart (their ids are each list's own).
  const outcomesOf = new Map<string, IndicatorOutcome[]>();
  for (const o of data.outcomes) {
    const key = `${o.indicator.kind}:${o.indicator.id}`;
    outcomesOf.set(key, [...(outcomesOf.get(key) ?? []), o]);
  }
  const trendOfIndicator = (kind: IndicatorKind, id: string): TrendPoint[] =>
    trendOf(outcomesOf.get(`${kind}:${id}`) ?? [], data.year, options.calendar);

  const translationsOf = (kf: KfIndicator): ReportTranslation[] =>
    data.boardIndicators
      .filter((b) => b.kfIndicatorId === kf.id)
      .flatMap((b): ReportTranslation[] => {
        const boardName = boardNameOfPlan(b.boardPlanId);
        const plan = plans.get(b.boardPlanId);
        if (boardName === undefined || plan === undefined) return [];
        return [
          {
            boardId: plan.boardUnitId,
            boardName,
            id: b.id,
            number: b.number,
            name: b.name,
            measureUnit: b.measureUnit,
            direction: b.direction,
            ...optional("baseline", b.baseline),
            ...optional("target", b.target),
            status: statusOf({ kind: "board-indicator", id: b.id }, data.followUps, period.id),
            trend: trendOfIndicator("board-indicator", b.id),
            milestones: data.milestones
              .filter((m) => m.boardIndicatorId === b.id)
              .sort(
                (x, y) => x.targetDate.localeCompare(y.targetDate) || x.title.localeCompare(y.title, "sv"),
              )
              .map((m) => ({
                id: m.id,
                title: m.title,
                horizon: m.horizon,
                targetValue: m.targetValue,
                targetDate: m.targetDate,
                status: statusOf({ kind: "milestone", id: m.id }, data.followUps, period.id),
              })),
          },
        ];
      })
      .sort(byName);

  const indicatorOf = (kf: KfIndicator): ReportKfIndicator => ({
    id: kf.id,
    number: kf.number,
    name: kf.name,
    measureUnit: kf.measureUnit,
    direction: kf.direction,
    ...optional("baseline", kf.baseline),
    ...optional("target", kf.target),
    ...optional("koladaKpiId", kf.koladaKpiId),
    trend: trendOfIndicator("kf-indicator", kf.id),
    translations: translationsOf(kf),
  });

  const assignmentOf = (a: Assignment): ReportAssignment[] => {
    const boardName = boardNameOfPlan(a.boardPlanId);
    if (boardName === undefined) return [];
    return [
      {
        id: a.id,
        boardName,
        administrationName: units.get(a.toAdministrationUnitId)?.name ?? "förvaltningen",
        title: a.title,
        dueDate: a.dueDate,
        ...optional("decisionReference", a.decisionReference),
        status: statusOf({ kind: "assignment", id: a.id }, data.followUps, period.id),
      },
    ];
  };
  const assignmentOrder = (x: ReportAssignment, y: ReportAssignment) =>
    x.boardName.localeCompare(y.boardName, "sv") ||
    x.dueDate.localeCompare(y.dueDate) ||
    x.title.localeCompare(y.title, "sv");

  const areaIds = new Set(data.focusAreas.map((f) => f.id));
  const focusAreas = [...data.focusAreas]
    .sort((a, b) => FOCUS_AREA_DIMENSIONS.indexOf(a.dimension) - FOCUS_AREA_DIMENSIONS.indexOf(b.dimension))
    .map((area) => ({
      id: area.id,
      dimension: area.dimension,
      heading: area.heading,
      indicators: data.kfIndicators
        .filter((k) => k.focusAreaId === area.id)
        .sort((a, b) => a.number - b.number)
        .map(indicatorOf),
      assignments: data.assignments
        .filter((a) => a.focusAreaId === area.id)
        .flatMap(assignmentOf)
        .sort(assignmentOrder),
    }));

  return {
    municipality: options.municipality,
    year: data.year,
    period: { id: period.id, key: period.key, label: period.label, dueDate: period.dueDate },
    ...optional("programDeclarationTitle", data.programDeclaration?.title),
    madeOn: options.today,
    focusAreas,
    assignmentsWithoutFocusArea: data.assignments
      .filter((a) => a.focusAreaId === undefined || !areaIds.has(a.focusAreaId))
      .flatMap(assignmentOf)
      .sort(assignmentOrder),
    boards: [...new Set([...plans.values()].map((p) => units.get(p.boardUnitId)?.name ?? p.title))].sort(
      (a, b) => a.localeCompare(b, "sv"),
    ),
  };
}
