import { z } from "zod";
import { entityIdSchema, isoDateTimeSchema, personIdSchema } from "./primitives";

/**
 * A plan's life: written as an utkast (draft), fastställd (adopted) by the nämnd or the chef, then anmäld
 * (reported) to kommunstyrelsen. Only an utkast is edited; a fastställd plan changes only through a new
 * version (an utkast copy that supersedes it once that copy is fastställd).
 */
export const PLAN_STATUSES = ["draft", "adopted", "reported"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A decision reference as written in the minutes: `GSN 2026/123 § 45`. */
export const decisionReferenceSchema = z.string().trim().min(1).max(200);

/**
 * What every plan (verksamhetsplan and arbetsplan) carries about its life. All optional so rows stored
 * before plans were edited in Målkedjan still read: no `status` is a fastställd plan, no `versionNumber`
 * is version 1 (see rules/planLifecycle.ts). Who and when are stamped by the server, never sent by a client.
 */
export const planLifecycleFields = {
  status: z.enum(PLAN_STATUSES).optional(),
  versionNumber: z.number().int().positive().optional(),
  /** The fastställd plan this utkast will replace once it is fastställd itself. */
  supersedesPlanId: entityIdSchema.optional(),
  /** Set on a plan when a newer version of it is fastställd: kept for the record, no longer current. */
  supersededByPlanId: entityIdSchema.optional(),
  /** The previous year's plan this one was started from ("starta nästa års plan"). */
  copiedFromPlanId: entityIdSchema.optional(),
  createdBy: personIdSchema.optional(),
  createdAt: isoDateTimeSchema.optional(),
  adoptedBy: personIdSchema.optional(),
  adoptedAt: isoDateTimeSchema.optional(),
  decisionReference: decisionReferenceSchema.optional(),
  reportedBy: personIdSchema.optional(),
  reportedAt: isoDateTimeSchema.optional(),
};

/** On a plan's item (indikator, etappmål, uppdrag, aktivitet): the item of an earlier plan it was copied from. */
export const copiedFromField = { copiedFromId: entityIdSchema.optional() };
