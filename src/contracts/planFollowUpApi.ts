/**
 * The plan follow-up API, as the tab and the server both read it:
 * - `GET /api/plan-follow-ups?enhet=<unitId>[&period=2026-tertial1]`: one unit's follow-up of a period (the
 *   latest one due when absent) — its items with their follow-ups and versions, the roll-ups to the plan and
 *   the målområden, its klarmarkering, what the caller may do and the units below that have or have not
 *   klarmarkerat. Plans are public: anyone signed in reads it.
 * - `PUT /api/plan-follow-ups/{kind}/{id}/{period}` with `If-Match: <version>` once the item has a follow-up
 *   for the period: status and bedömning (`comment`); who and when are the server's. A stale or missing
 *   version is 409 carrying what is stored now.
 * - `POST /api/plan-follow-ups/completions` `{unitId, period}`: klarmarkera; `POST …/reopenings`: open again.
 * Refusals are problem details (`problemSchema` in goalApi.ts); a period's state is `code: "period-state"`.
 */
import { z } from "zod";
import {
  FOLLOW_UP_STATUSES,
  ORG_UNIT_KINDS,
  followUpSchema,
  periodCompletionSchema,
  type FollowUp,
  type PeriodCompletion,
  type Versioned,
} from "../domain";

export const PLAN_ITEM_KINDS = [
  "board-plan",
  "board-indicator",
  "milestone",
  "assignment",
  "work-plan",
  "activity",
] as const;
export type PlanItemKindWire = (typeof PLAN_ITEM_KINDS)[number];

const count = z.number().int().min(0);

export const planFollowUpQuerySchema = z.object({
  enhet: z.string().min(1).max(100),
  period: z
    .string()
    .regex(/^\d{4}-[a-z][a-z0-9]*$/, "en period som 2026-tertial1")
    .optional(),
});

/** `PUT /api/plan-follow-ups/{kind}/{id}/{period}`: strict, so an author or a time is refused, never ignored. */
export const planFollowUpRequestSchema = z.strictObject({
  status: z.enum(FOLLOW_UP_STATUSES),
  comment: z.string().max(10_000).optional(),
});
export type PlanFollowUpRequest = z.infer<typeof planFollowUpRequestSchema>;

export const planFollowUpPathSchema = z.object({
  kind: z.enum(PLAN_ITEM_KINDS),
  id: z.string().min(1).max(100),
  period: z.string().min(1).max(40),
});

/** `POST /api/plan-follow-ups/completions` and `…/reopenings`. */
export const periodCompletionRequestSchema = z.strictObject({
  unitId: z.string().min(1).max(100),
  period: z.string().min(1).max(40),
});
export type PeriodCompletionRequestWire = z.infer<typeof periodCompletionRequestSchema>;

export const savedPlanFollowUpSchema = z.strictObject({ followUp: followUpSchema, version: z.string() });
export const savedCompletionSchema = z.strictObject({
  completion: periodCompletionSchema,
  version: z.string(),
});

const statusCountsSchema = z.strictObject({
  "not-started": count,
  "on-track": count,
  "at-risk": count,
  "off-track": count,
  done: count,
  missing: count,
});
const figuresSchema = {
  status: z.enum(FOLLOW_UP_STATUSES),
  counts: statusCountsSchema,
  followedUp: count,
  total: count,
};
const periodSchema = z.strictObject({
  id: z.string(),
  year: z.number().int(),
  key: z.string(),
  label: z.string(),
  dueDate: z.string(),
});
const unitSchema = z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(ORG_UNIT_KINDS) });
const itemSchema = z.strictObject({
  kind: z.enum(PLAN_ITEM_KINDS),
  id: z.string(),
  title: z.string(),
  followUp: savedPlanFollowUpSchema.nullable(),
});
export type PlanItemWire = z.infer<typeof itemSchema>;

export const planFollowUpBoardSchema = z.strictObject({
  period: periodSchema,
  periods: z.array(periodSchema),
  unit: unitSchema,
  board: unitSchema,
  plan: itemSchema.extend({ rollup: z.strictObject(figuresSchema) }).nullable(),
  items: z.array(itemSchema),
  progress: z.strictObject(figuresSchema),
  focusAreas: z.array(z.strictObject({ focusAreaId: z.string(), heading: z.string(), ...figuresSchema })),
  completion: savedCompletionSchema.nullable(),
  may: z.strictObject({ record: z.boolean(), complete: z.boolean(), reopen: z.boolean() }),
  overview: z.array(
    z.strictObject({
      unit: unitSchema,
      depth: z.number().int().min(1),
      followedUp: count,
      total: count,
      completion: periodCompletionSchema.nullable(),
    }),
  ),
  skippedRows: count.optional(),
});
export type PlanFollowUpBoardAnswer = z.infer<typeof planFollowUpBoardSchema>;

export const savedFollowUpOf = (saved: Versioned<FollowUp>) => ({
  followUp: saved.value,
  version: saved.version,
});
export const savedCompletionOf = (saved: Versioned<PeriodCompletion>) => ({
  completion: saved.value,
  version: saved.version,
});

export const planFollowUpApiPaths = {
  board: (unitId: string, period?: string): string =>
    `/api/plan-follow-ups?enhet=${encodeURIComponent(unitId)}${
      period === undefined ? "" : `&period=${encodeURIComponent(period)}`
    }`,
  item: (kind: PlanItemKindWire, id: string, period: string): string =>
    `/api/plan-follow-ups/${kind}/${encodeURIComponent(id)}/${encodeURIComponent(period)}`,
  completions: "/api/plan-follow-ups/completions",
  reopenings: "/api/plan-follow-ups/reopenings",
} as const;
