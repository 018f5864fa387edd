/**
 * Indicator outcomes (indikatorutfall): one per indicator, period and source, under a stable key; who may
 * change them (the indicator's owners, through the access policy); a gender split only where the indicator
 * has one; and the attribution a source asks for.
 */
import { ValidationError } from "../errors";
import type { BoardIndicator } from "../model/boardIndicator";
import {
  OUTCOME_SOURCES,
  type IndicatorOutcome,
  type Measurement,
  type OutcomeSource,
} from "../model/indicatorOutcome";
import type { KfIndicator } from "../model/kfIndicator";
import { INDICATOR_KINDS, type IndicatorKind, type ItemRef } from "../model/kinds";
import { subjectOf, type AccessSubject } from "./access";
import { refOf, type ModelIndex } from "./snapshot";

/** A pointer to one KF or nämnd indicator. */
export interface IndicatorRef {
  readonly kind: IndicatorKind;
  readonly id: string;
}

/**
 * The Kolada import is not a person: it runs with the app's own identity (a CLI or a timer, never a
 * request), writes only outcomes of source `kolada` and never touches another source's. Its outcomes say
 * so in `recordedBy`.
 */
export const KOLADA_IMPORT_ACTOR = "system:kolada-import";

/** What must be shown beside a source's figures: Kolada's data is CC BY 4.0. */
export const OUTCOME_ATTRIBUTION: Readonly<Record<OutcomeSource, string | undefined>> = {
  manual: undefined,
  kolada: "Källa: Kolada",
};

const kindCode: Readonly<Record<IndicatorKind, string>> = { "kf-indicator": "kf", "board-indicator": "ni" };

/** The stable key of an outcome (`kf:kf-1:2024:kolada`): one per indicator, period and source. */
export const outcomeKeyOf = (indicator: IndicatorRef, period: string, source: OutcomeSource): string =>
  `${kindCode[indicator.kind]}:${indicator.id}:${period}:${source}`;

/** Reads a key made by `outcomeKeyOf`; undefined for any other text. Ids may hold `:`, periods never do. */
export const parseOutcomeKey = (
  key: string,
): { indicator: IndicatorRef; period: string; source: OutcomeSource } | undefined => {
  const parts = key.split(":");
  if (parts.length < 4) return undefined;
  const code = parts[0];
  const source = parts[parts.length - 1];
  const period = parts[parts.length - 2];
  const id = parts.slice(1, -2).join(":");
  const kind = INDICATOR_KINDS.find((k) => kindCode[k] === code);
  const known = OUTCOME_SOURCES.find((s) => s === source);
  if (kind === undefined || known === undefined || period === undefined || id === "") return undefined;
  return { indicator: { kind, id }, period, source: known };
};

/** Who may change an outcome of `indicator` (stored as `item`, or about to be): the indicator's owners. */
export const subjectOfOutcome = (
  indicator: IndicatorRef,
  item: ItemRef,
  model: ModelIndex,
): AccessSubject | undefined => {
  const owner = subjectOf(refOf(indicator.kind, indicator.id), model);
  return owner && { ...owner, item };
};

/** A split into kvinnor and män only where the indicator is recorded that way. */
export const splitRefusal = (
  outcome: Pick<IndicatorOutcome, "id" | "measurement">,
  indicator: Pick<KfIndicator | BoardIndicator, "genderSplit">,
): ValidationError | undefined => {
  const m = outcome.measurement;
  if (m.kind !== "value" || indicator.genderSplit === true) return undefined;
  const split = (["women", "men"] as const).filter((k) => m[k] !== undefined);
  if (split.length === 0) return undefined;
  return new ValidationError(
    "indicator-outcome",
    outcome.id,
    split.map((k) => ({
      path: `measurement.${k}`,
      code: "no-gender-split",
      message: "indikatorn redovisas inte uppdelad på kvinnor och män",
    })),
  );
};

/** The measurement as the indicator keeps it: total only unless it has the split. */
export const asRecordedFor = (
  measurement: Measurement,
  indicator: Pick<KfIndicator | BoardIndicator, "genderSplit">,
): Measurement =>
  measurement.kind === "value" && indicator.genderSplit !== true
    ? { kind: "value", total: measurement.total }
    : measurement;
