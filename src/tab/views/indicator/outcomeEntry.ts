import {
  MISSING_DATA_REASONS,
  type IndicatorOutcome,
  type IndicatorView,
  type Measurement,
  type MissingDataReason,
} from "../../../domain";

/**
 * The indicator view's outcome form as pure rules: who is offered it, what a typed draft means as a
 * measurement (a value, split kvinnor/män where the indicator is, or a reason there is none — never a zero
 * for an empty field), and which outcomes can be corrected by hand. The server decides every save again.
 */

export interface OutcomeDraft {
  readonly period: string;
  readonly kind: "value" | "missing";
  readonly total: string;
  readonly women: string;
  readonly men: string;
  readonly reason: MissingDataReason;
  readonly comment: string;
}

export const emptyOutcomeDraft = (period: string): OutcomeDraft => ({
  period,
  kind: "value",
  total: "",
  women: "",
  men: "",
  reason: MISSING_DATA_REASONS[0],
  comment: "",
});

/** A decimal number as people type it (`86,5`, `86.5`, `1 200`); undefined when it is none. */
export function numberFrom(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, "").replace(",", ".");
  if (trimmed === "" || !/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** A period as the outcome API takes it: a year `2025`, or a year and a calendar key `2026-delar`. */
export const isPeriod = (text: string): boolean => /^\d{4}(-[a-z][a-z0-9]*)?$/.test(text.trim());

/** What is wrong with a draft, field by field (empty when it can be sent). */
export function draftProblems(
  draft: OutcomeDraft,
  split: boolean,
): Partial<Record<"period" | "total" | "women" | "men", "required" | "number" | "period">> {
  const problems: Partial<Record<"period" | "total" | "women" | "men", "required" | "number" | "period">> =
    {};
  if (!isPeriod(draft.period)) problems.period = "period";
  if (draft.kind === "missing") return problems;
  if (draft.total.trim() === "") problems.total = "required";
  else if (numberFrom(draft.total) === undefined) problems.total = "number";
  if (split) {
    for (const k of ["women", "men"] as const) {
      if (draft[k].trim() !== "" && numberFrom(draft[k]) === undefined) problems[k] = "number";
    }
  }
  return problems;
}

/** The measurement a draft states, or undefined while a field is missing or not a number. */
export function measurementOf(draft: OutcomeDraft, split: boolean): Measurement | undefined {
  if (Object.keys(draftProblems(draft, split)).length > 0) return undefined;
  if (draft.kind === "missing") return { kind: "missing", reason: draft.reason };
  const total = numberFrom(draft.total);
  if (total === undefined) return undefined;
  const women = split ? numberFrom(draft.women) : undefined;
  const men = split ? numberFrom(draft.men) : undefined;
  return {
    kind: "value",
    total,
    ...(women === undefined ? {} : { women }),
    ...(men === undefined ? {} : { men }),
  };
}

/** A stored outcome as the form shows it, to correct it. */
export function draftOf(outcome: IndicatorOutcome): OutcomeDraft {
  const m = outcome.measurement;
  const text = (n: number | undefined) => (n === undefined ? "" : String(n));
  return {
    period: outcome.period,
    kind: m.kind,
    total: m.kind === "value" ? text(m.total) : "",
    women: m.kind === "value" ? text(m.women) : "",
    men: m.kind === "value" ? text(m.men) : "",
    reason: m.kind === "missing" ? m.reason : MISSING_DATA_REASONS[0],
    comment: outcome.comment ?? "",
  };
}

/** How the reader may see themselves: what the directory tells the tab about them. */
export interface OutcomeRecorder {
  readonly chefOf: readonly string[];
  readonly plannerFor: readonly string[];
  /** A municipal planner (the KF level's): read from their roles, only asked for a KF indicator. */
  readonly municipalPlanner: boolean;
}

/**
 * Whether the view offers the outcome form, as the access policy says: a KF indicator's outcomes are the
 * municipal planners'; a nämnd indicator's are its nämnd's (a planner for it, or its chef).
 */
export function mayRecordOutcomes(person: OutcomeRecorder, view: IndicatorView): boolean {
  if (view.kind === "kf-indicator") return person.municipalPlanner;
  const owner = view.boardUnitId;
  return owner !== undefined && (person.plannerFor.includes(owner) || person.chefOf.includes(owner));
}

/** Every outcome with how it may be changed: a person's own by hand (with its version), Kolada's not at all. */
export function outcomeRows(
  view: IndicatorView,
): { outcome: IndicatorOutcome; version: string | undefined; manual: boolean }[] {
  return [...view.outcomes]
    .sort((a, b) => b.period.localeCompare(a.period) || a.source.localeCompare(b.source))
    .map((outcome) => ({
      outcome,
      version: view.outcomeVersions?.[outcome.id],
      manual: outcome.source === "manual",
    }));
}

/** The year a new outcome is most likely for: last year, or the first after it without one of the person's own. */
export function nextPeriod(view: IndicatorView, thisYear: number): string {
  const own = new Set(view.outcomes.filter((o) => o.source === "manual").map((o) => o.period));
  let year = thisYear - 1;
  while (own.has(String(year)) && year < thisYear + 1) year += 1;
  return String(year);
}
