import { z } from "zod";
import { INDICATOR_KINDS } from "./kinds";
import { entityIdSchema, isoDateTimeSchema, periodIdSchema } from "./primitives";
import { constructorFor } from "./validate";

export const OUTCOME_SOURCES = ["manual", "kolada"] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

/** Why a period has no value (Kolada publishes late, suppresses small groups, …). */
export const MISSING_DATA_REASONS = [
  "not-yet-published",
  "not-collected",
  "suppressed",
  "not-applicable",
] as const;
export type MissingDataReason = (typeof MISSING_DATA_REASONS)[number];

/** Either a measured value (total, optionally split kvinnor/män) or a reason why there is none. */
export const measurementSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("value"),
    total: z.number().finite(),
    women: z.number().finite().optional(),
    men: z.number().finite().optional(),
  }),
  z.strictObject({ kind: z.literal("missing"), reason: z.enum(MISSING_DATA_REASONS) }),
]);
export type Measurement = z.infer<typeof measurementSchema>;

/** Indikatorutfall: one period's outcome of a KF or nämnd indicator. */
export const indicatorOutcomeSchema = z.strictObject({
  id: entityIdSchema,
  indicator: z.strictObject({ kind: z.enum(INDICATOR_KINDS), id: entityIdSchema }),
  /** A year `2025` (Kolada) or a calendar period `2026-delar`. */
  period: periodIdSchema,
  measurement: measurementSchema,
  source: z.enum(OUTCOME_SOURCES),
  recordedAt: isoDateTimeSchema,
  /** Who recorded it: a person's UPN, or the system actor of an import (`KOLADA_IMPORT_ACTOR`). */
  recordedBy: z.string().min(1).max(320).optional(),
  comment: z.string().optional(),
});
export type IndicatorOutcome = z.infer<typeof indicatorOutcomeSchema>;
export const parseIndicatorOutcome = constructorFor("indicator-outcome", indicatorOutcomeSchema);
