/**
 * The KF level API (Mål och budget: vision, programförklaring, målområden, KF indicators), as the tab's
 * "Mål och budget" view and the server both read it. Every write is decided on the server for the verified
 * caller: only the kommun's planners (the KF planners group, role `municipal-planner`) change the KF level;
 * anyone else gets 403 with a Swedish `detail`. People are readers in SharePoint, so a raw REST write by
 * anyone is refused by the site itself.
 *
 * - A mandate period's KF level is headed by its programförklaring and lives like a plan: utkast →
 *   fastställd by KF with the decision reference (`KF 2026-11-16 § 12`). Only an utkast is written to; a
 *   fastställd level refuses every write to the programförklaring, its målområden and KF indicators with
 *   409 `plan-state`. `POST …/versions` opens it again as an utkast with version number + 1, keeping the ids
 *   (every verksamhetsplan, outcome and goal below points at them) and the earlier fastställande in
 *   `adoptions`.
 * - A new mandate period starts from the previous one (`POST …/next-mandate`): an utkast copy for the next
 *   four years of the programförklaring, the three målområden and the KF indicators (each remembering its
 *   original in `copiedFromId`), with ids `<new programförklaring id>.<original id>`. Outcomes are not copied.
 * - The vision is untimed: `PUT /api/kf/vision` changes it at once, the server stamping who and when and
 *   keeping the earlier wording in `earlier`.
 * - Bodies are strict (an unknown field is 400 naming it). Who and when, status, version numbers, a KF
 *   indicator's number (the next free one in the mandate) are the server's.
 * - Changes and removals take `If-Match: <version>` from the last answer; stale is 412 with `current`.
 *   Refusals are problem details (goalApi.ts): 400 `validation` / `invalid-link` (`has-dependants` when a
 *   KF indicator to remove is translated by a nämnd), 403, 404, 409 `conflict` / `plan-state`, 412.
 */
import { z } from "zod";
import {
  INDICATOR_DIRECTIONS,
  focusAreaSchema,
  kfIndicatorSchema,
  programDeclarationSchema,
  visionSchema,
} from "../domain";

const text = (max: number) => z.string().max(max);
const id = text(100);
const title = text(255);
const longText = text(20_000);
const year = z.number().int().min(2000).max(2100);
const yearValue = z.strictObject({ value: z.number().finite(), year });
const agenda2030Goals = z.array(z.number().int()).max(17);
const decisionReference = text(200);

// ---- Writes -----------------------------------------------------------------------------------------

/** `PUT /api/kf/vision` with `If-Match`: the vision's new wording, optionally the KF decision. */
export const visionRequestSchema = z.strictObject({
  text: longText,
  decisionReference: decisionReference.optional(),
});
export type VisionRequest = z.infer<typeof visionRequestSchema>;

/** `PUT /api/kf/mandates/{declarationId}` with `If-Match`: the programförklaring's title and text. */
export const programDeclarationRequestSchema = z.strictObject({ title, text: longText });
export type ProgramDeclarationRequest = z.infer<typeof programDeclarationRequestSchema>;

/**
 * `PUT /api/kf/mandates/{declarationId}/focus-areas/{focusAreaId}` with `If-Match`: a målområde's heading,
 * its text for citizens and the Agenda 2030 goals it captures (any order; stored ascending, each once).
 * A mandate has exactly its three målområden: none is added or removed.
 */
export const focusAreaRequestSchema = z.strictObject({
  heading: title,
  citizenText: longText,
  agenda2030Goals,
});
export type FocusAreaRequest = z.infer<typeof focusAreaRequestSchema>;

const kfIndicatorContent = {
  /** One of the mandate's three målområden. */
  focusAreaId: id,
  name: title,
  measureUnit: text(50),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: yearValue.optional(),
  target: yearValue.optional(),
  /** `N00097` */
  koladaKpiId: text(10).optional(),
  genderSplit: z.boolean().optional(),
  agenda2030Goals: agenda2030Goals.optional(),
};
/** `POST /api/kf/mandates/{declarationId}/indicators`: a new KF indicator, numbered next in the mandate. */
export const newKfIndicatorRequestSchema = z.strictObject({ id, ...kfIndicatorContent });
export type NewKfIndicatorRequest = z.infer<typeof newKfIndicatorRequestSchema>;
/** `PUT /api/kf/mandates/{declarationId}/indicators/{kfIndicatorId}` with `If-Match`; `DELETE` likewise. */
export const kfIndicatorRequestSchema = z.strictObject(kfIndicatorContent);
export type KfIndicatorRequest = z.infer<typeof kfIndicatorRequestSchema>;

/** `POST /api/kf/mandates/{declarationId}/adoption` with `If-Match`: KF fastställer; the decision is required. */
export const kfAdoptionRequestSchema = z.strictObject({ decisionReference });
export type KfAdoptionRequest = z.infer<typeof kfAdoptionRequestSchema>;

/** `POST /api/kf/mandates/{declarationId}/versions` with `If-Match` and `{}`: reopen a fastställd level as an utkast. */
export const kfNewVersionRequestSchema = z.strictObject({});

/** `POST /api/kf/mandates/{declarationId}/next-mandate` with `{ id }`: the next mandate period, as an utkast. */
export const nextMandateRequestSchema = z.strictObject({ id });
export type NextMandateRequest = z.infer<typeof nextMandateRequestSchema>;

// ---- Answers ----------------------------------------------------------------------------------------

export const savedVisionSchema = z.strictObject({ vision: visionSchema, version: z.string() });
export type SavedVision = z.infer<typeof savedVisionSchema>;
export const savedProgramDeclarationSchema = z.strictObject({
  declaration: programDeclarationSchema,
  version: z.string(),
});
export type SavedProgramDeclaration = z.infer<typeof savedProgramDeclarationSchema>;
export const savedFocusAreaSchema = z.strictObject({ focusArea: focusAreaSchema, version: z.string() });
export type SavedFocusArea = z.infer<typeof savedFocusAreaSchema>;
export const savedKfIndicatorSchema = z.strictObject({ indicator: kfIndicatorSchema, version: z.string() });
export type SavedKfIndicator = z.infer<typeof savedKfIndicatorSchema>;

/** `GET /api/kf/mandates`: every mandate period, newest first, and the one covering the current year. */
export const mandateListSchema = z.strictObject({
  mandates: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      firstYear: z.number().int(),
      lastYear: z.number().int(),
      status: z.enum(["draft", "adopted", "reported"]),
      versionNumber: z.number().int(),
    }),
  ),
  currentId: z.string().optional(),
});
export type MandateList = z.infer<typeof mandateListSchema>;

/**
 * `GET /api/kf/mandates/{declarationId}`: the whole KF level of one mandate with every row's version, for
 * the view and its forms. `translations` counts the nämnd indicators (of verksamhetsplaner in force) that
 * translate a KF indicator; `mayEdit` says whether the caller is one of the kommun's planners.
 */
export const mandateDeskSchema = z.strictObject({
  vision: savedVisionSchema,
  declaration: savedProgramDeclarationSchema,
  focusAreas: z.array(
    savedFocusAreaSchema.extend({
      kfIndicators: z.array(savedKfIndicatorSchema.extend({ translations: z.number().int() })),
    }),
  ),
  mayEdit: z.boolean(),
});
export type MandateDesk = z.infer<typeof mandateDeskSchema>;

// ---- Paths ------------------------------------------------------------------------------------------

const seg = encodeURIComponent;

export const kfApiPaths = {
  vision: "/api/kf/vision",
  mandates: "/api/kf/mandates",
  mandate: (declarationId: string): string => `/api/kf/mandates/${seg(declarationId)}`,
  focusArea: (declarationId: string, focusAreaId: string): string =>
    `/api/kf/mandates/${seg(declarationId)}/focus-areas/${seg(focusAreaId)}`,
  indicators: (declarationId: string): string => `/api/kf/mandates/${seg(declarationId)}/indicators`,
  indicator: (declarationId: string, kfIndicatorId: string): string =>
    `/api/kf/mandates/${seg(declarationId)}/indicators/${seg(kfIndicatorId)}`,
  adoption: (declarationId: string): string => `/api/kf/mandates/${seg(declarationId)}/adoption`,
  versions: (declarationId: string): string => `/api/kf/mandates/${seg(declarationId)}/versions`,
  nextMandate: (declarationId: string): string => `/api/kf/mandates/${seg(declarationId)}/next-mandate`,
} as const;
