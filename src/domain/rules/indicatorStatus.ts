/**
 * An indicator's status, derived rather than assessed: where its latest outcome stands against the target
 * that applies to it, given which way is good. The rule is simple enough to show to the reader in words:
 * - on track: the latest outcome reaches the target (equal counts as reached);
 * - at risk: it does not, but it is better than the baseline (the indicator moves the right way);
 * - off track: it does not and is no better than the baseline (with no baseline: the first outcome);
 * - no data: no outcome with a value, or no target. A missing outcome is never read as zero.
 * The applicable target is the first one due in or after the latest outcome's year, else the last one.
 */
import type { IndicatorDirection, YearValue } from "../model/indicatorCommon";
import type { IndicatorOutcome } from "../model/indicatorOutcome";
import type { Milestone } from "../model/milestone";
import { INDICATOR_DIRECTION_TERMS, INDICATOR_STATUS_TERMS } from "../vocabulary";

export const INDICATOR_STATUSES = ["on-track", "at-risk", "off-track", "no-data"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** A figure at a point in time: an outcome's period, or a target's year. */
export interface IndicatorPoint {
  readonly value: number;
  /** `2025`, `2026-delar`, or a target's year as text. */
  readonly period: string;
}

export interface IndicatorStatusInput {
  readonly direction: IndicatorDirection;
  readonly measureUnit: string;
  /** This indicator's outcomes, any order. */
  readonly outcomes: readonly IndicatorOutcome[];
  /** Targets by year (etappmål and the indicator's own), any order. */
  readonly targets: readonly YearValue[];
  readonly baseline?: YearValue;
}

export interface IndicatorStatusResult {
  readonly status: IndicatorStatus;
  readonly latest?: IndicatorPoint;
  readonly target?: YearValue;
  /** The rule applied to these figures, in words, per language. */
  readonly rule: { readonly sv: string; readonly en: string };
}

const yearOfPeriod = (period: string): number => Number(period.slice(0, 4));

/** Later periods last; within a year a part-year (`2026-delar`) comes before the whole year (`2026`). */
export const comparePeriods = (a: string, b: string): number =>
  yearOfPeriod(a) - yearOfPeriod(b) ||
  (a.length === 4 ? 1 : 0) - (b.length === 4 ? 1 : 0) ||
  a.localeCompare(b);

/** The outcomes that carry a value, oldest first. */
export function valuedOutcomes(outcomes: readonly IndicatorOutcome[]): IndicatorPoint[] {
  return outcomes
    .flatMap((o) =>
      o.measurement.kind === "value" ? [{ value: o.measurement.total, period: o.period }] : [],
    )
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** Targets of one indicator: etappmål by their date's year and the indicator's own, one per year and value. */
export function indicatorTargets(
  target: YearValue | undefined,
  milestones: readonly Milestone[],
): YearValue[] {
  const all = [
    ...milestones.map((m) => ({ year: Number(m.targetDate.slice(0, 4)), value: m.targetValue })),
    ...(target === undefined ? [] : [target]),
  ];
  const seen = new Set<string>();
  return all
    .filter((t) => {
      const key = `${t.year}|${t.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.year - b.year || a.value - b.value);
}

/** The first target due in or after `year`, else the last one. */
export function applicableTarget(targets: readonly YearValue[], year: number): YearValue | undefined {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year >= year) ?? sorted[sorted.length - 1];
}

const formatters = {
  sv: new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export function deriveIndicatorStatus(input: IndicatorStatusInput): IndicatorStatusResult {
  const { direction, measureUnit } = input;
  const better = (a: number, b: number) => (direction === "increase" ? a > b : a < b);
  const values = valuedOutcomes(input.outcomes);
  const latest = values[values.length - 1];
  const target =
    latest === undefined ? undefined : applicableTarget(input.targets, yearOfPeriod(latest.period));
  const reference: IndicatorPoint | undefined =
    input.baseline === undefined
      ? values[0] === latest
        ? undefined
        : values[0]
      : { value: input.baseline.value, period: String(input.baseline.year) };

  const fig = (lang: "sv" | "en", p: { value: number }, when: string) =>
    `${formatters[lang].format(p.value)} ${measureUnit} (${when})`;
  const say = (sv: string, en: string) => ({
    sv: `${INDICATOR_DIRECTION_TERMS[direction].singular}. ${sv}`,
    en: `${direction === "increase" ? "Higher is better" : "Lower is better"}. ${en}`,
  });
  const rule = {
    sv: "Regel: på väg när utfallet når målet, risk när det inte når målet men är bättre än utgångsläget, avviker annars.",
    en: "Rule: on track when the outcome reaches the target, at risk when it does not but is better than the baseline, off track otherwise.",
  };
  const withRule = (text: { sv: string; en: string }) => ({
    sv: `${text.sv} ${rule.sv}`,
    en: `${text.en} ${rule.en}`,
  });
  const label = (status: IndicatorStatus) => INDICATOR_STATUS_TERMS[status].singular;

  if (latest === undefined) {
    return {
      status: "no-data",
      rule: withRule(
        say(
          `${label("no-data")}: inget utfall med värde ännu, så status kan inte bedömas.`,
          "No data: no outcome with a value yet, so the status cannot be judged.",
        ),
      ),
    };
  }
  const now = { sv: fig("sv", latest, latest.period), en: fig("en", latest, latest.period) };
  if (target === undefined) {
    return {
      status: "no-data",
      latest,
      rule: withRule(
        say(
          `${label("no-data")}: senaste utfall ${now.sv}, men inget målvärde att jämföra med.`,
          `No data: latest outcome ${now.en}, but no target to compare it with.`,
        ),
      ),
    };
  }
  const goal = { sv: fig("sv", target, String(target.year)), en: fig("en", target, String(target.year)) };
  if (!better(target.value, latest.value)) {
    return {
      status: "on-track",
      latest,
      target,
      rule: withRule(
        say(
          `${label("on-track")}: senaste utfall ${now.sv} når målet ${goal.sv}.`,
          `On track: latest outcome ${now.en} reaches the target ${goal.en}.`,
        ),
      ),
    };
  }
  if (reference !== undefined && better(latest.value, reference.value)) {
    const from = { sv: fig("sv", reference, reference.period), en: fig("en", reference, reference.period) };
    return {
      status: "at-risk",
      latest,
      target,
      rule: withRule(
        say(
          `${label("at-risk")}: senaste utfall ${now.sv} är bättre än utgångsläget ${from.sv} men når inte målet ${goal.sv}.`,
          `At risk: latest outcome ${now.en} is better than the baseline ${from.en} but does not reach the target ${goal.en}.`,
        ),
      ),
    };
  }
  const from =
    reference === undefined
      ? { sv: "", en: "" }
      : {
          sv: ` är inte bättre än utgångsläget ${fig("sv", reference, reference.period)} och`,
          en: ` is no better than the baseline ${fig("en", reference, reference.period)} and`,
        };
  return {
    status: "off-track",
    latest,
    target,
    rule: withRule(
      say(
        `${label("off-track")}: senaste utfall ${now.sv}${from.sv} når inte målet ${goal.sv}.`,
        `Off track: latest outcome ${now.en}${from.en} does not reach the target ${goal.en}.`,
      ),
    ),
  };
}
