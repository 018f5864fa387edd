/**
 * The planning API (verksamhetsplan and arbetsplan), as the tab's plan forms and the server both read it:
 * paths, request bodies and answers. Every write is decided on the server for the verified caller by the
 * domain's access policy — a nämnd's planners write its verksamhetsplan; a unit's chef, or a planner for the
 * unit or a unit above it, writes its arbetsplan — and by the link rules.
 *
 * - Bodies are strict: an unknown field is refused (400, `issues` naming it), never ignored. Who and when
 *   (`createdBy`, `adoptedAt`, …), a plan's status, version number and links to other versions, an item's
 *   plan, nämnd and KF number are the server's: sending them is refused.
 * - New plans and items take an `id` chosen by the client, so a retried request answers what the first
 *   attempt stored (201 again; 409 when the id holds something else).
 * - Changes and removals take `If-Match: <version>` (the `version` of the last answer, or of a row the tab read
 *   itself: `<row Id>|<odata.etag>`): a stale one is answered 412 with what is stored now (`current`); a
 *   missing one 400. A plan's items have versions of their own: writing an item leaves the plan's unchanged.
 * - Only an utkast (`status: "draft"`) is written to. A fastställd or anmäld plan refuses every write to it
 *   or its items with 409 `plan-state` and a Swedish `detail`; change it through a new version
 *   (`POST …/versions`), which replaces it once that version is fastställd.
 * - Refusals are problem details (`problemSchema` of goalApi.ts): 400 `validation` / `invalid-link` (with
 *   `reason`, e.g. `outside-chain`, `has-dependants`), 403 `forbidden` (Swedish reason in `detail`),
 *   404 `not-found`, 409 `conflict` / `plan-state` (`reason`: `adopted`, `reported`, `superseded`, `draft`,
 *   `draft-exists`, `parent-of-other-year`, `plan-exists`, `new-mandate`), 412 stale version, 503 storage not ready.
 */
import { z } from "zod";
import {
  INDICATOR_DIRECTIONS,
  MILESTONE_HORIZONS,
  activitySchema,
  assignmentSchema,
  boardIndicatorSchema,
  boardPlanSchema,
  kfIndicatorSchema,
  milestoneSchema,
  servedItemSchema,
  workPlanSchema,
} from "../domain";

/** Text fields are bounded here so a body cannot carry megabytes; the domain says the rest. */
const text = (max: number) => z.string().max(max);
const id = text(100);
/** Shown in SharePoint's Title column: at most 255 characters. */
const title = text(255);
const longText = text(10_000);
const isoDate = text(10);
const year = z.number().int().min(2000).max(2100);
const yearValue = z.strictObject({ value: z.number().finite(), year });

// ---- Verksamhetsplan -------------------------------------------------------------------------------

/** `POST /api/board-plans`: a nämnd's verksamhetsplan for a year, as an utkast (version 1). */
export const newBoardPlanRequestSchema = z.strictObject({ id, boardUnitId: id, year, title });
export type NewBoardPlanRequest = z.infer<typeof newBoardPlanRequestSchema>;

/** `PUT /api/board-plans/{planId}` with `If-Match`: the plan's title. */
export const boardPlanTextRequestSchema = z.strictObject({ title });
export type BoardPlanTextRequest = z.infer<typeof boardPlanTextRequestSchema>;

/**
 * `PUT /api/board-plans/{planId}/interpretations/{focusAreaId}` with `If-Match` (the plan's version): the
 * nämnd's tolkning of one målområde. `DELETE` on the same path (with `If-Match`) removes it. Answers the plan.
 */
export const interpretationRequestSchema = z.strictObject({ text: longText });
export type InterpretationRequest = z.infer<typeof interpretationRequestSchema>;

const indicatorContent = {
  /** The KF indicator this nämnd indicator translates (one KF indicator may get several). */
  kfIndicatorId: id,
  name: title,
  measureUnit: text(50),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: yearValue.optional(),
  target: yearValue.optional(),
  koladaKpiId: text(10).optional(),
};
/** `POST /api/board-plans/{planId}/indicators`; the number follows the KF indicator's. */
export const newBoardIndicatorRequestSchema = z.strictObject({ id, ...indicatorContent });
/** `PUT /api/board-plans/{planId}/indicators/{indicatorId}` with `If-Match`. */
export const boardIndicatorRequestSchema = z.strictObject(indicatorContent);

const milestoneContent = {
  /** A nämnd indicator of the same verksamhetsplan. */
  boardIndicatorId: id,
  title,
  /** `short` (kort sikt) or `long` (lång sikt). */
  horizon: z.enum(MILESTONE_HORIZONS),
  targetValue: z.number().finite(),
  /** `YYYY-MM-DD` */
  targetDate: isoDate,
};
/** `POST /api/board-plans/{planId}/milestones`: an etappmål for one of the plan's indicators. */
export const newMilestoneRequestSchema = z.strictObject({ id, ...milestoneContent });
/** `PUT /api/board-plans/{planId}/milestones/{milestoneId}` with `If-Match`. */
export const milestoneRequestSchema = z.strictObject(milestoneContent);

const assignmentContent = {
  /** A förvaltning directly under the nämnd. */
  toAdministrationUnitId: id,
  title,
  description: longText.optional(),
  /** The målområde the uppdrag serves, when the nämnd names one. */
  focusAreaId: id.optional(),
  /** `YYYY-MM-DD` */
  dueDate: isoDate,
  /** The decision it came from, e.g. `GSN 2026/123 § 45`. */
  decisionReference: text(200).optional(),
};
/** `POST /api/board-plans/{planId}/assignments`: an uppdrag from the nämnd to one of its förvaltningar. */
export const newAssignmentRequestSchema = z.strictObject({ id, ...assignmentContent });
/** `PUT /api/board-plans/{planId}/assignments/{assignmentId}` with `If-Match`. */
export const assignmentRequestSchema = z.strictObject(assignmentContent);

/** `GET /api/board-plans/{planId}/untranslated-kf-indicators`: the mandate's KF indicators the plan has not translated yet. */
export const untranslatedKfIndicatorsSchema = z.strictObject({
  planId: z.string(),
  kfIndicators: z.array(kfIndicatorSchema),
});
export type UntranslatedKfIndicators = z.infer<typeof untranslatedKfIndicatorsSchema>;

// ---- Arbetsplan ------------------------------------------------------------------------------------

/**
 * `POST /api/work-plans`: a unit's arbetsplan for a year, as an utkast under the plan in force of its
 * parent unit for the same year (the server finds it; none yet is 400 `invalid-link` saying so — start
 * from last year's plan instead). The level follows the unit.
 */
export const newWorkPlanRequestSchema = z.strictObject({
  id,
  ownerUnitId: id,
  year,
  title,
  summary: longText.optional(),
});
export type NewWorkPlanRequest = z.infer<typeof newWorkPlanRequestSchema>;

/** `PUT /api/work-plans/{planId}` with `If-Match`: title and summary (empty removes the summary). */
export const workPlanTextRequestSchema = z.strictObject({ title, summary: longText.optional() });
export type WorkPlanTextRequest = z.infer<typeof workPlanTextRequestSchema>;

const activityContent = {
  title,
  description: longText.optional(),
  /**
   * Exactly one of: an etappmål or an uppdrag of the nämnd (a förvaltning's activity), an activity of the
   * parent plan (further down), or the basuppdrag (`{ "kind": "core-mission" }`). The valid ones for a plan
   * are listed by `GET /api/work-plans/{planId}/link-targets`.
   */
  serves: servedItemSchema,
};
/** `POST /api/work-plans/{planId}/activities` */
export const newActivityRequestSchema = z.strictObject({ id, ...activityContent });
/** `PUT /api/work-plans/{planId}/activities/{activityId}` with `If-Match`. */
export const activityRequestSchema = z.strictObject(activityContent);

/** `GET /api/work-plans/{planId}/link-targets`: what an activity of the plan may serve, the basuppdrag last. */
export const linkTargetsSchema = z.strictObject({
  planId: z.string(),
  targets: z.array(z.strictObject({ serves: servedItemSchema, title: z.string() })),
});
export type LinkTargets = z.infer<typeof linkTargetsSchema>;

// ---- Both kinds of plan: its life ------------------------------------------------------------------

/**
 * `POST /api/{board-plans|work-plans}/{planId}/adoption` with `If-Match`: fastställ an utkast; optionally
 * the decision (`§ 45`, a diarienummer). Who and when are stamped. A new version fastställd replaces the
 * version it was made from (that one gets `supersededByPlanId`).
 */
export const adoptionRequestSchema = z.strictObject({ decisionReference: text(200).optional() });
export type AdoptionRequest = z.infer<typeof adoptionRequestSchema>;

/** `POST /api/{board-plans|work-plans}/{planId}/report` with `If-Match` and `{}`: anmäl a fastställd plan to kommunstyrelsen. */
export const reportRequestSchema = z.strictObject({});

/**
 * `POST /api/{board-plans|work-plans}/{planId}/versions` with `{ id }`: a new version of a fastställd plan
 * (an utkast copy of it and its items, version number + 1). One open utkast per plan.
 */
export const newVersionRequestSchema = z.strictObject({ id });
export type NewVersionRequest = z.infer<typeof newVersionRequestSchema>;

/**
 * `POST /api/{board-plans|work-plans}/{planId}/next-year` with `{ id }`: next year's plan started from this
 * one, as an utkast: its structure copied (tolkningar, indicators, etappmål, uppdrag; activities with links
 * re-pointed to next year's parent plan where one exists, else still following this year's parent plan
 * until it does). Outcomes and follow-ups are not copied. `lostLinks` lists activities whose link could not
 * follow (they serve the basuppdrag until relinked).
 */
export const nextYearRequestSchema = z.strictObject({ id });
export type NextYearRequest = z.infer<typeof nextYearRequestSchema>;

// ---- Answers ---------------------------------------------------------------------------------------

export const savedBoardPlanSchema = z.strictObject({ plan: boardPlanSchema, version: z.string() });
export type SavedBoardPlan = z.infer<typeof savedBoardPlanSchema>;
export const savedWorkPlanSchema = z.strictObject({ plan: workPlanSchema, version: z.string() });
export type SavedWorkPlan = z.infer<typeof savedWorkPlanSchema>;

/** A saved plan item: `item` is the nämndindikator, etappmål, uppdrag or aktivitet as stored. */
export const savedPlanItemSchema = z.strictObject({
  item: z.union([boardIndicatorSchema, milestoneSchema, assignmentSchema, activitySchema]),
  version: z.string(),
});
export type SavedPlanItem = z.infer<typeof savedPlanItemSchema>;

export const lostLinkSchema = z.strictObject({
  activityId: z.string(),
  title: z.string(),
  previously: servedItemSchema,
});
export const startedPlanSchema = z.strictObject({
  plan: z.union([boardPlanSchema, workPlanSchema]),
  version: z.string(),
  lostLinks: z.array(lostLinkSchema),
});
export type StartedPlan = z.infer<typeof startedPlanSchema>;

// ---- Paths -----------------------------------------------------------------------------------------

export type PlanCollection = "board-plans" | "work-plans";
export type PlanItemCollection = "indicators" | "milestones" | "assignments" | "activities";

const seg = encodeURIComponent;

export const planApiPaths = {
  boardPlans: "/api/board-plans",
  workPlans: "/api/work-plans",
  plan: (c: PlanCollection, planId: string): string => `/api/${c}/${seg(planId)}`,
  interpretation: (planId: string, focusAreaId: string): string =>
    `/api/board-plans/${seg(planId)}/interpretations/${seg(focusAreaId)}`,
  untranslatedKfIndicators: (planId: string): string =>
    `/api/board-plans/${seg(planId)}/untranslated-kf-indicators`,
  linkTargets: (planId: string): string => `/api/work-plans/${seg(planId)}/link-targets`,
  items: (c: PlanCollection, planId: string, items: PlanItemCollection): string =>
    `/api/${c}/${seg(planId)}/${items}`,
  item: (c: PlanCollection, planId: string, items: PlanItemCollection, itemId: string): string =>
    `/api/${c}/${seg(planId)}/${items}/${seg(itemId)}`,
  adoption: (c: PlanCollection, planId: string): string => `/api/${c}/${seg(planId)}/adoption`,
  report: (c: PlanCollection, planId: string): string => `/api/${c}/${seg(planId)}/report`,
  versions: (c: PlanCollection, planId: string): string => `/api/${c}/${seg(planId)}/versions`,
  nextYear: (c: PlanCollection, planId: string): string => `/api/${c}/${seg(planId)}/next-year`,
} as const;
