/**
 * The write API for indicator outcomes (indikatorutfall), as the tab and the server both read it. Bodies are
 * strict: the source, who and when (`source`, `recordedBy`, `recordedAt`) are the server's to stamp, so
 * sending them is refused, never ignored. A missing value is a reason (`{kind: "missing", reason}`), never 0.
 */
import { z } from "zod";
import { INDICATOR_KINDS, indicatorOutcomeSchema, measurementSchema } from "../domain";

const text = (max: number) => z.string().max(max);

export const indicatorRefRequestSchema = z.strictObject({ kind: z.enum(INDICATOR_KINDS), id: text(100) });

/**
 * `POST /api/indicator-outcomes`: a person's outcome for one indicator and period (`2025`, `2026-delar`). One
 * per indicator and period: the same again answers the stored one (201), a different one 409 (correct it).
 */
export const outcomeRequestSchema = z.strictObject({
  indicator: indicatorRefRequestSchema,
  period: text(20),
  measurement: measurementSchema,
  comment: text(10_000).optional(),
});
export type OutcomeRequest = z.infer<typeof outcomeRequestSchema>;

/** `PUT /api/indicator-outcomes/{outcomeId}` with `If-Match: <version>`: a person's own outcome corrected. */
export const outcomeCorrectionRequestSchema = z.strictObject({
  measurement: measurementSchema,
  comment: text(10_000).optional(),
});
export type OutcomeCorrectionRequest = z.infer<typeof outcomeCorrectionRequestSchema>;

/**
 * What was stored and its version; `attribution` is what must be shown beside the figure ("Källa: Kolada"
 * for Kolada's), absent for a person's own.
 */
export const savedOutcomeSchema = z.strictObject({
  outcome: indicatorOutcomeSchema,
  version: z.string(),
  attribution: z.string().optional(),
});
export type SavedOutcome = z.infer<typeof savedOutcomeSchema>;

/** `DELETE /api/indicator-outcomes/{outcomeId}` with `If-Match: <version>` answers 204. */
export const outcomeApiPaths = {
  outcomes: "/api/indicator-outcomes",
  outcome: (outcomeId: string): string => `/api/indicator-outcomes/${encodeURIComponent(outcomeId)}`,
} as const;
