/**
 * The report back to KF (återrapportering), as the server builds it and the tab shows it:
 * `GET /api/reports/kf?ar=YYYY[&period=<key>]` answers this JSON; `…/kf.docx` and `…/kf.xlsx` the same report
 * as Word and Excel files. Plan-level data only (public documents): no individual goal, no person.
 */
import { z } from "zod";
import {
  FOCUS_AREA_DIMENSIONS,
  FOLLOW_UP_STATUSES,
  INDICATOR_DIRECTIONS,
  MILESTONE_HORIZONS,
  MISSING_DATA_REASONS,
  OUTCOME_SOURCES,
} from "../domain";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const yearValue = z.strictObject({ value: z.number(), year: z.number().int() });

/** `?ar=2026&period=delar`: the year, and optionally which follow-up period (else the latest passed). */
export const kfReportQuerySchema = z.object({
  ar: z.string().regex(/^\d{4}$/, "ett år med fyra siffror, till exempel 2026"),
  period: z
    .string()
    .regex(/^[a-z][a-z0-9]*$/, "en period ur uppföljningskalendern, till exempel delar")
    .optional(),
});

/** A status as followed up for the report's period, or `not-followed-up` ("ej uppföljd") when none is recorded. */
export const reportStatusSchema = z.strictObject({
  status: z.enum([...FOLLOW_UP_STATUSES, "not-followed-up"]),
  value: z.number().optional(),
  comment: z.string().optional(),
});
export type ReportStatus = z.infer<typeof reportStatusSchema>;
export type ReportStatusCode = ReportStatus["status"];

/** One point of an outcome trend: a value (total, kvinnor/män where measured) or why there is none. */
export const trendPointSchema = z.strictObject({
  period: z.string(),
  /** `2025`, `Delår 2026`. */
  label: z.string(),
  measurement: z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("value"),
      total: z.number(),
      women: z.number().optional(),
      men: z.number().optional(),
    }),
    z.strictObject({ kind: z.literal("missing"), reason: z.enum(MISSING_DATA_REASONS) }),
  ]),
  source: z.enum(OUTCOME_SOURCES),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const reportMilestoneSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  horizon: z.enum(MILESTONE_HORIZONS),
  targetValue: z.number(),
  targetDate: isoDate,
  status: reportStatusSchema,
});
export type ReportMilestone = z.infer<typeof reportMilestoneSchema>;

const indicatorFacts = {
  id: z.string(),
  number: z.number().int(),
  name: z.string(),
  measureUnit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: yearValue.optional(),
  target: yearValue.optional(),
};

/** A nämnd's translation of the KF indicator: its own indicator, etappmål and status for the period. */
export const reportTranslationSchema = z.strictObject({
  boardId: z.string(),
  boardName: z.string(),
  ...indicatorFacts,
  status: reportStatusSchema,
  /** The nämnd indicator's own outcomes, oldest first, up to the report's year. */
  trend: z.array(trendPointSchema),
  milestones: z.array(reportMilestoneSchema),
});
export type ReportTranslation = z.infer<typeof reportTranslationSchema>;

export const reportKfIndicatorSchema = z.strictObject({
  ...indicatorFacts,
  koladaKpiId: z.string().optional(),
  /** Oldest first, up to the report's year. */
  trend: z.array(trendPointSchema),
  /** Every nämnd's translations, by nämnd name; empty when no nämnd translated it. */
  translations: z.array(reportTranslationSchema),
});
export type ReportKfIndicator = z.infer<typeof reportKfIndicatorSchema>;

export const reportAssignmentSchema = z.strictObject({
  id: z.string(),
  boardName: z.string(),
  administrationName: z.string(),
  title: z.string(),
  dueDate: isoDate,
  decisionReference: z.string().optional(),
  status: reportStatusSchema,
});
export type ReportAssignment = z.infer<typeof reportAssignmentSchema>;

export const reportFocusAreaSchema = z.strictObject({
  id: z.string(),
  dimension: z.enum(FOCUS_AREA_DIMENSIONS),
  heading: z.string(),
  indicators: z.array(reportKfIndicatorSchema),
  /** The uppdrag that name this målområde. */
  assignments: z.array(reportAssignmentSchema),
});
export type ReportFocusArea = z.infer<typeof reportFocusAreaSchema>;

export const kfReportSchema = z.strictObject({
  municipality: z.string(),
  year: z.number().int(),
  /** The follow-up period reported: by default the latest whose date has passed. */
  period: z.strictObject({ id: z.string(), key: z.string(), label: z.string(), dueDate: isoDate }),
  programDeclarationTitle: z.string().optional(),
  /** The day the report was made (the municipality's calendar). */
  madeOn: isoDate,
  /** The three målområden in their order (social, economic, ecological). */
  focusAreas: z.array(reportFocusAreaSchema),
  /** Uppdrag that name no målområde. */
  assignmentsWithoutFocusArea: z.array(reportAssignmentSchema),
  /** Names of the nämnder whose verksamhetsplan for the year is in the report. */
  boards: z.array(z.string()),
});
export type KfReport = z.infer<typeof kfReportSchema>;

export const kfReportApiPaths = {
  json: (year: number, period?: string): string => `/api/reports/kf${reportQuery(year, period)}`,
  docx: (year: number, period?: string): string => `/api/reports/kf.docx${reportQuery(year, period)}`,
  xlsx: (year: number, period?: string): string => `/api/reports/kf.xlsx${reportQuery(year, period)}`,
} as const;

const reportQuery = (year: number, period: string | undefined): string =>
  `?ar=${String(year)}${period === undefined ? "" : `&period=${encodeURIComponent(period)}`}`;
