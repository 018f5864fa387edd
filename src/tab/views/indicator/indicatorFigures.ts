import {
  comparePeriods,
  deriveIndicatorStatus,
  indicatorTargets,
  type IndicatorStatusResult,
  type IndicatorView,
  type MissingDataReason,
  type YearValue,
} from "../../../domain";

/** One line of the figures table: a period's outcome (or why it is missing) and any target due that year. */
export interface FigureRow {
  readonly period: string;
  readonly total?: number;
  readonly women?: number;
  readonly men?: number;
  readonly missing?: MissingDataReason;
  readonly target?: number;
}

export interface IndicatorFigures {
  readonly rows: readonly FigureRow[];
  /** Some outcome is split kvinnor/män: the table and chart show those columns and lines. */
  readonly split: boolean;
  readonly targets: readonly YearValue[];
  readonly status: IndicatorStatusResult;
  /** Some outcome comes from Kolada, which is then credited. */
  readonly fromKolada: boolean;
}

/** The figures an indicator view shows, in both the chart and its table, and the status they give. */
export function indicatorFigures(view: IndicatorView): IndicatorFigures {
  const { indicator } = view;
  const targets =
    view.kind === "board-indicator"
      ? indicatorTargets(indicator.target, view.milestones)
      : indicatorTargets(indicator.target, []);
  const byPeriod = new Map<string, FigureRow>();
  for (const o of view.outcomes) {
    const m = o.measurement;
    byPeriod.set(
      o.period,
      m.kind === "value"
        ? {
            period: o.period,
            total: m.total,
            ...(m.women === undefined ? {} : { women: m.women }),
            ...(m.men === undefined ? {} : { men: m.men }),
          }
        : { period: o.period, missing: m.reason },
    );
  }
  for (const t of targets) {
    const period = String(t.year);
    byPeriod.set(period, { ...(byPeriod.get(period) ?? { period }), target: t.value });
  }
  const rows = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
  return {
    rows,
    split: rows.some((r) => r.women !== undefined || r.men !== undefined),
    targets,
    status: deriveIndicatorStatus({
      direction: indicator.direction,
      measureUnit: indicator.measureUnit,
      outcomes: view.outcomes,
      targets,
      ...(indicator.baseline ? { baseline: indicator.baseline } : {}),
    }),
    fromKolada: view.outcomes.some((o) => o.source === "kolada"),
  };
}

/** Where a period sits on a time axis: a whole year at its end, a part of a year in its middle. */
export function periodDate(period: string): Date {
  const year = Number(period.slice(0, 4));
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return new Date(`${period}T00:00:00Z`);
  return period.length === 4 ? new Date(Date.UTC(year, 11, 31)) : new Date(Date.UTC(year, 5, 30));
}
